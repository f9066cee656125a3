package org.sanctionsmonitor.evaluation;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.screening.NameMatchingConfig;

/**
 * The evaluation's innocents are checked against the list in every form a listed name takes:
 * words split or joined, Serbian Cyrillic read as Serbian Latin, y as a vowel (docs/name-screening.md).
 */
class InnocentListedFormsTest {

    static NameMatchingConfig config;
    static Set<String> listed = new HashSet<>();
    static Set<String> spelled = new HashSet<>();

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
        NameEvaluation.listedKeys(config, List.of("Yang, Jian", "GLOBALTRANS LIMITED", "MILOSEVIC, Marko", "Nikolov, Aleksandr",
                "Ivanov, Sergei Sergeevich", "Haydar, Muhammad Ali", "KIM, Jong Un", "Petrovic, Zoran"), listed, spelled);
    }

    static boolean leftOut(String name) {
        return NameEvaluation.isListed(config, listed, name) || NameEvaluation.isSpelled(config, spelled, name);
    }

    @Test
    void wordsSplitOrJoinedAreTheListedName() {
        assertTrue(NameEvaluation.isListed(config, listed, "Ji-an Yang"));
        assertTrue(NameEvaluation.isListed(config, listed, "Global Trans LLC"));
        assertTrue(NameEvaluation.isListed(config, listed, "Kim Jongun"), "joined on the listed side");
        assertFalse(leftOut("Jian Yao"));
        assertEquals(List.of("Ji An Yang", "jian yang", "ji anyang"), NameEvaluation.joinings("Ji An Yang"));
    }

    @Test
    void cyrillicIsAlsoReadAsSerbianOrBulgarianLatin() {
        assertEquals("Milosevic Marko", NameEvaluation.latin("Милошевић Марко"));
        assertTrue(NameEvaluation.isListed(config, listed, "Милошевић Марко"));
        assertTrue(NameEvaluation.isListed(config, listed, "Николов Александър"), "the hard sign's mark dropped");
        assertEquals("Zoran Perović", NameEvaluation.latin("Zoran Perović"), "Latin script is left as written (the words fold accents)");
    }

    @Test
    void yAfterALetterIsAVowelButConsonantsMustAgree() {
        assertTrue(NameEvaluation.isSpelled(config, spelled, "Sergei Sergeyevich Ivanov"));
        assertTrue(NameEvaluation.isSpelled(config, spelled, "Hydar Muhammed Ali"));
        assertFalse(leftOut("Zoran Perović"), "another consonant: an innocent the screening must not alert on");
        assertFalse(leftOut("Yihan Yang"));
        assertNotEquals(NameEvaluation.spellingKey(config, "Soniya"), NameEvaluation.spellingKey(config, "Sunita"));
    }
}
