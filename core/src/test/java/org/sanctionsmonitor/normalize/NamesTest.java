package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void foldsCasePunctuationAndSpacing() {
        assertEquals("korea kwangson banking corp", Names.normalize("  Korea Kwangson Banking Corp. "));
        assertEquals("korea mirae shipping co ltd", Names.normalize("KOREA MIRAE SHIPPING CO., LTD."));
        assertEquals("choe sok min", Names.normalize("CH'OE, So'k-min"));
        assertEquals("choe sok min", Names.normalize("Ch\u2019oe  So\u2019k\tmin"));
    }

    @Test
    void appliesNfkc() {
        // full-width letters and the "ﬁ" ligature become their plain forms
        assertEquals("fine trade", Names.normalize("\uFB01ne \uFF34\uFF32\uFF21\uFF24\uFF25"));
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertEquals("mining", Names.normalize("MINING"));
            assertEquals("kim il", Names.normalize("KIM IL"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void keepsDifferentNamesApart() {
        assertNotEquals(Names.normalize("Korea Exchange Bank"), Names.normalize("KOREA TRADE BANK"));
        assertEquals("", Names.normalize("--- ..."));
        assertNull(Names.normalize(null));
    }
}
