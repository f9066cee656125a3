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
        return ScreeningCases.entities(dir, rows);
    }

    static NameScreener.Hit hit(NameScreener s, String name, String id) {
        return ScreeningCases.hit(s, name, id);
    }

    static boolean alerts(NameScreener s, String name, String id) {
        return ScreeningCases.alerts(s, name, id, config);
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

    @Test
    void onlyTheLegalFormIsTranslatedWhereTheListTransliteratesTheRest(@TempDir Path dir) throws IOException {
        NameScreener s = new NameScreener(entities(dir, "L1,LIMITED LIABILITY COMPANY TORGOVYY DOM SDS TREYD,entity,,\n"), config);
        String name = "Общество C Ограниченной Ответственностью Торговый Дом Сдс Трейд";
        NameScreener.Hit h = hit(s, name, "L1");
        assertTrue(alerts(s, name, "L1"), String.valueOf(h));
        // the Latin C is read as the preposition с (CyrillicReadings.lookAlikes), so the passport reading equals the name;
        // the reading with the legal form alone translated is still made
        assertTrue(config.transliteration().readings(name).stream().anyMatch(r -> r.how().contains("written-out legal form translated")
                && r.text().startsWith("limited liability company")), config.transliteration().readings(name).toString());
        org.sanctionsmonitor.normalize.ScriptTranslations t = new org.sanctionsmonitor.normalize.ScriptTranslations(java.util.Map.of(
                "общество с ограниченной ответственностью", "limited liability company", "торговый дом", "trading house"),
                java.util.Map.of(), java.util.Map.of());
        List<String> words = List.of("Общество", "с", "ограниченной", "ответственностью", "Торговый", "Дом");
        assertEquals(List.of("limited liability company", "Торговый", "Дом"),
                t.translateWords(words, true, true).stream().map(org.sanctionsmonitor.normalize.ScriptTranslations.Piece::text).toList(),
                "торговый дом (trading house) is a phrase of the table but no legal form");
        assertEquals(List.of("limited liability company", "trading house"),
                t.translateWords(words, true, false).stream().map(org.sanctionsmonitor.normalize.ScriptTranslations.Piece::text).toList());
    }

    @Test
    void institutionalAndHanCompanyWordsAreTranslated(@TempDir Path dir) throws IOException {
        NameScreener s = new NameScreener(entities(dir, "R1,THE FEDERATION COUNCIL OF THE FEDERAL ASSEMBLY OF THE RUSSIAN FEDERATION,entity,,\n"
                + "R2,Joint Stock Company United Engine Corporation,entity,,\n"
                + "H1,SHANDONG WEIDA HEAVY INDUSTRIES CO LTD,entity,,\nH2,Huangdao Inspection and Certification Co. Ltd,entity,,\n"), config);
        assertTrue(alerts(s, "Совет Федерации Федерального Собрания Российской Федерации", "R1"),
                String.valueOf(hit(s, "Совет Федерации Федерального Собрания Российской Федерации", "R1")));
        assertTrue(alerts(s, "Акционерное Общество Объединенная Двигателестроительная Корпорация", "R2"));
        assertTrue(alerts(s, "山东威达重工股份有限公司", "H1"), String.valueOf(hit(s, "山东威达重工股份有限公司", "H1")));
        assertTrue(alerts(s, "黄岛检验认证有限公司", "H2"), String.valueOf(hit(s, "黄岛检验认证有限公司", "H2")));
        assertFalse(alerts(s, "山东华达重工股份有限公司", "H1"), "Huada is not Weida: the translated words are generic");
    }

    @Test
    void aHanRunTheTableTranslatesTwoWaysIsReadBothWays(@TempDir Path dir) throws IOException {
        NameScreener s = new NameScreener(entities(dir, "W1,Wuhan Xiaoruizhi Science and Technology Company Limited,entity,,\n"
                + "W2,WUHAN XIAORUIZHI TECHNOLOGY CO LTD,entity,,\n"), config);
        assertTrue(alerts(s, "武汉晓睿智科技有限公司", "W1"), String.valueOf(hit(s, "武汉晓睿智科技有限公司", "W1")));
        assertTrue(alerts(s, "武汉晓睿智科技有限公司", "W2"), "the first English is still read: " + hit(s, "武汉晓睿智科技有限公司", "W2"));
        assertFalse(alerts(s, "武汉晓明科技有限公司", "W1"), "another name with the same company words is not the listed one");
        s = new NameScreener(entities(dir, "M1,Hongxiang Marine Hong Kong LTD,entity,,\n"), config);
        assertTrue(alerts(s, "鴻祥海運(香港)有限公司", "M1"), "海運 read marine while 香港 stays hong kong: " + hit(s, "鴻祥海運(香港)有限公司", "M1"));
    }
}
