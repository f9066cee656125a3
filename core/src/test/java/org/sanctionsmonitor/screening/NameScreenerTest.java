package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.ListedEntity;

/** Name screening against the real OFAC excerpt with the real settings in rules/. */
class NameScreenerTest {

    static NameMatchingConfig config;
    static List<ListedEntity> entities;
    static NameScreener screener;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
        entities = ListLoader.load(Path.of("core/src/test/resources/lists/ofac-sdn-dprk-excerpt"), null, new ArrayList<>()).entities();
        screener = new NameScreener(entities, config);
    }

    static NameScreener.Hit best(String name, String entityId) {
        return screener.screen(name).stream().filter(h -> h.entry().entity().entityId().equals(entityId)).findFirst().orElse(null);
    }

    static double score(String name, String entityId) {
        NameScreener.Hit h = best(name, entityId);
        return h == null ? 0 : h.score();
    }

    @Test
    void mcCuneReischauerAndRevisedSpellingsMatch() {
        assertEquals(1.0, score("Choe Sok Min", "23001"));
        assertTrue(score("Choi Seok-min", "23001") >= 0.99, "equal once folded: a little below equal as written");
        assertEquals(1.0, score("Sim Hyon-sop", "42498"));
        assertEquals(1.0, score("Sim Hyonsop", "42498"), "given names joined");
        assertTrue(score("Han Jangsoo", "21749") >= 0.99, "Jangsoo / Jang Su");
        assertEquals(1.0, score("Li Jia Dong", "28264"), "Jia Dong / Jiadong");
        assertEquals(1.0, score("Hyok Ju", "23014"), "surname last, alias JU, Hyok");
        assertEquals(1.0, score("Kim Sang Man", "43377"));
    }

    @Test
    void legalFormsTyposTruncationAndExtraWords() {
        assertEquals("exact", best("Korea Mining Development Trading Co., Ltd.", "9345").method());
        assertTrue(score("Korea Kwangsong Banking Corp", "11581") >= config.alert(), "typo");
        assertTrue(score("FOREIGN TRADE BANK OF THE DEMOCRATI", "15603") >= config.alert(), "cut at 35 characters");
        assertTrue(score("Lazarus Group Pyongyang", "27307") >= config.alert(), "a city after the name");
    }

    @Test
    void genericWordsDoNotLiftInnocentNames() {
        assertEquals(0, score("Korea Exchange Bank", "15603"), "Korea Exchange Bank is not KOREA TRADE BANK");
        assertEquals(0, score("Korea Development Bank", "11581"));
        assertEquals(0, score("Korea Trade Insurance Corporation", "15603"));
        assertEquals(0, score("First Korea Trading Co.", "15603"));
    }

    @Test
    void knownDifferentNamesAndDifferentSyllablesAreNotTypos() {
        assertTrue(score("Henry Watson", "24918") < config.alert(), "Henry is not the listed Henny");
        assertTrue(score("David Anderson", "24918") < config.alert());
        assertEquals(0, score("Han Jung Su", "21749") >= config.review() ? 1 : 0, "Jung is not Jang");
        assertEquals(0, score("Kim Sang Min", "43377") >= config.alert() ? 1 : 0, "Min is not Man");
    }

    @Test
    void acronymsOnlyAsWholeWordsAndWeakAliasesNeedTheHigherBar() {
        NameScreener.Hit komid = best("KOMID", "9345");
        assertNotNull(komid);
        assertEquals("weak alias", komid.entry().nameType());
        assertNull(best("Komidex", "9345"));
        NameScreener.Hit zinc = best("Korea Zinc", "27307");
        assertTrue(zinc == null || zinc.score() < config.weakAlias(), "ZINC is a weak alias of LAZARUS GROUP; Korea Zinc is not it");
        assertEquals(1.0, score("KKBC", "11581"));
    }

    @Test
    void companiesAreNotPeopleAndVesselsAreNotParties() {
        assertNull(best("Kim Sang Man Trading Co., Ltd.", "43377"));
        assertNull(best("Yu Jong 2", "23736"), "vessels are screened by IMO, not as parties");
    }

    @Test
    void surnameMayMoveButGivenNamesKeepTheirOrder() {
        assertEquals(1.0, score("Sang Man Kim", "43377"), "surname last");
        double swapped = score("Kim Man Sang", "43377");
        assertTrue(swapped < config.alert() && swapped >= config.review(), "given names swapped: " + swapped);
        assertTrue(best("Kim Man Sang", "43377").detail().contains("another order"));
        assertTrue(WordOrder.rotation(new int[] {1, 2, 0}));
        assertTrue(WordOrder.rotation(new int[] {0, -1, 1, 2}));
        assertFalse(WordOrder.rotation(new int[] {0, 2, 1}));
    }

    @Test
    void truncationIsTheStartOfTheListedNameOnlyInAFullField() {
        assertEquals(0.97, score("FOREIGN TRADE BANK OF THE DEMOCRATI", "15603"), "35 characters: a full field");
        assertEquals(0.97, score("FOREIGN TRADE BANK OF THE DEMOCRAT", "15603"), "34: the cut fell after a space");
        assertTrue(score("FOREIGN TRADE BANK OF THE DEMOCRXTI", "15603") < 0.97, "a changed word is not a cut");
        assertEquals(0, score("Foreign Trade Bank", "15603"), "a short name is no cut field");
        assertEquals(0, screener.truncation(screener.prepare("FOREIGN TRADE BANK OF THE"),
                screener.prepare("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA")), "25 characters: not a full field");
    }

    @Test
    void cachedPerDistinctNameAndFewCandidates() {
        NameScreener s = new NameScreener(entities, config);
        s.screen("Choe Sok Min");
        s.screen("CHOE, SOK-MIN");
        s.screen("Choe Sok Min");
        assertEquals(1, s.namesScreened(), "the same normalised name is scored once");
        assertEquals(2, s.cacheHits());
        assertFalse(s.screen("Kim Sang Man").isEmpty());
        assertTrue(s.screen("Kim Sang Man Co., Ltd.").isEmpty(), "a company is cached apart from the person of the same words");
        assertTrue(s.candidatesScored() <= config.maxCandidates());
    }

    /** The letter-count bound never claims more edits than the distance with transpositions finds, and rules most different words out. */
    @Test
    void theLetterCountBoundNeverOverstatesTheEditDistance() {
        java.util.Random r = new java.util.Random(5);
        String letters = "aaabcdeeefghiiijklmnooopqrstuuuvwxyz\u00e9\u0130\u4e00-";
        int ruledOut = 0;
        for (int i = 0; i < 200_000; i++) {
            String x = word(r, letters);
            // y: x with a few random edits, or an unrelated word
            String y = r.nextBoolean() ? word(r, letters) : edit(x, r, letters, r.nextInt(4));
            int t = r.nextInt(5);
            if (WordSimilarity.moreEditsThan(x, y, t)) {
                ruledOut++;
                assertEquals(-1, EditDistance.within(x, y, t), x + " / " + y + " within " + t + " edits");
            }
        }
        assertTrue(ruledOut > 50_000, "the bound must rule many pairs out to be worth having: " + ruledOut);
    }

    private static String word(java.util.Random r, String letters) {
        StringBuilder b = new StringBuilder();
        for (int n = 1 + r.nextInt(10); n > 0; n--) {
            b.append(letters.charAt(r.nextInt(letters.length())));
        }
        return b.toString();
    }

    private static String edit(String x, java.util.Random r, String letters, int edits) {
        StringBuilder b = new StringBuilder(x);
        for (int e = 0; e < edits; e++) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length());
            switch (b.length() == 0 ? 0 : r.nextInt(3)) {
                case 0 -> b.insert(at, letters.charAt(r.nextInt(letters.length())));
                case 1 -> b.deleteCharAt(at);
                default -> b.setCharAt(at, letters.charAt(r.nextInt(letters.length())));
            }
        }
        return b.toString();
    }
}
