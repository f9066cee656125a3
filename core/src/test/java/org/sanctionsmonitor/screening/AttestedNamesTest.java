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
        return ScreeningCases.screener(dir, rows, config);
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
        assertEquals("mhmd", NameMatchingConfig.consonants("muhamad"));
        assertEquals("ptrvc", NameMatchingConfig.consonants("petrovic"));
        assertEquals("ptrvc", NameMatchingConfig.consonants("petrovich"));
        assertEquals("mhmd", NameMatchingConfig.consonants("mohammad"));
    }

    @Test
    void aSurnameDerivedWithTheNisbaIsAnotherName() {
        // Hosseini is "of Hussein": the same consonants, but the surname made from the given name is another name
        assertTrue(NameMatchingConfig.nisba("hosseini", "hussein"));
        assertTrue(NameMatchingConfig.nisba("rahimi", "rahim"));
        assertFalse(NameMatchingConfig.nisba("hussein", "hosseini"), "the other way round");
        assertFalse(NameMatchingConfig.nisba("ali", "al"), "too short");
        assertFalse(NameMatchingConfig.nisba("husseini", "husseinu"), "the name must end in the consonant before the i");
        assertFalse(NameMatchingConfig.nisba("sami", "samy"));
        assertTrue(config.attestedDifferent("hussein", "hosseini"));
        assertTrue(config.attestedDifferent("hosseini", "hussein"));
        // a vowel or a doubled letter still makes no other name
        assertFalse(config.attestedDifferent("hosseini", "husseini"));
        assertFalse(config.attestedDifferent("mohamad", "mohammad"));
    }

    @Test
    void aConsonantRepeatedAfterAVowelIsAnotherSyllable() {
        // only a letter doubled as written is one: Contreras has an r in two syllables, Contreas one
        assertEquals("cntrrs", NameMatchingConfig.consonants("contreras"));
        assertEquals("cntrs", NameMatchingConfig.consonants("contreas"));
        assertTrue(config.attestedDifferent("contreras", "contreas"));
        assertEquals(NameMatchingConfig.consonants("mohammad"), NameMatchingConfig.consonants("mohamad"));
        assertEquals(NameMatchingConfig.consonants("husein"), NameMatchingConfig.consonants("hussein"));
    }

    @Test
    void theInnocentsOfTheNisbaAndTheRepeatedConsonantAreReviewedAndTyposStillAlert(@TempDir Path dir) throws IOException {
        NameScreener s = list(dir, "P1,\"Hosseini, Mohammad Ali\",individual,,\nP2,\"LADINO AVILA, Jaime Arturo\",individual,\"CONTREAS, Miguel Angel\",\n");
        assertTrue(reviews(s, "Mohammad Ali Hussein", "P1"), "" + hit(s, "Mohammad Ali Hussein", "P1"));
        assertTrue(hit(s, "Mohammad Ali Hussein", "P1").detail().contains("hussein / hosseini are two different attested names"));
        assertTrue(reviews(s, "Miguel Ángel Contreras", "P2"), "" + hit(s, "Miguel Ángel Contreras", "P2"));
        assertTrue(alerts(s, "Mohammad Ali Hosseyni", "P1"), "a vowel: a spelling");
        assertTrue(alerts(s, "Mohammad Ali Hossieni", "P1"), "a swap: a typo");
        assertTrue(alerts(s, "Mohammad Ali Hosseini", "P1"));
        assertTrue(alerts(s, "Miguel Angel Contraes", "P2"), "a swap: a typo");
    }

    @Test
    void anAttestedNameIsAnotherNameThanAListedPersonsWordNoOtherListHolds(@TempDir Path dir) throws IOException {
        // peskov and kosov are no source's names, but a listed person's words are names: Petkov and Kostov are others
        assertFalse(config.attestedNames().contains("peskov"));
        assertTrue(config.anotherName("petkov", "peskov"));
        assertTrue(config.anotherName("kostov", "kosov"));
        assertFalse(config.anotherName("petkvo", "petkov"), "a typo is no attested name");
        assertFalse(config.anotherName("popoff", "popov"), "the same consonants: a spelling");
        NameScreener s = list(dir, "P1,\"Peskov, Nikolay\",individual,,\nP2,\"Kosov, Nikolay Nikolayevich\",individual,\"Kosov, Nikolai\",\n");
        assertFalse(alerts(s, "Nikola Petkov", "P1"), "" + hit(s, "Nikola Petkov", "P1"));
        assertFalse(alerts(s, "Nikola Kostov", "P2"), "" + hit(s, "Nikola Kostov", "P2"));
        assertTrue(alerts(s, "Nikolay Peskvo", "P1"), "a swap is a typo");
        assertTrue(alerts(s, "Nikolai Kosov", "P2"));
    }

    @Test
    void aLetterFoldDoesNotMakeTheFirstLettersOfOtherWordsAgree(@TempDir Path dir) throws IOException {
        // r/l and b/p fold for Korean syllables; Radović is not LALOVIC, Brankov is not PANKOV
        WordSimilarity sim = new WordSimilarity(config);
        assertEquals(0, sim.of("radovic", org.sanctionsmonitor.normalize.NameTokens.fold("radovic"), "lalovic",
                org.sanctionsmonitor.normalize.NameTokens.fold("lalovic"), false, false));
        NameScreener s = list(dir, "P1,\"LALOVIC, Dragan\",individual,,\nP2,\"PANKOV, Nikolay\",individual,,\n"
                + "K1,\"RI, Chol Man\",individual,,\nK2,Ryonbong General Corp,entity,,\n");
        assertFalse(alerts(s, "Dragan Radović", "P1"), "" + hit(s, "Dragan Radović", "P1"));
        assertFalse(alerts(s, "Nikola Brankov", "P2"), "" + hit(s, "Nikola Brankov", "P2"));
        assertTrue(alerts(s, "Dragan Lalovič", "P1"));
        assertTrue(alerts(s, "Li Chol Man", "K1"), "Ri / Li: Korean romanisation still meets");
        assertTrue(alerts(s, "Yonbong General Corp", "K2"), "the reviewed tables' Ryonbong / Yonbong still meet");
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
    void aCompanysWordIsNotAPersonalNameButAWordOfItsOwnIsNoTypo(@TempDir Path dir) throws IOException {
        // tanner and tanker are both attested surnames; in a listed company's name the attested-names rule
        // does not apply, but tanner is also an English word (ordinary_word.max_score): a possible match
        assertTrue(config.attestedDifferent("tanner", "tanker"));
        NameScreener s = list(dir, "C1,Argo Tanker Group LLC,entity,,\nP1,\"TANKER, Robert\",individual,,\n");
        assertTrue(reviews(s, "Argo Tanner Group Llc", "C1"), "" + hit(s, "Argo Tanner Group Llc", "C1"));
        assertTrue(alerts(s, "Argo Tankre Group Llc", "C1"), "a swap is a typo");
        assertTrue(alerts(s, "Argo Tamker Group Llc", "C1"), "a letter that spells no word is a typo");
        assertTrue(reviews(s, "Robert Tanner", "P1"));
    }

    @Test
    void aListedOrganisationsWordTakenForARealWordIsAPossibleMatch(@TempDir Path dir) throws IOException {
        assertEquals(0.89, config.ordinaryWordMaxScore());
        assertTrue(config.englishWords().contains("sun") && config.englishWords().contains("royal"));
        assertFalse(config.englishWords().contains("roypal"));
        NameScreener s = list(dir, "C1,Shoon Energy PTE. LTD.,entity,,\nC2,\"INMOBILIARIA ROYPAL, S.A.\",entity,,\n"
                + "C3,Asyaf International Holding Group,entity,Osama Trading Company Ltd,\nC4,Era-Media TOV,entity,,\n"
                + "C5,AL-ZAWRA TELEVISION STATION,entity,ZORAH CHANNEL,\nC6,Inshaat Co SARL,entity,,\n"
                + "C7,PUKANG TRADING CORPORATION,entity,,\n");
        // a romanisation fold (sun / shoon), a letter (royal / roypal), an attested name (oyama / osama, mejia / media, zoran / zorah)
        for (String[] c : new String[][] {{"Sun Energy Co., Ltd.", "C1"}, {"Sun Energo LLC", "C1"}, {"Royal Inmobiliaria S.L.", "C2"},
                {"Oyama Trading Corporation", "C3"}, {"Ella Mejía", "C4"}, {"Zoran Janev", "C5"}}) {
            NameScreener.Hit h = hit(s, c[0], c[1]);
            assertTrue(h == null || !alerts(s, c[0], c[1]), c[0] + ": " + h);
        }
        NameScreener.Hit h = hit(s, "Sun Energy Co., Ltd.", "C1");
        assertEquals(0.89, h.score(), 1e-9);
        assertTrue(h.detail().contains("sun / shoon: the party word is a word of its own"), h.detail());
        // the listed names, their typos and romanisations that spell no word still alert
        assertTrue(alerts(s, "Shoon Energy Pte Ltd", "C1"));
        assertTrue(alerts(s, "Inmobiliaria Roypal", "C2"));
        assertTrue(alerts(s, "Inmobiliaria Roypall S.A.", "C2"));
        assertTrue(alerts(s, "Osama Trading Company", "C3"));
        assertTrue(alerts(s, "Pugang Trading Corporation", "C7"), "a Korean romanisation (k / g) is no English word");
        // an activity word in another language is generic (name-matching.csv): China İnşaat is not the listed INSHAAT CO
        assertFalse(alerts(s, "China İnşaat A.Ş.", "C6"));
        assertTrue(alerts(s, "Inshaat Co SARL", "C6"), "the listed name itself");
        // the same word cut short or given an ending, two letters swapped, a name of the same consonants: typos and spellings
        assertFalse(config.ordinaryWord("helper", "helpers"));
        assertFalse(config.ordinaryWord("chatrer", "charter"));
        assertFalse(config.ordinaryWord("soran", "souran"));
        assertFalse(config.ordinaryWord("infrastructure", "infrastracture"), "a long word a letter off is a misspelling");
        assertTrue(config.ordinaryWord("oyama", "osama"));
        assertTrue(config.ordinaryWord("sun", "shoon"));
        assertFalse(config.ordinaryWord("trade", "trading"), "made one by the reviewed tables");
        // a listed individual's words are left to the attested-names rule
        NameScreener p = list(dir, "P1,\"SUNN, Robert\",individual,,\n");
        assertTrue(alerts(p, "Robert Sunn", "P1"));
    }

    @Test
    void theOrdinaryWordCapIsAReviewedSettingAndOneSwitchesItOff(@TempDir Path dir) throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        try (var tables = Files.list(Path.of("rules/reference"))) {
            for (Path f : tables.filter(p -> p.getFileName().toString().matches("(name|han)-.*\\.csv")).sorted().toList()) {
                Files.copy(f, ref.resolve(f.getFileName()));
            }
        }
        String table = Files.readString(ref.resolve("name-matching.csv"));
        Files.writeString(ref.resolve("name-matching.csv"), table.replaceFirst("ordinary_word.max_score,[0-9.]+,", "ordinary_word.max_score,1,"));
        NameMatchingConfig off = NameMatchingConfig.load(dir);
        Path f = dir.resolve("list.csv");
        Files.writeString(f, "entity_id,name,type,aliases,weak_aliases\nC1,Shoon Energy PTE. LTD.,entity,,\n");
        NameScreener s = new NameScreener(ListLoader.load(f, "native", new ArrayList<>()).entities(), off);
        NameScreener.Hit h = hit(s, "Sun Energy Co., Ltd.", "C1");
        assertTrue(h != null && h.score() >= off.alert(), "1: the rule is off, the fold alerts as before: " + h);
        Files.writeString(ref.resolve("name-english-words.csv"), "word,sources,rationale\nsun,wamerican,near shoon\nred sun,wamerican,two\n");
        RuleException e = assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.matches(".*name-english-words.csv:3:1 expected one word, not 'red sun'")),
                e.problems().toString());
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
