package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cyrillic names as they are typed (issue 15): Russian е standing for ё, which a list spells yo
 * (Парфенов, PARFYONOV), and a short word typed with Latin letters that look like Cyrillic ones
 * (Общество C Ограниченной Ответственностью with a Latin C); with the real settings and tables in
 * rules/ and list entries written for the case.
 */
class CyrillicYoAndLookAlikesTest {

    static NameMatchingConfig config;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
    }

    @Test
    void eIsReadAsYoOnlyWhereTheListSpellsTheWordSo(@TempDir Path dir) throws IOException {
        CyrillicSpellings c = new CyrillicSpellings(ScreeningCases.entities(dir,
                "P1,\"Parfyonov, Denis Andreyevich\",individual,,\nS1,\"Seleznyov, Valery\",individual,,\nR1,\"Petrov, Ivan\",individual,,\n"));
        assertEquals("parfyonov", c.spellYo("парфенов"));
        assertEquals("seleznyov", c.spellYo("селезнев"), "the second е of the word");
        assertEquals("parfyonov", c.spellYo("парфёнов"), "written with ё: the same spelling");
        assertNull(c.spellYo("петров"), "no listed word spells it with yo");
        assertNull(c.spellYo("андрей"), "no listed word");
        assertNull(c.spellYo("парфянов"), "no е");
        assertEquals("parfyonov", CyrillicSpellings.passport("парфёнов"), "passports write ё as yo");
    }

    @Test
    void aNameWrittenWithEForYoFindsTheListedName(@TempDir Path dir) throws IOException {
        NameScreener s = ScreeningCases.screener(dir, "P1,\"Parfyonov, Denis Andreyevich\",individual,,\n", config);
        assertTrue(ScreeningCases.alerts(s, "Денис Андреевич Парфенов", "P1", config), String.valueOf(ScreeningCases.hit(s, "Денис Андреевич Парфенов", "P1")));
        assertTrue(ScreeningCases.hit(s, "Денис Андреевич Парфенов", "P1").detail().contains("read as ё"),
                ScreeningCases.hit(s, "Денис Андреевич Парфенов", "P1").detail());
    }

    @Test
    void aCompanyWordWithEForYoIsSpeltAsListedBesideTheTranslatedWords(@TempDir Path dir) throws IOException {
        java.util.List<org.sanctionsmonitor.model.ListedEntity> l = ScreeningCases.entities(dir,
                "Y1,Joint Stock Company Scientific and Production Enterprise Polyot,entity,,\n");
        CyrillicForms forms = new CyrillicForms(l, new CyrillicSpellings(l));
        assertEquals("polyot", forms.readForm("полет", w -> null));
        NameScreener s = new NameScreener(l, config);
        String name = "Акционерное Общество Научно Производственное Предприятие Полет";
        assertTrue(ScreeningCases.alerts(s, name, "Y1", config), String.valueOf(ScreeningCases.hit(s, name, "Y1")));
    }

    @Test
    void theCompanyWordsAddedToTheTableAreTranslatedInEveryForm() {
        for (String[] c : new String[][] {{"Акционерное Общество Российская Стекольная Компания", "glass"},
                {"Общество С Ограниченной Ответственностью Современные Кузнечные Технологии", "modern"},
                {"Общество С Ограниченной Ответственностью Инновационное Образование", "innovative"}}) {
            assertTrue(config.transliteration().readings(c[0]).stream().anyMatch(r -> java.util.Arrays.asList(r.text().split(" ")).contains(c[1])),
                    c[0] + ": " + config.transliteration().readings(c[0]));
        }
    }

    @Test
    void aShortWordOfLatinLookAlikesInACyrillicNameIsReadAsCyrillic() {
        assertEquals("Общество С Ограниченной", CyrillicReadings.lookAlikes("Общество C Ограниченной"), "a Latin C between Cyrillic words");
        assertEquals("ООО Ромашка", CyrillicReadings.lookAlikes("OOO Ромашка"), "Latin OOO");
        assertEquals("Ivan Петров", CyrillicReadings.lookAlikes("Ivan Петров"), "a Latin word with letters no Cyrillic letter looks like");
        assertEquals("TOPAZ Петров", CyrillicReadings.lookAlikes("TOPAZ Петров"), "longer than " + CyrillicReadings.LOOK_ALIKE_WORD_MAX + " letters");
        assertEquals("C and A", CyrillicReadings.lookAlikes("C and A"), "a Latin name stays Latin");
    }

    @Test
    void aLegalFormTypedWithALatinCIsRead(@TempDir Path dir) throws IOException {
        NameScreener s = ScreeningCases.screener(dir, "G1,LIMITED LIABILITY COMPANY GALIKA SERVIS,entity,,\n", config);
        String name = "Общество C Ограниченной Ответственностью Галика Сервис";
        assertTrue(ScreeningCases.alerts(s, name, "G1", config), String.valueOf(ScreeningCases.hit(s, name, "G1")));
        assertTrue(ScreeningCases.hit(s, name, "G1").detail().contains(" s ogranichenno"), "the C read as the preposition с: "
                + ScreeningCases.hit(s, name, "G1").detail());
    }
}
