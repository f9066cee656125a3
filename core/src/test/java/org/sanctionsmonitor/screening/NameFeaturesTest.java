package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The feature functions of name matching, each on its own: a score and its explanation. */
class NameFeaturesTest {

    private final NameMatchingConfig config = NameMatchingConfig.load(Path.of("rules"));
    private final NamePreparer preparer = new NamePreparer(config);
    private final WordSimilarity sim = new WordSimilarity(config);

    @Test
    void wordSimilarity() {
        assertEquals(1.0, sim.of("kim", "kim", false, false));
        assertEquals(WordSimilarity.FOLDED_EQUAL, sim.of("park", "pak", "pak", "pak", false, false), "equal only once folded");
        double typo = sim.of("kwangsong", "kwangson", false, false);
        assertTrue(typo >= config.tokenMin() && typo < 1.0, "one letter missing in a long word: " + typo);
        double swap = sim.of("donlad", "donald", false, false);
        assertTrue(swap > 0, "two letters swapped: one edit");
        assertTrue(sim.of("omrteza", "morteza", false, false) > 0, "the first two letters swapped");
        assertEquals(0, sim.of("ryong", "myong", false, false), "another first letter");
        assertEquals(0, sim.of("yong", "yoon", false, false) >= config.tokenMinShort() ? 1 : 0, "short words: another letter is another syllable");
        assertEquals(0, sim.of("jang", "jangg", false, false), "short words of other lengths");
        assertEquals(0, sim.of("12", "13", true, false), "numbers must be equal");
        assertEquals(0, sim.of("henry", "henny", false, true), "a known name is not a typo");
        assertEquals(0, sim.of("sangmijun", "sangeun", false, false), "a different syllable");
        assertTrue(WordSimilarity.moreEditsThan("abcdef", "uvwxyz", 1));
        assertFalse(WordSimilarity.moreEditsThan("abcdef", "abcdeg", 1));
        assertEquals(1.0, WordSimilarity.joined("jiadong", "jiadong"));
        assertEquals(0, WordSimilarity.joined("sangmin", "sangman"));
    }

    /**
     * The length test the screener runs before reading a listed word: whenever it rules a pair of
     * words that differ out, the full similarity is 0 too; and it does rule many pairs out, on
     * every ground it has (the words here are made from a few letters, so many pairs are typos).
     */
    @Test
    void theLengthTestRulesOutOnlyPairsThatScoreZero() {
        String[] letters = {"a", "b", "k", "o", "n", "g", "s"};
        java.util.Random random = new java.util.Random(5);
        int ruledOut = 0;
        int pairs = 0;
        java.util.Set<String> grounds = new java.util.HashSet<>();
        for (int n = 0; n < 20_000; n++) {
            String a = word(random, letters, 1 + random.nextInt(12));
            String b = random.nextInt(4) == 0 ? typo(random, a, letters) : word(random, letters, 1 + random.nextInt(12));
            boolean number = random.nextInt(20) == 0;
            boolean known = random.nextInt(20) == 0;
            if (a.equals(b)) {
                continue;
            }
            pairs++;
            boolean sameFirst = a.charAt(0) == b.charAt(0);
            if (sim.lengthsRuleOut(a.length(), b.length(), sameFirst, number, known)) {
                ruledOut++;
                assertEquals(0, sim.of(a, a, b, b, number, known), a + " / " + b);
                int min = Math.min(a.length(), b.length());
                grounds.add(number || known ? "flag" : min <= 2 ? "short" : min <= config.shortLength() && a.length() != b.length() ? "lengths" : "bar");
            }
        }
        assertTrue(ruledOut > pairs / 10 && ruledOut < pairs, ruledOut + " of " + pairs + " pairs ruled out");
        assertEquals(java.util.Set.of("flag", "short", "lengths", "bar"), grounds);
    }

