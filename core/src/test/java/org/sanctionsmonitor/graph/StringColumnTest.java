package org.sanctionsmonitor.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The packed text column: every form comes back as written, and equality is exact. */
class StringColumnTest {

    static final List<String> VALUES = List.of("0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c", "0x4F47bc496083c727c5fbe3ce9cdf2b0f6496270c",
            "0xabc", "0x", "", "TX-1", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT", "00ff00ff00ff00ff00ff", "00ff00ff00ff00f",
            "Zürich", "송금-1", "0x00");

    @Test
    void roundTripsEveryFormAndComparesExactly() {
        StringColumn c = new StringColumn(1);
        for (String v : VALUES) {
            c.add(v);
        }
        StringColumn t = c.trimmed();
        for (int i = 0; i < VALUES.size(); i++) {
            assertEquals(VALUES.get(i), c.get(i));
            assertEquals(VALUES.get(i), t.get(i));
            for (int j = 0; j < VALUES.size(); j++) {
                assertEquals(i == j, t.equalsAt(i, VALUES.get(j)), VALUES.get(i) + " vs " + VALUES.get(j));
            }
        }
        assertTrue(t.bytes() < c.bytes());
        // packed hex: two digits a byte, so a 42-character EVM address takes 20 bytes and its tag byte
        StringColumn one = new StringColumn(1);
        one.add(VALUES.get(0));
        assertEquals(21, one.trimmed().bytes() - 16 - 16 - 8);
        assertFalse(one.equalsAt(0, "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270d"));
        assertFalse(one.equalsAt(0, "1x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c"));
    }
}
