package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.evaluation.SyntheticNames;

/**
 * The flat layout of the listed names read back against the names themselves: per word in bound
 * order, its word and the hashes of the joined pairs it is part of; and the flags the screener
 * reads for its candidates in one loop ({@link ListedNames#touch}).
 */
class ListedNamesTest {

    private final NameMatchingConfig config = NameMatchingConfig.load(Path.of("rules"));
    private final ListedNames names = new ListedNames(SyntheticNames.list(2_000, 3), config, new NamePreparer(config));

    @Test
    void eachWordCarriesTheHashesOfTheJoinedPairsItIsPartOf() {
        int joined = 0;
        for (int idx = 0; idx < names.size(); idx++) {
            PreparedName p = names.entry(idx).prepared();
            int o = names.start[idx];
            int nc = names.layout[o + ListedNames.WORDS];
            assertEquals(p.tokens().size(), nc);
            for (int x = 0, w = o + ListedNames.HEADER; x < nc; x++, w += ListedNames.PER_WORD) {
                int j = names.layout[w + ListedNames.W_POSITION];
                int id = names.layout[w + ListedNames.W_ID];
                assertEquals(p.tokens().get(j).text(), names.vocabularyToken[id].text());
                assertEquals(id, names.wordId(o, nc, j));
                assertEquals(p.tokens().get(j).folded().hashCode(), names.layout[w + ListedNames.W_HASH]);
                assertEquals(j + 1 < nc ? p.pairFolded()[j].hashCode() : 0, names.layout[w + ListedNames.W_PAIR_NEXT]);
                assertEquals(j > 0 ? p.pairFolded()[j - 1].hashCode() : 0, names.layout[w + ListedNames.W_PAIR_PREVIOUS]);
                joined += j > 0 ? 1 : 0;
            }
        }
        assertTrue(joined > names.size(), "names of several words: " + joined + " words after another");
    }

    @Test
    void touchReadsEachCandidatesFlags() {
        int[] candidates = {names.size() - 1, 0, 7, names.size() / 2, 7};
        int[] flags = new int[candidates.length];
        int[] touched = new int[candidates.length];
        names.touch(candidates, flags, touched);
        for (int c = 0; c < candidates.length; c++) {
            assertEquals(names.flags(candidates[c]), flags[c]);
            assertEquals(names.layout[names.start[candidates[c]] + ListedNames.HEADER + ListedNames.PER_WORD - 1], touched[c]);
        }
    }

    @Test
    void theVocabularyShapeHoldsHashFirstLetterLengthAndNumber() {
        NameToken word = new NameToken("pyongyang", "pyongyang", 1.0, false, false);
        long shape = ListedNames.shape(word);
        assertEquals("pyongyang".hashCode(), (int) shape);
        assertEquals('p', (char) (shape >>> 32));
        assertEquals(9, (int) (shape >>> 48) & ListedNames.LONG_WORD);
        assertTrue(shape >= 0);
        assertTrue(ListedNames.shape(new NameToken("1999", "1999", 1.0, true, false)) < 0, "a number sets the top bit");
    }
}
