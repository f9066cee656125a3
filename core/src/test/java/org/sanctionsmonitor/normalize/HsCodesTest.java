package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HsCodesTest {

    @Test
    void comparesCodesByDigits() {
        assertEquals("271019", HsCodes.digits("2710.19"));
        assertEquals("271019", HsCodes.digits("2710 19"));
        assertEquals("03", HsCodes.digits("03"));
        assertEquals(List.of("27", "270", "2701", "27011", "270112"), HsCodes.prefixes("2701.12"));
        assertTrue(HsCodes.covers("27", "2701.12"));
        assertTrue(HsCodes.covers("2710.19", "271019"));
    }

    @Test
    void refusesWhatIsNotACode() {
        assertNull(HsCodes.digits("7"));
        assertNull(HsCodes.digits("27A0"));
        assertNull(HsCodes.digits(null));
        assertNull(HsCodes.digits("1234567890123"));
        assertEquals(List.of(), HsCodes.prefixes("coal"));
        assertFalse(HsCodes.covers("2701", "2702.10"));
        assertFalse(HsCodes.covers("270112", "2701"));
    }

    @Test
    void digitsAgreesWithTheRegexItReplaced() {
        java.util.Random r = new java.util.Random(3);
        String alphabet = "0123456789. \u0663x-";
        for (int t = 0; t < 200_000; t++) {
            StringBuilder b = new StringBuilder();
            int n = r.nextInt(16);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String code = b.toString();
            String d = code.replace(".", "").replace(" ", "").strip();
            String expected = d.matches("\\d{2,12}") ? d : null;
            org.junit.jupiter.api.Assertions.assertEquals(expected, HsCodes.digits(code), code);
        }
    }
}