    private static String word(java.util.Random random, String[] letters, int length) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < length; i++) {
            w.append(letters[random.nextInt(letters.length)]);
        }
        return w.toString();
    }

    /** The word with one letter added, dropped or changed. */
    private static String typo(java.util.Random random, String w, String[] letters) {
        int at = random.nextInt(w.length());
        String l = letters[random.nextInt(letters.length)];
        return switch (random.nextInt(3)) {
            case 0 -> w.substring(0, at) + l + w.substring(at);
            case 1 -> w.length() > 1 ? w.substring(0, at) + w.substring(at + 1) : w + l;
            default -> w.substring(0, at) + l + w.substring(at + 1);
        };
    }

    @Test
    void wordOrder() {
        assertEquals(new FeatureScore(1.0, ""), WordOrder.feature(new int[] {1, 2, 0}, 0.15), "the surname moved: a rotation");
        FeatureScore swapped = WordOrder.feature(new int[] {0, 2, 1}, 0.15);
        assertEquals(0.85, swapped.score(), 1e-12);
        assertEquals(WordOrder.EXPLANATION, swapped.explanation());
        assertTrue(WordOrder.rotation(new int[] {0, -1, 1, 2}), "a word not found is skipped");
    }

    @Test
    void truncation() {
        Truncation t = new Truncation(config);
        PreparedName listed = preparer.prepare("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA");
        PreparedName cut = preparer.prepare("FOREIGN TRADE BANK OF THE DEMOCRATI"); // 35 characters: a full field
        assertTrue(t.fieldFull(cut));
        FeatureScore f = t.feature(cut, listed);
        assertEquals(config.truncationFactor(), f.score());
        assertEquals(Truncation.EXPLANATION, f.explanation());
        PreparedName shorter = preparer.prepare("FOREIGN TRADE BANK OF THE");
        assertFalse(t.fieldFull(shorter));
        assertEquals(new FeatureScore(0, ""), t.feature(shorter, listed), "not a full field");
    }

    @Test
    void middleNames() {
        PreparedName listed = preparer.prepare("SHEVCHENKO, Yuriy Valeryevich");
        long optional = MiddleNames.optional(listed.tokens(), listed.givenStart(), config.middleNameMinLength());
        assertEquals(1L << 2, optional, "the patronymic may be left out");
        FeatureScore f = MiddleNames.score(listed.tokens(), new double[] {1, 1, 0}, 0, optional, config.missingMiddlePenalty());
        assertEquals(1 - config.missingMiddlePenalty(), f.score(), 1e-12);
        assertEquals("1 middle name left out", f.explanation());
        assertNull(MiddleNames.score(listed.tokens(), new double[] {0, 1, 1}, 0, optional, config.missingMiddlePenalty()), "the surname is not optional");
    }

    @Test
    void companyAgainstPersonAndAcronym() {
        assertEquals(new FeatureScore(0, NameScorer.COMPANY_NOT_PERSON), NameScorer.companyAgainstPerson(0));
        assertEquals("a company (legal form) against a person: factor 0.50", NameScorer.companyAgainstPerson(0.5).explanation());
        NameScorer scorer = new NameScorer(new ListedNames(List.of(), config, preparer), config, sim, new Truncation(config));
        PreparedName q = preparer.prepare("KOMID Pyongyang");
        NameToken komid = NameScorer.wholeWord(q, "komid");
        FeatureScore f = scorer.acronym(q, komid);
        assertTrue(f.score() < 1.0 && f.score() > 0.9, "an extra generic word lowers it a little: " + f.score());
        assertEquals("'komid' is a whole word of the name", f.explanation());
        assertNull(NameScorer.wholeWord(preparer.prepare("KOMIDA"), "komid"), "only a whole word");
    }

    @Test
    void wordAlignment() {
        PreparedName q = preparer.prepare("Li Jia Dong");
        PreparedName c = preparer.prepare("LI, Jiadong");
        WordAlignment a = WordAlignment.align(q, c, (i, j) -> sim.of(q.tokens().get(i), c.tokens().get(j)), true);
        assertEquals(0, a.extraWords());
        assertEquals(0, a.missingWords());
        assertEquals(List.of("jia dong=jiadong", "li=li"), a.labels, "equal similarity: the link covering more words first");
        PreparedName r = preparer.prepare("Kim Man Sang Extra");
        PreparedName k = preparer.prepare("KIM, Sang Man");
        WordAlignment b = WordAlignment.align(r, k, (i, j) -> sim.of(r.tokens().get(i), k.tokens().get(j)), false);
        assertEquals(1, b.extraWords());
        assertFalse(WordOrder.rotation(b.qToC), "given-name syllables in another order");
    }
}
