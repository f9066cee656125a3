package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void everySpellingOfNorthKoreaIsKp() {
        for (String s : new String[] {"KP", "kp", "PRK", "Korea, North", "North Korea", "DPRK", "D.P.R.K.",
            "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of", "  korea,north "}) {
            assertEquals(Optional.of("KP"), Countries.code(s), s);
            assertTrue(Countries.isNorthKorea(s), s);
        }
    }

    @Test
    void southKoreaIsKrAndKeptApart() {
        for (String s : new String[] {"KR", "KOR", "Korea, South", "South Korea", "Republic of Korea", "Korea, Republic of"}) {
            assertEquals(Optional.of("KR"), Countries.code(s), s);
            assertFalse(Countries.isNorthKorea(s), s);
        }
    }

    @Test
    void knowsCommonNamesAndCodes() {
        assertEquals(Optional.of("CN"), Countries.code("China"));
        assertEquals(Optional.of("RU"), Countries.code("Russia"));
        assertEquals(Optional.of("MM"), Countries.code("Burma"));
        assertEquals(Optional.of("AE"), Countries.code("United Arab Emirates"));
        assertEquals(Optional.of("DE"), Countries.code("DEU"));
        assertEquals(Optional.of("VN"), Countries.code("Vietnam"));
    }

    @Test
    void unknownOrAmbiguousNamesAreEmpty() {
        assertEquals(Optional.empty(), Countries.code("Korea"));
        assertEquals(Optional.empty(), Countries.code("Korea, Nroth"));
        assertEquals(Optional.empty(), Countries.code(""));
        assertEquals(Optional.empty(), Countries.code(null));
    }
}
