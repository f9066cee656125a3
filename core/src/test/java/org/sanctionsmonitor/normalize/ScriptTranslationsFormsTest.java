package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Arabic and Persian words the translation table holds in another of their forms ({@link ScriptTranslations#arabicForms}). */
class ScriptTranslationsFormsTest {

    private static final ScriptTranslations TABLE = new ScriptTranslations(Map.of(
            "التجارة", "trading", "العامة", "general", "الدولیة", "international", "کالا", "goods",
            "المشتقات", "derivatives", "زندان", "prison", "موسسه", "institute"), Map.of(), Map.of());

    private static String english(String... words) {
        List<ScriptTranslations.Piece> p = TABLE.translateWords(List.of(words), false);
        return p == null ? null : String.join(" ", p.stream().map(ScriptTranslations.Piece::text).toList());
    }

    @Test
    void theFeminineEndingWrittenHehIsTheTableWord() {
        assertEquals("trading general", english("للتجاره", "العامه"));
        assertEquals("trading general", english("للتجارة", "العامة"));
    }

    @Test
    void aNisbaAdjectiveInTheOtherGenderIsTheTableWord() {
        assertEquals("international", english("الدولي"));
        assertTrue(ScriptTranslations.arabicForms("الدولی").contains("الدولیة"));
        assertTrue(ScriptTranslations.arabicForms("الدولیة").contains("الدولی"));
    }

    @Test
    void theArticleTheTableWritesMayBeMissing() {
        assertEquals("derivatives", english("مشتقات"));
    }

    @Test
    void persianPluralAndEzafeAreTakenOff() {
        assertEquals("goods", english("کالای"));
        assertEquals("prison", english("زندانهای"));
        assertEquals("prison", english("زندانها"));
        // a word that is none of these forms stays untranslated
        assertNull(english("باختر"));
        assertEquals(List.of(), ScriptTranslations.arabicForms("با"));
    }

    @Test
    void aHamzaOnItsSeatMayBeWrittenAsTheSeat() {
        assertEquals("institute", english("مؤسسه"));
        assertEquals("institute", english("مؤسسة"));
        assertTrue(ScriptTranslations.arabicForms("مؤسسه").contains("موسسه"));
    }
}
