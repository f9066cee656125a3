package org.sanctionsmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The timestamp fast path against the formatters it stands in for: whatever it accepts, they
 * accept with the same instant; and {@link Values#instant} as a whole accepts, rejects and words
 * its message exactly as the formatters alone did, on many valid and broken inputs.
 */
class IsoTimestampsTest {

    /** What Values.instant did before the fast path: the formatters only. */
    private static Instant viaFormatters(String text) {
        return Values.viaFormatters(text);
    }

    @Test
    void commonFormsParse() {
        assertEquals(Instant.parse("2025-03-03T08:14:05Z"), IsoTimestamps.parseCommon("2025-03-03T08:14:05Z"));
        assertEquals(Instant.parse("2025-03-03T06:14:05.120Z"), IsoTimestamps.parseCommon("2025-03-03T08:14:05.12+02:00"));
        assertEquals(Instant.parse("2025-03-03T13:44:00Z"), IsoTimestamps.parseCommon("2025-03-03T08:14-05:30"));
        assertEquals(Instant.parse("2024-02-29T23:59:59.999999999Z"), IsoTimestamps.parseCommon("2024-02-29T23:59:59.999999999"));
    }

    @Test
    void anythingUnusualIsLeftToTheFormatters() {
        for (String s : List.of("2025-02-29T00:00:00Z", "2025-03-03T24:00:00Z", "2025-03-03T08:14:60Z", "2025-03-03",
                "2025-03-03t08:14:05z", "2025-03-03T08:14:05.Z", "2025-03-03T08:14:05.1234567891Z", "+2025-03-03T08:14:05Z",
                "2025-03-03T08:14:05+18:00", "2025-03-03T08:14:05+01", "2025-03-03T08:14:05+0100", "2025-03-03T08:14:05+01:00:30",
                "2025-3-03T08:14:05Z", "2025-03-03 08:14:05", "２０２５-03-03T08:14:05Z", "2025-03-03T08:14:05ZZ")) {
            assertNull(IsoTimestamps.parseCommon(s), s);
        }
    }

    @Test
    void agreesWithTheFormattersOnManyValidAndBrokenInputs() {
        Random rnd = new Random(20261129);
        int fast = 0;
        int accepted = 0;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            String valid = randomTimestamp(rnd);
            inputs.add(valid);
            inputs.add(mutate(valid, rnd));
        }
        for (String s : inputs) {
            Instant expected = viaFormatters(s);
            Instant quick = IsoTimestamps.parseCommon(s);
            if (quick != null) {
                fast++;
                assertNotNull(expected, s + " is accepted by the fast path only");
                assertEquals(expected, quick, s);
            }
            if (expected != null) {
                accepted++;
                assertEquals(expected, Values.instant("timestamp", s), s);
            } else {
                RowException e = org.junit.jupiter.api.Assertions.assertThrows(RowException.class, () -> Values.instant("timestamp", s), s);
                assertEquals("column 'timestamp': '" + s + "' is not an ISO-8601 timestamp (e.g. 2024-03-01T09:30:00Z)", e.getMessage());
            }
        }
        // the comparison means something: most inputs take the fast path, and many are rejected
        assertTrue(fast > inputs.size() / 3, "fast path taken " + fast + " times");
        assertTrue(accepted < inputs.size() - inputs.size() / 5, "accepted " + accepted);
    }

    private static String randomTimestamp(Random rnd) {
        int year = rnd.nextInt(10) == 0 ? rnd.nextInt(10_000) : 1990 + rnd.nextInt(50);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + rnd.nextInt(12),
                1 + rnd.nextInt(31)));
        if (rnd.nextInt(10) == 0) {
            return b.toString(); // a bare date
        }
        b.append('T').append(String.format(Locale.ROOT, "%02d:%02d", rnd.nextInt(24), rnd.nextInt(60)));
        if (rnd.nextInt(5) > 0) {
            b.append(String.format(Locale.ROOT, ":%02d", rnd.nextInt(60)));
            if (rnd.nextBoolean()) {
                b.append('.');
                int digits = 1 + rnd.nextInt(9);
                for (int i = 0; i < digits; i++) {
                    b.append((char) ('0' + rnd.nextInt(10)));
                }
            }
        }
        switch (rnd.nextInt(4)) {
            case 0 -> { }
            case 1 -> b.append('Z');
            default -> b.append(rnd.nextBoolean() ? '+' : '-')
                    .append(String.format(Locale.ROOT, "%02d:%02d", rnd.nextInt(19), rnd.nextInt(60)));
        }
        return b.toString();
    }

    private static final String NOISE = "0123456789-:+.TZtz 1\u0660";

    private static String mutate(String s, Random rnd) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + rnd.nextInt(2);
        for (int e = 0; e < edits; e++) {
            int at = rnd.nextInt(b.length() + 1);
            char c = NOISE.charAt(rnd.nextInt(NOISE.length()));
            switch (rnd.nextInt(3)) {
                case 0 -> b.insert(at, c);
                case 1 -> {
                    if (at < b.length()) {
                        b.deleteCharAt(at);
                    }
                }
                default -> {
                    if (at < b.length()) {
                        b.setCharAt(at, c);
                    }
                }
            }
        }
        return b.toString();
    }
}
