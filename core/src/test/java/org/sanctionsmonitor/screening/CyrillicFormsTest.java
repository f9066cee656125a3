package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Transliteration;

/**
 * Cyrillic company names (issue 15): a word read as the listed organisation word it is a Russian
 * form of (an adjective of a place, an inflected international word), with the real settings and
 * tables in rules/ and list entries written for the case.
 */
class CyrillicFormsTest {

    static NameMatchingConfig config;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
    }

    static CyrillicForms forms(List<ListedEntity> l) {
        return new CyrillicForms(l, new CyrillicSpellings(l));
    }

    @Test
    void stemsComeWithoutTheEndingThenWithoutTheDerivationalSuffix() {
        List<String> s = CyrillicForms.stems("ковровский");
        assertEquals("ковровск", s.get(0));
        assertTrue(s.contains("ковров"), s.toString());
        assertTrue(CyrillicForms.stems("титановые").contains("титан"), CyrillicForms.stems("титановые").toString());
        assertTrue(CyrillicForms.stems("брестского").contains("брест"));
        assertTrue(CyrillicForms.stems("дом").isEmpty(), "a stem of fewer than four letters is not made");
    }

    @Test
    void aRussianFormIsReadAsTheListedOrganisationWord(@TempDir Path dir) throws IOException {
        List<ListedEntity> l = ScreeningCases.entities(dir, "K1,KOVROV MECHANICAL PLANT PJSC,entity,,\n"
                + "R1,JOINT STOCK COMPANY RUSSIAN TITANIUM RESOURCES,entity,,\n"
                + "B1,Directorate of Internal Affairs of the Brest Oblast Executive Committee,entity,,\n"
                + "P1,\"PETROV, Ivan\",individual,,\n");
        CyrillicForms f = forms(l);
        assertEquals("kovrov", f.read(Transliteration.scriptWord("Ковровский")), "the adjective of a place: the place");
        assertEquals("titanium", f.read(Transliteration.scriptWord("Титановые")), "an English ending after the stem");
        assertEquals("resources", f.read(Transliteration.scriptWord("Ресурсы")));
        assertEquals("brest", f.read(Transliteration.scriptWord("Брестского")), "a genitive");
        assertNull(f.read(Transliteration.scriptWord("Петрова")), "people's names are not indexed: a feminine surname is no form of the masculine");
        assertNull(f.read("kovrovskiy"), "a Latin word is no Cyrillic word");
        assertNull(f.read(Transliteration.scriptWord("Тамбовский")), "a place the list does not name");

        NameScreener s = new NameScreener(l, config);
        String name = "ПАО Ковровский Механический Завод";
        NameScreener.Hit h = ScreeningCases.hit(s, name, "K1");
        assertTrue(ScreeningCases.alerts(s, name, "K1", config), String.valueOf(h));
        assertTrue(h.detail().contains("Russian form"), h.detail());
        assertFalse(ScreeningCases.alerts(s, "ПАО Тамбовский Механический Завод", "K1", config), "another place is another plant");
    }

    @Test
    void aPersonsNameIsNotReadByWordForms(@TempDir Path dir) throws IOException {
        List<ListedEntity> l = ScreeningCases.entities(dir, "O1,BREST TRADING,entity,,\n");
        NameScreener s = new NameScreener(l, config);
        NameScreener.Hit h = ScreeningCases.hit(s, "Брестская Анна", "O1");
        assertTrue(h == null || !h.detail().contains("Russian form"), String.valueOf(h));
    }

    @Test
    void aCompanyNameIsReadWithTheListsSpellingsBeforeTheTables(@TempDir Path dir) throws IOException {
        List<ListedEntity> l = ScreeningCases.entities(dir, "G1,Limited Liability Company Profi Glass Plus,entity,,\n"
                + "K1,LIMITED LIABILITY COMPANY KISMET CAPITAL GROUP,entity,,\n");
        CyrillicForms f = forms(l);
        org.sanctionsmonitor.normalize.Transliteration t = config.transliteration();
        assertEquals("limited liability company profi glass plus",
                f.companyReading("Общество С Ограниченной Ответственностью Профи Гласс Плюс", t).toLowerCase(java.util.Locale.ROOT), "Гласс: the listed word with the loanword's sound");
        assertEquals("limited liability company kismet capital group",
                f.companyReading("Общество С Ограниченной Ответственностью Кисмет Капитал Груп", t).toLowerCase(java.util.Locale.ROOT),
                "Груп: the list's GROUP before the script-word table's grup");
        assertNull(f.companyReading("Иванов Петр", t), "no company word: no company reading");

        NameScreener s = new NameScreener(l, config);
        String name = "Общество С Ограниченной Ответственностью Профи Гласс Плюс";
        assertTrue(ScreeningCases.alerts(s, name, "G1", config), String.valueOf(ScreeningCases.hit(s, name, "G1")));
    }

    @Test
    void hyphenatedWordsAndGluedInitialsAreTakenApart(@TempDir Path dir) throws IOException {
        List<ListedEntity> l = ScreeningCases.entities(dir,
                "F1,Federal State Unitary Enterprise Scientific and Production Enterprise Gamma,entity,,\n");
        CyrillicForms f = forms(l);
        org.sanctionsmonitor.normalize.Transliteration t = config.transliteration();
        String name = "Федеральное Государственное Унитарное Предприятие Научно-Производственное Предприятие Гамма";
        String whole = f.companyReading(name, t, false);
        String split = f.companyReading(name, t, true);
        assertFalse(whole.contains("production"), "научно-производственное as one word: its first part's stem only " + whole);
        assertTrue(split.contains("scientific production enterprise"), split);
        String initials = f.companyReading("ООО имени В.П.Чкалова", t, true).toLowerCase(java.util.Locale.ROOT);
        assertTrue(initials.matches(".* v\\.? p\\.? [a-z]+$"), "initials written against the name: " + initials);
        assertNull(f.companyReading("ООО Гамма", t, true), "nothing to take apart");

        NameScreener s = new NameScreener(l, config);
        assertTrue(ScreeningCases.alerts(s, name, "F1", config), String.valueOf(ScreeningCases.hit(s, name, "F1")));
    }
}
