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

/**
 * Names in Arabic script (Arabic and Persian) against listed Latin names: one test per kind the
 * Arabic-script reading handles, with the real settings and tables in rules/ and list entries
 * written for the case (the spellings are OFAC's).
 */
class ArabicScriptNamesTest {

    static NameMatchingConfig config;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
    }

    static NameScreener list(Path dir, String rows) throws IOException {
        return ScreeningCases.screener(dir, rows, config);
    }

    static NameScreener.Hit hit(NameScreener s, String name, String id) {
        return ScreeningCases.hit(s, name, id);
    }

    static boolean alerts(NameScreener s, String name, String id) {
        return ScreeningCases.alerts(s, name, id, config);
    }

    @Test
    void aFinalHehIsTheVowelEndingOfTheLatinSpelling(@TempDir Path dir) throws IOException {
        // مقیسه ends in ه, a vowel at the end of a word: Moghisseh's final h is that letter
        NameScreener s = list(dir, "M1,\"MOGHISSEH, Mohammad\",individual,,\nM2,\"SALAMEH, Adib\",individual,,\n");
        assertTrue(alerts(s, "مقیسه محمد", "M1"), String.valueOf(hit(s, "مقیسه محمد", "M1")));
        assertTrue(alerts(s, "سلامه أديب", "M2"), String.valueOf(hit(s, "سلامه أديب", "M2")));
        ArabicSkeletons.Parts moghisseh = ArabicSkeletons.latin("moghisseh");
        assertEquals("mksh", moghisseh.skeleton());
        assertEquals("mks", ArabicSkeletons.openEnding("moghisseh", moghisseh).skeleton());
        assertEquals(ArabicSkeletons.arabic("مقیسه").skeleton(), ArabicSkeletons.openEnding("moghisseh", moghisseh).skeleton());
        // a consonant h stays: Salah's ح is written, and an h after a consonant is part of it (Sh, Kh)
        assertNull(ArabicSkeletons.openEnding("sheikh", ArabicSkeletons.latin("sheikh")));
        assertNull(ArabicSkeletons.openEnding("ahmad", ArabicSkeletons.latin("ahmad")));
        // Salah is still found as ح (a written consonant), and Sala is not Salah
        NameScreener t = list(dir, "S1,\"SALAH, Mustafa\",individual,,\n");
        assertTrue(alerts(t, "صلاح مصطفى", "S1"), String.valueOf(hit(t, "صلاح مصطفى", "S1")));
    }

    @Test
    void aNameIsReadAfterEachListedNameWhoseWordsAgreeNotOnlyTheCommonestSpellings(@TempDir Path dir) throws IOException {
        // ghaed and bassir are rarer spellings of their skeletons (k-d: kaid, khaled ...; b-s-r: basri,
        // basir ...) than the list's others: read after GHAED BASSIR, the name is found
        StringBuilder rows = new StringBuilder("G1,GHAED BASSIR,entity,,\n");
        String[] k = {"kaid", "qaid", "kaed", "qaed", "ghaid", "kadi"};
        String[] b = {"basri", "basir", "basar", "bassar", "besir", "busir"};
        for (int i = 0; i < 12; i++) {
            rows.append("K").append(i).append(",\"").append(k[i % 6]).append(", ").append(b[i % 6]).append("\",individual,,\n");
        }
        NameScreener s = list(dir, rows.toString());
        NameScreener.Hit h = hit(s, "قائد بصیر", "G1");
        assertTrue(alerts(s, "قائد بصیر", "G1"), String.valueOf(h));
        assertTrue(h.detail().contains("as the listed name spells the consonants"), h.detail());
        // a reading made for one listed name is no evidence for another
        NameScreener t = list(dir, "T1,\"AW-MOHAMUD, Ahmed Abdi\",individual,,\nT2,\"ALI, Ahmed Mohammed\",individual,,\n");
        NameScreener.Hit other = hit(t, "محمود علی احمد", "T2");
        assertTrue(other == null || !other.detail().contains("as the listed name spells"), String.valueOf(other));
    }

    @Test
    void theSpellingsANameIsReadAfterAgreeBothWays() {
        // عمر (Omar) starts with ain: a Latin word read for it starts with a vowel, so not Mire
        assertFalse(ArabicSkeletons.agreeBack(ArabicSkeletons.arabic("عمر"), ArabicSkeletons.latin("mire")));
        assertTrue(ArabicSkeletons.agreeBack(ArabicSkeletons.arabic("عمر"), ArabicSkeletons.latin("omar")));
        // Mahmoud's ou is a long vowel محمد does not write (it is محمود)
        assertFalse(ArabicSkeletons.agreeBack(ArabicSkeletons.arabic("محمد"), ArabicSkeletons.latin("mahmoud")));
        assertTrue(ArabicSkeletons.agreeBack(ArabicSkeletons.arabic("محمود"), ArabicSkeletons.latin("mahmoud")));
        // an ain may stand for the vowels: سعید is Saeed
        assertTrue(ArabicSkeletons.agreeBack(ArabicSkeletons.arabic("سعید"), ArabicSkeletons.latin("saeed")));
        assertTrue(ArabicSkeletons.agree(ArabicSkeletons.arabic("سعید"), ArabicSkeletons.latin("saeed")));
    }

    @Test
    void aCompanyNameIsReadAfterTheListedNamesWithItsCompanyWordsInEnglish(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("list.csv");
        Files.writeString(f, "entity_id,name,type,aliases,weak_aliases\n"
                + "P2,KAVEH PARS MINING INDUSTRIES DEVELOPMENT COMPANY,entity,,\nP3,PARS KAVIR,entity,,\n");
        ArabicSkeletons sk = new ArabicSkeletons(ListLoader.load(f, "native", new ArrayList<>()).entities());
        // the words the translation table read are kept as they are; the Arabic ones spelt as the target spells them
        List<ArabicSkeletons.Target> t = sk.targets(List.of("development industries mining", "پارس", "تهران"), 8, w -> "?");
        assertEquals(1, t.size(), t.toString());
        assertEquals("KAVEH PARS MINING INDUSTRIES DEVELOPMENT COMPANY", t.get(0).listedName());
        assertEquals("development industries mining pars ?", t.get(0).reading());
        // screened: in the Persian order (head noun first), without the word-order penalty
        NameScreener s = list(dir, "P2,KAVEH PARS MINING INDUSTRIES DEVELOPMENT COMPANY,entity,,\n");
        assertTrue(alerts(s, "شرکت گسترش صنایع معدنی کاوه پارس", "P2"), String.valueOf(hit(s, "شرکت گسترش صنایع معدنی کاوه پارس", "P2")));
        // one agreeing word is not enough to be read after a name of more
        assertTrue(sk.targets(List.of("پارس", "تهران"), 8, w -> "?").isEmpty());
        assertEquals("pars kavir", sk.targets(List.of("پارس", "کویر"), 8, w -> "?").get(0).reading());
    }

    @Test
    void aWordOfOneConsonantIsReadAfterAListedNameWithAnotherWordAgreeing(@TempDir Path dir) throws IOException {
        // اوجی has one consonant (j): too short to be read by the commonest spelling, but after OJI, Javad it is oji
        NameScreener s = list(dir, "O1,\"OJI, Javad\",individual,,\nO2,\"AJA, Karim\",individual,,\n");
        assertTrue(alerts(s, "اوجی جواد", "O1"), String.valueOf(hit(s, "اوجی جواد", "O1")));
        // alone it picks no listed name: another word must agree too
        assertFalse(alerts(s, "اوجی کریم", "O2"), String.valueOf(hit(s, "اوجی کریم", "O2")));
    }

    @Test
    void twoWordsOfTheNameMayBeOneListedWordAndAJoinedWordTwo(@TempDir Path dir) throws IOException {
        // ساجدی نیا is written as two words, OFAC's Sajedinia as one; زارع‌پور is one word with a zero-width non-joiner
        NameScreener s = list(dir, "H1,\"SAJEDINIA, Hossein\",individual,,\nZ1,\"ZARE POUR, Eisa\",individual,,\n");
        assertTrue(alerts(s, "ساجدی نیا حسین", "H1"), String.valueOf(hit(s, "ساجدی نیا حسین", "H1")));
        assertTrue(alerts(s, "زارع\u200cپور عیسی", "Z1"), String.valueOf(hit(s, "زارع\u200cپور عیسی", "Z1")));
    }

    @Test
    void theArticleInsideACompoundNameAndTheTheophoricAllahTakeAnyVowel(@TempDir Path dir) throws IOException {
        // the alef of ال inside a compound is not pronounced: Abdullah, Abdollah; -allah as Persian -ollah,
        // joined (اسداله) or as a word of its own (رحمت اله, امان الله)
        NameScreener s = list(dir, "H1,\"HEIDARI, Rahmatollah\",individual,,\nA1,\"ASADOLLAH, Hossein\",individual,,\n"
                + "Y1,\"AYOUB, Ali Abdullah\",individual,,\nG1,\"GOSHTASBI, Amanollah\",individual,,\n"
                + "M1,\"MOUSAVI, Sayyed Abdolrahim\",individual,,\n");
        for (String[] c : new String[][] {{"حیدری رحمت اله", "H1"}, {"اسداله حسین", "A1"}, {"أيوب علي عبدالله", "Y1"},
                {"گشتاسبی امان الله", "G1"}, {"موسوی سید عبدالرحیم", "M1"}}) {
            assertTrue(alerts(s, c[0], c[1]), c[0] + ": " + hit(s, c[0], c[1]));
        }
        assertTrue(ArabicSkeletons.wasl("عبدالله", 3));
        assertTrue(ArabicSkeletons.wasl("اسداله", 3));
        assertTrue(ArabicSkeletons.wasl("ابوالفضل", 3));
        // a long a before l elsewhere: Khaled, Kamali, Bengali
        assertFalse(ArabicSkeletons.wasl("خالد", 1));
        assertFalse(ArabicSkeletons.wasl("کمالی", 2));
        assertFalse(ArabicSkeletons.wasl("بنگالی", 3));
        assertEquals("'", ArabicSkeletons.arabic("عبدالله").gaps()[2]);
        assertEquals("a", ArabicSkeletons.arabic("خالد").gaps()[1]);
    }

    @Test
    void oneWordForTwoWordsOfOneListedNameIsSplit(@TempDir Path dir) throws IOException {
        // Persian joins a compound given name that OFAC writes as two words
        NameScreener s = list(dir, "B1,\"BORGHEI, Amir-Mansour\",individual,,\nZ1,\"ZIBAEE, Mohammad Hossein\",individual,,\n");
        assertTrue(alerts(s, "برقعی امیرمنصور", "B1"), String.valueOf(hit(s, "برقعی امیرمنصور", "B1")));
        assertTrue(alerts(s, "زیبایی محمدحسین", "Z1"), String.valueOf(hit(s, "زیبایی محمدحسین", "Z1")));
        // the two parts must be words of one listed name: Amir of one entry and Mansour of another are not
        NameScreener t = list(dir, "C1,\"BORGHEI, Amir\",individual,,\nC2,\"MANSOUR, Hadi\",individual,,\n");
        for (String id : List.of("C1", "C2")) {
            NameScreener.Hit h = hit(t, "برقعی امیرمنصور", id);
            assertTrue(h == null || !h.detail().contains("as the listed name spells"), String.valueOf(h));
        }
    }

    @Test
    void aFinalLongIIsWrittenInArabicScript(@TempDir Path dir) throws IOException {
        // Mahmudi's final i (the nisba) is written ی: محمد is not Mahmudi, though its consonants and inner vowels agree
        assertFalse(ArabicSkeletons.writtenEnding("محمد", "mahmudi"));
        assertTrue(ArabicSkeletons.writtenEnding("محمودی", "mahmudi"));
        assertTrue(ArabicSkeletons.writtenEnding("علئ", "ali"));
        assertTrue(ArabicSkeletons.writtenEnding("زاده", "zadeh"));
        assertTrue(ArabicSkeletons.writtenEnding("برقعی", "borghei"));
        NameScreener s = list(dir, "Q1,\"MAHMUDI, Qolam Reza\",individual,,\n");
        assertFalse(alerts(s, "فرزادی غلامرضا محمد", "Q1"), String.valueOf(hit(s, "فرزادی غلامرضا محمد", "Q1")));
        assertTrue(alerts(s, "محمودی غلامرضا", "Q1"), String.valueOf(hit(s, "محمودی غلامرضا", "Q1")));
    }

    @Test
    void anArabicAbbreviationIsReadWhateverItsDotsAndSpaces(@TempDir Path dir) throws IOException {
        assertEquals("سيتي للتجارة العامة ش.ذ.م.م", ArabicSkeletons.abbreviations("سيتي للتجارة العامة ش.ذ.م.م."));
        assertEquals("اوكتان إنرجي جروب ش.م.ح", ArabicSkeletons.abbreviations("اوكتان إنرجي جروب ش. م. ح."));
        assertEquals("بتروكيك ذ.م.م", ArabicSkeletons.abbreviations("بتروكيك ذ م م"));
        // two letters with spaces only, or و (and) among them, are words, not an abbreviation
        assertEquals("علي و ب", ArabicSkeletons.abbreviations("علي و ب"));
        assertEquals("شركة ام بي", ArabicSkeletons.abbreviations("شركة ام بي"));
        NameScreener s = list(dir, "S1,SITTI GENERAL TRADING L.L.C.,entity,,\nP1,PETROKICK LLC,entity,,\n");
        assertTrue(alerts(s, "سيتي للتجارة العامة ش.ذ.م.م.", "S1"), String.valueOf(hit(s, "سيتي للتجارة العامة ش.ذ.م.م.", "S1")));
        assertTrue(alerts(s, "بتروكيك ذ م م", "P1"), String.valueOf(hit(s, "بتروكيك ذ م م", "P1")));
    }

    @Test
    void aLoanwordIsReadWithTheFewestConsonantsAndWhAndRhAsEnglishSaysThem(@TempDir Path dir) throws IOException {
        assertTrue(ArabicSkeletons.looseLatin("white").contains("wt"), String.valueOf(ArabicSkeletons.looseLatin("white")));
        assertTrue(ArabicSkeletons.looseLatin("rhine").contains("rn"), String.valueOf(ArabicSkeletons.looseLatin("rhine")));
        // هاوس: و a vowel (house, h-s) before v (hafiz, h-f-s), though Hafiz is the more frequent listed word
        StringBuilder rows = new StringBuilder("B1,BEST DIAMOND HOUSE DMCC,entity,,\nW1,WHITE STAR DMCC,entity,,\n");
        for (int i = 0; i < 6; i++) {
            rows.append("H").append(i).append(",\"HAFIZ, Ahmad").append(i == 0 ? "" : " " + "abcdef".charAt(i)).append("\",individual,,\n");
        }
        NameScreener s = list(dir, rows.toString());
        assertTrue(alerts(s, "بست دايموند هاوس م.د.م.س.", "B1"), String.valueOf(hit(s, "بست دايموند هاوس م.د.م.س.", "B1")));
        assertTrue(alerts(s, "وايت ستار م.د.م.س.", "W1"), String.valueOf(hit(s, "وايت ستار م.د.م.س.", "W1")));
    }

    @Test
    void theArticleIsReadAsTheListedNameWritesIt(@TempDir Path dir) throws IOException {
        assertEquals("el", ArabicSkeletons.article(List.of("el", "ballouti", "othman")));
        assertNull(ArabicSkeletons.article(List.of("ballouti", "othman")));
        NameScreener s = list(dir, "E1,\"EL BALLOUTI, Othman\",individual,,\nE2,\"EL AYASHI, Radi Abd El Samie\",individual,,\n");
        assertTrue(alerts(s, "البلوطي عثمان", "E1"), String.valueOf(hit(s, "البلوطي عثمان", "E1")));
        assertTrue(alerts(s, "راضي عبد السميع العياشي", "E2"), String.valueOf(hit(s, "راضي عبد السميع العياشي", "E2")));
    }

    @Test
    void aLatinShThOrDhMayWriteTwoArabicLettersAndVAFeh(@TempDir Path dir) throws IOException {
        // Eshaghi is اسحقی (s, h, q), Fathi فتحی (f, t, h), Adham ادهم; a foreign v is written ف (سلفانا, Silvana)
        assertTrue(ArabicSkeletons.otherReadings("eshaghi", ArabicSkeletons.latin("eshaghi")).stream()
                .anyMatch(p -> p.skeleton().equals(ArabicSkeletons.arabic("اسحقی").skeleton())));
        assertTrue(ArabicSkeletons.otherReadings("fathi", ArabicSkeletons.latin("fathi")).stream()
                .anyMatch(p -> p.skeleton().equals(ArabicSkeletons.arabic("فتحی").skeleton())));
        assertTrue(ArabicSkeletons.otherReadings("silvana", ArabicSkeletons.latin("silvana")).stream()
                .anyMatch(p -> p.skeleton().equals(ArabicSkeletons.arabic("سلفانا").skeleton())));
        // a word-initial v stays a consonant w, as و writes it
        assertTrue(ArabicSkeletons.otherReadings("vahid", ArabicSkeletons.latin("vahid")).isEmpty());
        NameScreener s = list(dir, "E1,\"ESHAGHI, Jamshid\",individual,,\nF1,\"FATHI, Murad\",individual,,\nA1,\"ATWI, Silvana\",individual,,\n");
        for (String[] c : new String[][] {{"اسحقی جمشید", "E1"}, {"فتحی مورد", "F1"}, {"عطوي سلفانا", "A1"}}) {
            assertTrue(alerts(s, c[0], c[1]), c[0] + ": " + hit(s, c[0], c[1]));
        }
    }
}
