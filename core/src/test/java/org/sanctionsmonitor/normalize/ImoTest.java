package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ImoTest {

    @Test
    void everyImoInTheOfacExcerptIsValid() {
        for (String imo : new String[] {"8705539", "8604917", "8660313", "9066978", "9030591", "9417115", "9010022",
            "9020015", "7937317"}) {
            assertTrue(Imo.isValid(imo), imo);
            assertNull(Imo.problem(imo), imo);
        }
    }

    @Test
    void acceptsTheImoPrefix() {
        assertEquals(Optional.of("8705539"), Imo.normalize("IMO 8705539"));
        assertEquals(Optional.of("8705539"), Imo.normalize("imo8705539"));
        assertEquals(Optional.of("8705539"), Imo.normalize(" IMO: 8705539 "));
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertFalse(Imo.isValid("8705538"));
        assertEquals(Optional.empty(), Imo.normalize("8705538"));
        assertEquals("fails the IMO check digit (expected 9, found 8)", Imo.problem("8705538"));
    }

    @Test
    void rejectsWrongForms() {
        for (String s : new String[] {"870553", "87055390", "IMO", "ABCDEFG", "", "8705-539"}) {
            assertFalse(Imo.isValid(s), s);
        }
        assertFalse(Imo.isValid(null));
    }
}
