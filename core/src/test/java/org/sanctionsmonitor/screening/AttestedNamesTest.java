package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;
import static org.sanctionsmonitor.screening.NameFalsePositivesTest.hit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.lists.ListLoader;

/**
 * Two different attested names are not a typo of each other (rules/reference/name-attested.csv,
 * {@code attested.max_score}): the innocents of the evaluation whose word is another real name a
 * letter or two from the listed word, with the real tables in rules/; and beside each the typo of
 * the listed name that must still alert.
 */
class AttestedNamesTest {

    static NameMatchingConfig config;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
    }

    static NameScreener list(Path dir, String rows) throws IOException {
        Path f = dir.resolve("list.csv");
        Files.writeString(f, "entity_id,name,type,aliases,weak_aliases\n" + rows);
        return new NameScreener(ListLoader.load(f, "native", new ArrayList<>()).entities(), config);
    }

    /** As SAN-003 decides (the evaluation's alert). */
    static boolean alerts(NameScreener s, String name, String id) {
        NameScreener.Hit h = hit(s, name, id);
        return h != null && h.score() >= config.alert() && h.distinctive() >= config.minDistinctiveWords();
    }

    static boolean reviews(NameScreener s, String name, String id) {
        NameScreener.Hit h = hit(s, name, id);
        return h != null && h.score() >= config.review() && h.score() < config.alert();
    }

    @Test
    void theTableAttestsBothWordsOfThePairsFoundOnTheInnocents() {
        assertEquals(0.89, config.attestedMaxScore());
        assertTrue(config.attestedNames().size() > 10_000, "the table is loaded: " + config.attestedNames().size());
        for (String[] p : new String[][] {{"perovic", "petrovic"}, {"vujovic", "vukovic"}, {"matija", "marija"},
                {"sunita", "soniya"}, {"maric", "martic"}, {"farias", "farkash"}}) {
            assertTrue(config.attestedDifferent(p[0], p[1]), p[0] + " / " + p[1]);
            assertTrue(config.attestedDifferent(p[1], p[0]), p[1] + " / " + p[0]);
        }
    }

    @Test
    void spellingsOfOneNameAndUnattestedWordsAreNotDifferentNames() {
        // both attested, the same consonants: a vowel or a doubled letter is a spelling, not another name
        assertTrue(config.attestedNames().contains("mohammad") && config.attestedNames().contains("mohamad"));
        assertFalse(config.attestedDifferent("mohamad", "mohammad"));
        assertFalse(config.attestedDifferent("hussein", "hosseini"));
        assertFalse(config.attestedDifferent("petrovic", "petrovic"));
        // nor are the consonants romanisations write differently: -off / -ov, -ich / -ic, sh / s
        assertFalse(config.attestedDifferent("popoff", "popov"));
        assertFalse(config.attestedDifferent("petrovich", "petrovic"));
        assertEquals(NameMatchingConfig.consonants("sahid"), NameMatchingConfig.consonants("shahid"));
        assertEquals(NameMatchingConfig.consonants("aleksandrov"), NameMatchingConfig.consonants("alexandrov"));
        assertEquals(NameMatchingConfig.consonants("vitaliy"), NameMatchingConfig.consonants("vitalij"));
        assertEquals(NameMatchingConfig.consonants("salame"), NameMatchingConfig.consonants("salameh"));
        assertEquals(NameMatchingConfig.consonants("abdurrahman"), NameMatchingConfig.consonants("abdulrahman"));
        assertEquals(NameMatchingConfig.consonants("abdirahman"), NameMatchingConfig.consonants("abdelrahman"));
        assertNotEquals(NameMatchingConfig.consonants("jovan"), NameMatchingConfig.consonants("ovan"), "a j before a vowel is a consonant");
        // a swap of two adjacent letters is the typo itself, even where a name list holds it
        assertTrue(config.attestedNames().contains("jospeh") && config.attestedNames().contains("joseph"));
        assertFalse(config.attestedDifferent("jospeh", "joseph"));
        assertTrue(NameMatchingConfig.adjacentSwap("badali", "abdali"));
        assertFalse(NameMatchingConfig.adjacentSwap("perovic", "petrovic"));
        // a typo is not attested
        assertFalse(config.attestedNames().contains("petronic"));
        assertFalse(config.attestedDifferent("petronic", "petrovic"));
        assertEquals("hsn", NameMatchingConfig.consonants("hosseini"));
        assertEquals("ptrvc", NameMatchingConfig.consonants("petrovic"));
        assertEquals("ptrvc", NameMatchingConfig.consonants("petrovich"));
        assertEquals("mhmd", NameMatchingConfig.consonants("mohammad"));
    }

    @Test
    void anotherAttestedNameIsAPossibleMatchAndATypoStillAlerts(@TempDir Path dir) throws IOException {
        NameScreener s = list(dir, "P1,\"Petrovic, Zoran\",individual,,\nP2,\"MILOSEVIC, Marija\",individual,,\n"
                + "P3,\"VUKOVIC, Zoran\",individual,,\n");
        assertTrue(reviews(s, "Zoran Perović", "P1"), "Perović is another surname: review, not alert " + hit(s, "Zoran Perović", "P1"));
        NameScreener.Hit h = hit(s, "Zoran Perović", "P1");
        assertEquals(0.89, h.score(), 1e-9);
        assertTrue(h.detail().contains("perovic / petrovic are two different attested names (name-attested.csv)"), h.detail());
        assertTrue(reviews(s, "Matija Milošević", "P2"));
        assertTrue(reviews(s, "Zoran Vujović", "P3"));
        // the typos the evaluation makes (a middle letter replaced, two letters swapped) are not names: they alert
        assertTrue(alerts(s, "Petnovic Zoran", "P1"));
        assertTrue(alerts(s, "Zoran Petorvic", "P1"));
        assertTrue(alerts(s, "Zoran Petrović", "P1"), "the listed name itself");
        assertTrue(alerts(s, "Marija Milosevic", "P2"));
        assertTrue(alerts(s, "Zoran Vukovič", "P3"));
    }

    @Test
    void aCompanysWordIsNotAPersonalName(@TempDir Path dir) throws IOException {
        // tanner and tanker are both attested surnames, but in a listed company's name Tanner is a typo of Tanker
        assertTrue(config.attestedDifferent("tanner", "tanker"));
        NameScreener s = list(dir, "C1,Argo Tanker Group LLC,entity,,\nP1,\"TANKER, Robert\",individual,,\n");
        assertTrue(alerts(s, "Argo Tanner Group Llc", "C1"));
        assertTrue(reviews(s, "Robert Tanner", "P1"));
    }

    @Test
    void theCapIsAReviewedSettingAndOneSwitchesItOff(@TempDir Path dir) throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        try (var tables = Files.list(Path.of("rules/reference"))) {
            for (Path f : tables.filter(p -> p.getFileName().toString().matches("(name|han)-.*\\.csv")).sorted().toList()) {
                Files.copy(f, ref.resolve(f.getFileName()));
            }
        }
        String table = Files.readString(ref.resolve("name-matching.csv"));
        Files.writeString(ref.resolve("name-matching.csv"), table.replaceFirst("attested.max_score,[0-9.]+,", "attested.max_score,1,"));
        NameMatchingConfig off = NameMatchingConfig.load(dir);
        Path f = dir.resolve("list.csv");
        Files.writeString(f, "entity_id,name,type,aliases,weak_aliases\nP1,\"Petrovic, Zoran\",individual,,\n");
        NameScreener s = new NameScreener(ListLoader.load(f, "native", new ArrayList<>()).entities(), off);
        NameScreener.Hit h = hit(s, "Zoran Perović", "P1");
        assertTrue(h != null && h.score() >= off.alert(), "1: the table is ignored, a letter off alerts as before: " + h);
    }

    @Test
    void aBadRowNamesItsFileAndLine(@TempDir Path dir) throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        try (var tables = Files.list(Path.of("rules/reference"))) {
            for (Path f : tables.filter(p -> p.getFileName().toString().matches("(name|han)-.*\\.csv")).sorted().toList()) {
                Files.copy(f, ref.resolve(f.getFileName()));
            }
        }
        Files.writeString(ref.resolve("name-attested.csv"), "name,sources,rationale\nperovic,humannames,near the listed petrovic\n"
                + "van der berg,humannames,two words\npetrovic,,no source\n");
        RuleException e = assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.matches(".*name-attested.csv:3:1 expected one word, not 'van der berg'")),
                e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.matches(".*name-attested.csv:4: every row needs its sources and its rationale")),
                e.problems().toString());
    }
}
