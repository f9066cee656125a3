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
}
