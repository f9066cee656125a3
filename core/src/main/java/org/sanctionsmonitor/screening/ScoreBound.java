package org.sanctionsmonitor.screening;

import static org.sanctionsmonitor.screening.ListedNames.FLAGS;
import static org.sanctionsmonitor.screening.ListedNames.HEADER;
import static org.sanctionsmonitor.screening.ListedNames.INDIVIDUAL;
import static org.sanctionsmonitor.screening.ListedNames.OPTIONAL;
import static org.sanctionsmonitor.screening.ListedNames.PER_WORD;
import static org.sanctionsmonitor.screening.ListedNames.W_HASH;
import static org.sanctionsmonitor.screening.ListedNames.W_ID;
import static org.sanctionsmonitor.screening.ListedNames.W_LETTERS;
import static org.sanctionsmonitor.screening.ListedNames.W_PAIR_NEXT;
import static org.sanctionsmonitor.screening.ListedNames.W_PAIR_PREVIOUS;
import static org.sanctionsmonitor.screening.ListedNames.W_POSITION;
import static org.sanctionsmonitor.screening.ListedNames.W_WEIGHT;
import static org.sanctionsmonitor.screening.ListedNames.WEIGHT;
import static org.sanctionsmonitor.screening.ListedNames.WORDS;

import java.util.List;

/**
 * A cheap upper bound of the score {@link NameScorer} gives, to prune candidates: false when the
 * score is surely below a threshold, so the candidate need not be scored. Each listed word counts
 * with its best similarity to any party word, or fully when two adjacent words may cover it joined;
 * scoring aligns words one to one and penalises extra words and reordering, which can only lower
 * that. A name cut short (the truncation rule) is checked separately.
 */
final class ScoreBound {

    /**
     * Slack for floating-point rounding: the bound sums in another order than the score, so it only
     * rules a candidate out when it is below the threshold by more than any rounding could make up.
     */
    private static final double BOUND_MARGIN = 1e-9;

    private final ListedNames names;
    private final NameMatchingConfig config;
    private final Truncation truncation;
    /**
     * Per listed name, its words as the truncation rule reads them, taken apart the first time a
     * party name that fills a field needs them (immutable, so a race only computes one twice).
     */
    private final Truncation.Words[] truncationWords;

    ScoreBound(ListedNames names, NameMatchingConfig config, Truncation truncation) {
        this.names = names;
        this.config = config;
        this.truncation = truncation;
        this.truncationWords = new Truncation.Words[names.size()];
    }

    /** The truncation rule's score of the party name the scratch space was started on against listed name idx. */
    private double truncationScore(int idx, ScreeningScratch s) {
        Truncation.Words c = truncationWords[idx];
        if (c == null) {
            c = Truncation.words(names.entry(idx).prepared());
            truncationWords[idx] = c;
        }
        return truncation.score(s.truncationWords, c);
    }

    /** Whether listed name {@code idx} may score at least {@code threshold} against q ({@code s} started on q). */
    boolean mayReach(PreparedName q, int idx, ScreeningScratch s, double threshold) {
        int[] layout = names.layout;
        int o = names.start[idx];
        int nc = layout[o + WORDS];
        if (q.legalForm() && (layout[o + FLAGS] & INDIVIDUAL) != 0 && config.companyAgainstPerson() == 0) {
            return false; // scored 0: a company is not a person (factor.company_against_person)
        }
        int nq = q.tokens().size();
        double total = Double.longBitsToDouble(((long) layout[o + WEIGHT] << 32) | (layout[o + WEIGHT + 1] & 0xFFFFFFFFL));
        // the weight no alignment can cover, distinctive words first: most candidates fail early
        double lost = 0;
        double mayLose = (1 - threshold + BOUND_MARGIN) * total;
        long optional = ((long) layout[o + OPTIONAL] << 32) | (layout[o + OPTIONAL + 1] & 0xFFFFFFFFL);
        for (int x = 0, w = o + HEADER; x < nc; x++, w += PER_WORD) {
            int j = layout[w + W_POSITION];
            int id = layout[w + W_ID];
            int letters = layout[w + W_LETTERS];
            char f = (char) (letters >>> 16);
            char second = (char) letters;
            double m = 0;
            for (int i = 0; i < nq && m < 1.0; i++) {
                if (s.first[i] == f || (s.second[i] == f && s.first[i] == second)) { // other first letters score 0 (WordSimilarity), unless the first two are swapped
                    m = Math.max(m, s.sim(i, id));
                }
            }
            if (m < 1.0 && joinedMayCover(q, idx, w, nc, j, id, s)) {
                m = 1.0;
            }
            if (m == 0 && (optional & (1L << j)) != 0) {
                continue; // a middle name the party name may leave out (MiddleNames)
            }
            lost += Double.longBitsToDouble(((long) layout[w + W_WEIGHT] << 32) | (layout[w + W_WEIGHT + 1] & 0xFFFFFFFFL)) * (1 - m);
            if (lost > mayLose) {
                // the truncation rule's cheap condition first (a name exactly as long as a field: rare)
                return s.fieldFull && truncationScore(idx, s) >= threshold;
            }
        }
        return true;
    }

    /**
     * Whether listed word j (vocabulary id {@code id}, laid out at {@code w}) of listed name idx may
     * be covered by a joined pair: two party words as it, or it and a neighbour as one party word.
     */
    private boolean joinedMayCover(PreparedName q, int idx, int w, int nc, int j, int id, ScreeningScratch s) {
        int[] layout = names.layout;
        if ((s.pairBloom & ScreeningScratch.bloomBit(layout[w + W_HASH])) != 0) {
            String word = names.vocabularyToken[id].folded();
            for (String pair : q.pairFolded()) {
                if (pair.equals(word)) {
                    return true;
                }
            }
        }
        return (j + 1 < nc && (s.wordBloom & ScreeningScratch.bloomBit(layout[w + W_PAIR_NEXT])) != 0
                && isPartyWord(q, s, layout[w + W_PAIR_NEXT], idx, j))
                || (j > 0 && (s.wordBloom & ScreeningScratch.bloomBit(layout[w + W_PAIR_PREVIOUS])) != 0
                && isPartyWord(q, s, layout[w + W_PAIR_PREVIOUS], idx, j - 1));
    }

    /**
     * Whether a word of q, folded, is listed name idx's adjacent words j and j + 1 joined (whose
     * hash is {@code hash}: most words differ by it). The joined words are read only when a hash
     * agrees: reaching them goes through the entry, its prepared name and its array, three objects
     * elsewhere in the heap, which cost more than the whole bound when read for every Bloom hit.
     */
    private boolean isPartyWord(PreparedName q, ScreeningScratch s, int hash, int idx, int j) {
        List<NameToken> t = q.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (s.hash[i] == hash && t.get(i).folded().equals(names.entry(idx).prepared().pairFolded()[j])) {
                return true;
            }
        }
        return false;
    }
}
