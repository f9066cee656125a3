package org.sanctionsmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Amount parsing: the hand-written check accepts exactly the language of the DECIMAL pattern. */
class ValuesTest {

    @Test
    void amountsAsBefore() {
        assertEquals(new BigDecimal("1.25"), Values.amount("amount", "1.25"));
        assertEquals(new BigDecimal("3"), Values.amount("amount", "+3"));
        assertEquals(new BigDecimal(".5"), Values.amount("amount", ".5"));
        assertEquals(new BigDecimal("5."), Values.amount("amount", "5."));
        for (String bad : new String[] {"-1", "1e3", "1,000", ".", "+", "++1", "1.2.3", "0x10", "\u0661\u0662", "1 "}) {
            RowException e = assertThrows(RowException.class, () -> Values.amount("amount", bad), bad);
            assertEquals("column 'amount': '" + bad + "' is not a non-negative decimal number", e.getMessage());
        }
    }

    @Test
    void theCheckAgreesWithThePatternOnManyTexts() {
        String alphabet = "0123456789.+-e, \u0661";
        Random rnd = new Random(11);
        int accepted = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = rnd.nextInt(7); n > 0; n--) {
                b.append(alphabet.charAt(rnd.nextInt(rnd.nextBoolean() ? 11 : alphabet.length())));
            }
            String s = b.toString();
            boolean expected = Values.DECIMAL.matcher(s).matches();
            assertEquals(expected, Values.isPlainDecimal(s), s);
            accepted += expected ? 1 : 0;
        }
        assertTrue(accepted > 10_000 && accepted < 290_000, "accepted " + accepted);
    }

    /** The fast path for yyyy-MM-dd gives what the formatter gives, and leaves everything else to it. */
    @Test
    void datesAsTheFormatterReadsThem() {
        java.util.Random r = new java.util.Random(11);
        String digits = "0123456789";
        for (int t = 0; t < 300_000; t++) {
            String text;
            if (t % 3 == 0) {
                StringBuilder b = new StringBuilder();
                int n = 8 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i == 4 || i == 7 ? '-' : r.nextInt(20) == 0 ? "x+/\u0663".charAt(r.nextInt(4)) : digits.charAt(r.nextInt(10)));
                }
                text = b.toString();
            } else {
                text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33));
            }
            java.time.LocalDate expected;
            try {
                expected = java.time.LocalDate.parse(text, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (java.time.DateTimeException e) {
                expected = null;
            }
            java.time.LocalDate fast = IsoTimestamps.parseCommonDate(text);
            if (fast != null) {
                org.junit.jupiter.api.Assertions.assertEquals(expected, fast, text);
            }
            if (expected == null) {
                String shown = text;
                org.junit.jupiter.api.Assertions.assertThrows(RowException.class, () -> Values.date("date", shown), text);
            } else {
                org.junit.jupiter.api.Assertions.assertEquals(expected, Values.date("date", text), text);
            }
        }
    }
}
