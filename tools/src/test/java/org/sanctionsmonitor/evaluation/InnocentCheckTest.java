package org.sanctionsmonitor.evaluation;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.screening.NameMatchingConfig;

/** How the evaluation checks its innocents against the list (docs/name-screening.md). */
class InnocentCheckTest {

    static NameMatchingConfig config;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
    }

    @Test
    void aListedNameInAnyOrderFormOrScriptIsNoInnocent() {
        Set<String> listed = Set.of(config.nameKey("EASTERN TRADE LIMITED LIABILITY COMPANY"), config.nameKey("IVANOV, Viktor"));
        assertTrue(NameEvaluation.isListed(config, listed, "Eastern Trading Co., Ltd."), "trading = trade, legal forms aside");
        assertTrue(NameEvaluation.isListed(config, listed, "Виктор Иванов"), "in a Latin reading");
        assertFalse(NameEvaluation.isListed(config, listed, "Viktor Ivanova"));
        assertFalse(NameEvaluation.isListed(config, listed, "Western Trade LLC"));
    }

    @Test
    void aListedNameSpeltWithOtherVowelsIsNoInnocentButOtherConsonantsAre() {
        String listed = NameEvaluation.spellingKey(config, "ALI, Ahmed Mohammed");
        assertEquals(listed, NameEvaluation.spellingKey(config, "Ahmed Mohamed Ali"));
        assertEquals(listed, NameEvaluation.spellingKey(config, "Ali Ahmad Muhammad"));
        assertEquals(NameEvaluation.spellingKey(config, "KIM, Song Hun"), NameEvaluation.spellingKey(config, "Kim Sung-hoon"));
        assertEquals(NameEvaluation.spellingKey(config, "ABDULLAH, Ahmed"), NameEvaluation.spellingKey(config, "Ahmed Abdulla"), "a final h after a vowel");
        assertNotEquals(NameEvaluation.spellingKey(config, "Sultan Gold"), NameEvaluation.spellingKey(config, "Sultan Kurt"));
        assertNotEquals(NameEvaluation.spellingKey(config, "IVANOV, Viktor"), NameEvaluation.spellingKey(config, "Viktor Ivanova"));
        assertNotEquals(NameEvaluation.spellingKey(config, "SALAH, Ali"), NameEvaluation.spellingKey(config, "Sarah Ali"));
    }
}
