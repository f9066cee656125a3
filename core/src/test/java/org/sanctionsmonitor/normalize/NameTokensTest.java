package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameTokensTest {

    @Test
    void apostrophesStayInsideWordsAndHyphensSeparate() {
        assertEquals(List.of("choe", "sok", "min"), NameTokens.tokens("CH'OE, So'k-min"));
        assertEquals(List.of("sim", "hyon", "sop"), NameTokens.tokens("SIM, Hyo\u2019n-so\u2019p"));
        assertEquals(List.of("north", "koreas", "foreign", "trade", "bank"), NameTokens.tokens("NORTH KOREA'S FOREIGN TRADE BANK"));
    }

    @Test
    void diacriticsAndCaseFoldWithoutTheDefaultLocale() {
        assertEquals(List.of("sim", "hyon", "sop"), NameTokens.tokens("Sim Hy\u014Fn-s\u014Fp"));
        assertEquals(List.of("strasse", "istanbul"), NameTokens.tokens("STRASSE \u0130stanbul".replace("SS", "\u00DF")));
        assertEquals(List.of(), NameTokens.tokens("--- ,"));
        assertEquals(List.of(), NameTokens.tokens(null));
    }

    @Test
    void foldMeetsRomanisationVariants() {
        assertEquals(NameTokens.fold("jang"), NameTokens.fold("chang"));
        assertEquals(NameTokens.fold("su"), NameTokens.fold("soo"));
        assertEquals(NameTokens.fold("choe"), NameTokens.fold("choi"));
        assertEquals(NameTokens.fold("sok"), NameTokens.fold("seok"));
        assertEquals(NameTokens.fold("hyok"), NameTokens.fold("hyuk"));
        assertEquals(NameTokens.fold("jong"), NameTokens.fold("jung"));
        assertEquals(NameTokens.fold("pak"), NameTokens.fold("bak"));
        assertEquals(NameTokens.fold("kim"), NameTokens.fold("gim"));
        assertEquals(NameTokens.fold("young"), NameTokens.fold("yong"));
        assertEquals(NameTokens.fold("ri"), NameTokens.fold("lee"));
    }

    @Test
    void syllabicTellsRomanisedKoreanAndChineseSyllablesFromOtherWords() {
        for (String w : new String[] {"jong", "kwang", "chongchongang", "zhang", "xiao", "hyeok", "thae", "ryonbong", "myong"}) {
            assertTrue(NameTokens.syllabic(w), w);
        }
        for (String w : new String[] {"kurt", "gold", "ahmet", "ahmed", "kurd", "bank", "ivanov", "petrovic", "mohammad"}) {
            assertFalse(NameTokens.syllabic(w), w);
        }
    }

    @Test
    void foldKeepsDifferentSyllablesApart() {
        assertNotEquals(NameTokens.fold("su"), NameTokens.fold("seo"));
        assertNotEquals(NameTokens.fold("jang"), NameTokens.fold("jong"));
        assertNotEquals(NameTokens.fold("pang"), NameTokens.fold("bank"));
        assertNotEquals(NameTokens.fold("min"), NameTokens.fold("man"));
        assertEquals("8604917", NameTokens.fold("8604917"));
    }
}
