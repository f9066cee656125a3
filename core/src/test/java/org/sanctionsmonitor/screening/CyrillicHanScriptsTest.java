package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Transliteration;

/**
 * Company names in Cyrillic and Han (issue 15, other scripts): the list's own spelling of a
 * Cyrillic word's sound, and the translated company words; with the real settings and tables in
 * rules/ and list entries written for the case.
 */
class CyrillicHanScriptsTest {

    static NameMatchingConfig config;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
    }

    static List<ListedEntity> entities(Path dir, String rows) throws IOException {
        Path f = dir.resolve("list.csv");
        Files.writeString(f, "entity_id,name,type,aliases,weak_aliases\n" + rows);
        return ListLoader.load(f, "native", new ArrayList<>()).entities();
    }

    static NameScreener.Hit hit(NameScreener s, String name, String id) {
        return s.screen(name).stream().filter(h -> h.entry().entity().entityId().equals(id)).findFirst().orElse(null);
    }

    static boolean alerts(NameScreener s, String name, String id) {
        NameScreener.Hit h = hit(s, name, id);
        return h != null && h.score() >= config.alert() && h.distinctive() >= config.minDistinctiveWords()
                && !"weak alias".equals(h.entry().nameType());
    }

    @Test
    void theSoundKeyWritesEnglishSpellingsAsRussianDoes() {
        assertEquals(CyrillicSpellings.key("trinitex"), CyrillicSpellings.key("triniteks"));
        assertEquals(CyrillicSpellings.key("comfort"), CyrillicSpellings.key("komfort"));
        assertEquals(CyrillicSpellings.key("group"), CyrillicSpellings.key("grup"));
        assertEquals(CyrillicSpellings.key("rudniy"), CyrillicSpellings.key("rudnyy"));
        assertEquals(CyrillicSpellings.key("service"), CyrillicSpellings.key("servise"));
        assertEquals(CyrillicSpellings.key("holding"), CyrillicSpellings.key("kholding"));
        assertNotEquals(CyrillicSpellings.key("comfort"), CyrillicSpellings.key("konfort"), "another consonant is another word");
        assertNotEquals(CyrillicSpellings.key("trade"), CyrillicSpellings.key("treid"), "vowels other than y/i are kept");
    }

    @Test
    void aCyrillicWordIsSpeltAsTheListSpellsItsSound(@TempDir Path dir) throws IOException {
        List<ListedEntity> l = entities(dir, "T1,Trinitex OOO,entity,,\nT2,OOO REGION-COMFORT,entity,,\nT3,Limited Liability Company Rudniy,entity,,\n"
                + "T4,Limited Liability Company Arktik Logistik,entity,,\nT5,ARCTIC LOGISTIC SERVICES,entity,,\n");
        CyrillicSpellings c = new CyrillicSpellings(l);
        assertEquals("trinitex", c.spell(Transliteration.scriptWord("Тринитекс")));
        assertEquals("region-comfort", c.spell(Transliteration.scriptWord("РЕГИОН-КОМФОРТ")), "a hyphenated word part by part");
        assertNull(c.spell(Transliteration.scriptWord("Арктик")), "arktik is listed as BGN/PCGN reads it: kept");
        assertNull(c.spell("trinitex"), "a Latin word is no Cyrillic word");
        assertNull(c.spell(Transliteration.scriptWord("Дом")), "a key of fewer than four letters is not looked up");

        NameScreener s = new NameScreener(l, config);
        assertTrue(alerts(s, "ООО Тринитекс", "T1"), String.valueOf(hit(s, "ООО Тринитекс", "T1")));
        assertTrue(hit(s, "ООО Тринитекс", "T1").detail().contains("as the list spells its sound"), hit(s, "ООО Тринитекс", "T1").detail());
        assertTrue(alerts(s, "ООО РЕГИОН-КОМФОРТ", "T2"));
        assertTrue(alerts(s, "Общество с ограниченной ответственностью Рудный", "T3"));
        assertTrue(alerts(s, "Общество с ограниченной ответственностью Арктик Логистик", "T4"), "the BGN/PCGN reading still reads");
        assertFalse(alerts(s, "ООО Тринидад", "T1"), "another word is not spelt as a listed one");
    }
}
