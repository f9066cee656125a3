package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.junit.jupiter.api.Test;

class QuantitiesTest {

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void convertsVolumesToBarrelsExactly() {
        assertEquals(0, BigDecimal.ONE.compareTo(Quantities.barrels(bd("158.987294928"), "l")));
        assertEquals(0, bd("1").compareTo(Quantities.barrels(bd("0.158987294928"), "kl")));
        assertEquals(0, Quantities.barrels(bd("1"), "kl").compareTo(Quantities.barrels(bd("1"), "m3")));
        assertEquals(bd("6.289810770"), Quantities.barrels(bd("1"), "kl").setScale(9, RoundingMode.HALF_UP));
        assertEquals(bd("42"), Quantities.barrels(bd("42"), "bbl"));
        assertEquals(0, bd("2.5").compareTo(Quantities.tonnes(bd("2500"), "kg")));
    }

    @Test
    void refusesUnitsOfTheOtherKind() {
        assertNull(Quantities.barrels(bd("1"), "t"));
        assertNull(Quantities.barrels(bd("1"), "pcs"));
        assertNull(Quantities.tonnes(bd("1"), "kl"));
        assertTrue(Quantities.isVolume("m3"));
        assertFalse(Quantities.isVolume("kg"));
        assertTrue(Quantities.isMass("kg"));
        assertFalse(Quantities.isMass("pcs"));
    }

    @Test
    void displaysWithThousandsSeparatorsWhateverTheLocale() {
        assertEquals("522,330.539", Quantities.display(bd("522330.5394"), 3));
        assertEquals("500,000", Quantities.display(bd("500000.000"), 3));
        assertEquals("0", Quantities.display(BigDecimal.ZERO, 3));
        assertEquals("-1,000.5", Quantities.display(bd("-1000.5"), 3));
    }
}
