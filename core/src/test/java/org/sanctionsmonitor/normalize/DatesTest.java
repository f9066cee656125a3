package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void readsTheFormsListsUse() {
        assertEquals(new Dates.Range(LocalDate.of(1969, 11, 8), LocalDate.of(1969, 11, 8)), Dates.dobRange("08 Nov 1969").orElseThrow());
        assertEquals(new Dates.Range(LocalDate.of(1969, 11, 8), LocalDate.of(1969, 11, 8)), Dates.dobRange("1969-11-08").orElseThrow());
        assertEquals(new Dates.Range(LocalDate.of(1969, 11, 1), LocalDate.of(1969, 11, 30)), Dates.dobRange("Nov 1969").orElseThrow());
        assertEquals(new Dates.Range(LocalDate.of(1969, 1, 1), LocalDate.of(1969, 12, 31)), Dates.dobRange("circa 1969").orElseThrow());
        assertEquals(new Dates.Range(LocalDate.of(1963, 1, 1), LocalDate.of(1965, 12, 31)), Dates.dobRange("1963 to 1965").orElseThrow());
        assertTrue(Dates.dobRange("sometime in the sixties").isEmpty());
        assertTrue(Dates.dobRange(null).isEmpty());
    }

    @Test
    void toleranceAllowsADayEitherSide() {
        Dates.Range r = Dates.dobRange("08 Nov 1969").orElseThrow();
        assertTrue(r.allows(LocalDate.of(1969, 11, 7), 1));
        assertTrue(r.allows(LocalDate.of(1969, 11, 9), 1));
        assertFalse(r.allows(LocalDate.of(1969, 11, 10), 1));
        assertFalse(r.allows(LocalDate.of(1969, 11, 7), 0));
    }
}
