package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Latin letters written out by their English names in Arabic script ({@link ArabicLetterNames}),
 * and the other Arabic-script readings added with them: the article as the listed name writes it,
 * loanwords agreeing in a company name's targets, presentation forms. Spellings are OFAC's.
 */
class ArabicLetterNamesTest {

    static NameMatchingConfig config;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
    }

    @Test
    void aRunOfLetterNamesIsReadAsTheLettersJoinedAndSpaced() {
        List<String> v = ArabicLetterNames.variants("إم إس دي م.د.م.س");
        assertTrue(v.contains("msd م.د.م.س"), String.valueOf(v));
        assertTrue(v.contains("m s d م.د.م.س"), String.valueOf(v));
        // بي is b or p (Arabic has no p), اي i, e or a: PSI is among the readings
        assertTrue(ArabicLetterNames.variants("بي إس آي م.د.م.س").contains("psi م.د.م.س"));
        // dots between the letters: B.V.
        assertTrue(ArabicLetterNames.variants("ناي لوجيستيكس بي . في").contains("ناي لوجيستيكس bv"),
                String.valueOf(ArabicLetterNames.variants("ناي لوجيستيكس بي . في")));
        assertTrue(ArabicLetterNames.variants("ناي لوجيستيكس بي . في").size() <= ArabicLetterNames.MAX_VARIANTS);
    }

    @Test
    void aSingleLetterNameIsAWordOfItsOwn() {
        // في is also "in", او "or": alone they are not letters
        assertEquals(List.of(), ArabicLetterNames.variants("القاعدة في جزيرة العرب"));
        assertEquals(List.of(), ArabicLetterNames.variants("محمد علي"));
        assertNull(ArabicLetterNames.letter("محمد"));
        assertEquals("s", ArabicLetterNames.letter("إس"));
    }

    @Test
    void companiesOfInitialsAreFoundInArabicScript(@TempDir Path dir) throws IOException {
        NameScreener s = ScreeningCases.screener(dir, "M1,MSD DMCC,entity,,\nK1,K F D GENERAL TRADING L.L.C,entity,,\n"
                + "W1,WCP MANAGEMENT COMPANY LTD,entity,,\nX1,MSA DMCC,entity,,\n", config);
        assertTrue(ScreeningCases.alerts(s, "إم إس دي م.د.م.س.", "M1", config), String.valueOf(ScreeningCases.hit(s, "إم إس دي م.د.م.س.", "M1")));
        assertFalse(ScreeningCases.alerts(s, "إم إس دي م.د.م.س.", "X1", config));
        assertTrue(ScreeningCases.alerts(s, "كي اف دي للتجارة العامة ش.ذ.م.م", "K1", config),
                String.valueOf(ScreeningCases.hit(s, "كي اف دي للتجارة العامة ش.ذ.م.م", "K1")));
        assertTrue(ScreeningCases.alerts(s, "دبليو سي بي مانجمينت كومباني ال تي دي", "W1", config),
                String.valueOf(ScreeningCases.hit(s, "دبليو سي بي مانجمينت كومباني ال تي دي", "W1")));
    }

    @Test
    void theArticleIsLeftOutWhereTheListedNameWritesNone(@TempDir Path dir) throws IOException {
        assertNull(ArabicSkeletons.article(List.of("shahbandar", "samira")));
        NameScreener s = ScreeningCases.screener(dir, "S1,\"SHAHBANDAR, Samira\",individual,,\nY1,\"Yazdi, Elaheh\",individual,,\n", config);
        assertTrue(ScreeningCases.alerts(s, "سميرة الشاهبندر", "S1", config), String.valueOf(ScreeningCases.hit(s, "سميرة الشاهبندر", "S1")));
        // الهه is Elaheh as a whole: its alef and lam are no article
        assertTrue(ScreeningCases.alerts(s, "یزدی الهه", "Y1", config), String.valueOf(ScreeningCases.hit(s, "یزدی الهه", "Y1")));
    }

    @Test
    void aCompanyWordAgreesWithTheEnglishLoanwordItWrites(@TempDir Path dir) throws IOException {
        // تكنولوجي writes technology's ch with ک: only the loanword key agrees; اكسيس agrees with access as written
        // (five listed words with the consonants of اكسيس more frequent than access, so that no reading by the
        // commonest spellings reaches it: only a target, two of whose words agree, does)
        StringBuilder rows = new StringBuilder("A1,ACCESS TECHNOLOGY L.L.C,entity,,\n");
        String[] others = {"AXIS", "AXES", "EXIS", "OXIS", "EKSIS"};
        for (int i = 0; i < 10; i++) {
            rows.append("D").append(i).append(',').append(others[i % 5]).append(" HOLDING ").append((char) ('A' + i)).append(",entity,,\n");
        }
        NameScreener s = ScreeningCases.screener(dir, rows.toString(), config);
        assertTrue(ScreeningCases.alerts(s, "اكسيس تكنولوجي ش.ذ.م.م", "A1", config),
                String.valueOf(ScreeningCases.hit(s, "اكسيس تكنولوجي ش.ذ.م.م", "A1")));
    }

    @Test
    void presentationFormsAreReadAsTheLetters(@TempDir Path dir) throws IOException {
        assertEquals(org.sanctionsmonitor.normalize.Transliteration.scriptWord("احمد"),
                org.sanctionsmonitor.normalize.Transliteration.scriptWord("اﺣﻤﺪ"));
        NameScreener s = ScreeningCases.screener(dir, "K1,\"KAKAR, Saleh Mohammad\",individual,,\n", config);
        assertTrue(ScreeningCases.alerts(s, "ﺻﺍﻠﺡ ﻤﺣﻤﺩ ﻛﺍﻛﺭ", "K1", config), String.valueOf(ScreeningCases.hit(s, "ﺻﺍﻠﺡ ﻤﺣﻤﺩ ﻛﺍﻛﺭ", "K1")));
    }

    @Test
    void twoLegalFormsWrittenAsOneAreTakenApart() {
        assertEquals("جالكسي أويل ش.م.ح ذ.م.م", ArabicSkeletons.abbreviations("جالكسي أويل ش.م.ح-ذ.م.م"));
        assertEquals("بيت بابا ش.م.ح ذ.م.م", ArabicSkeletons.abbreviations("بيت بابا ش.م.ح/ذ.م.م"));
        assertEquals("آيتيك ش.ذ.م.م منطقة حرة", ArabicSkeletons.abbreviations("آيتيك ش.ذ.م.م-منطقة حرة"));
        // a hyphen between words that are no abbreviation stays
        assertEquals("الطائرات- شركة", ArabicSkeletons.abbreviations("الطائرات- شركة"));
    }

    @Test
    void aCompanyNamesTranslatedWordsReadAfterAListedNameMaySplitAWord(@TempDir Path dir) throws IOException {
        // ابرآروان is Abr Arvan, and شرکت سهامی خاص a legal form only once translated
        NameScreener s = ScreeningCases.screener(dir, "N1,Navyan Abr Arvan Private Limited Company,entity,,\n", config);
        String name = "شرکت نویان ابرآروان شرکت سهامی خاص";
        assertTrue(ScreeningCases.alerts(s, name, "N1", config), String.valueOf(ScreeningCases.hit(s, name, "N1")));
    }

    @Test
    void theArticleBeforeASunLetterIsReadAssimilated(@TempDir Path dir) throws IOException {
        assertEquals("اسعدي", ArabicSkeletons.assimilated("السعدي"));
        assertNull(ArabicSkeletons.assimilated("الحسين")); // ح is a moon letter: al-Husayn
        assertEquals("es", ArabicSkeletons.assimilatedArticle("السيد", List.of("es", "sayed", "abdelkader")));
        assertNull(ArabicSkeletons.assimilatedArticle("الحسين", List.of("el", "husayn")));
        NameScreener s = ScreeningCases.screener(dir, "E1,\"ESSAADI, Moussa Ben Amor Ben Ali\",individual,,\n", config);
        String name = "موسى بن عمر بن علي السعدي";
        assertTrue(ScreeningCases.alerts(s, name, "E1", config), String.valueOf(ScreeningCases.hit(s, name, "E1")));
    }

    @Test
    void abdBeforeTheArticleIsOneCompoundName(@TempDir Path dir) throws IOException {
        // عبد القادر is Abdulqader, one word as OFAC writes it
        NameScreener s = ScreeningCases.screener(dir, "M1,\"MURTADHA, Abdulqader\",individual,,\n", config);
        String name = "المرتضى عبد القادر";
        assertTrue(ScreeningCases.alerts(s, name, "M1", config), String.valueOf(ScreeningCases.hit(s, name, "M1")));
    }
}
