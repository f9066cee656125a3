package org.sanctionsmonitor.screening;

import java.util.List;

/**
 * A person's name written without a middle name or patronymic ("Yuriy Shevchenko" for
 * "SHEVCHENKO, Yuriy Valeryevich"): when every word of the party name is found, the surname and the
 * first given name among them, and the only listed words missing are later given names of at
 * least {@code middle_name.min_length} letters, the score is the similarity of the words found,
 * lowered by {@code penalty.missing_middle_name} per missing word. Short later given names are
 * not optional: they are syllables of one given name (KIM, Jong Un; KIM, Sang Man). A feature of
 * name matching ({@link NameScorer}).
 */
final class MiddleNames {

    private MiddleNames() {
    }

    /**
     * The positions of the middle names that may be left out: given names after the first
     * ({@code givenStart} is the first given name's position, -1 when the name has no comma), of
     * at least {@code minLength} letters.
     */
    static long optional(List<NameToken> listed, int givenStart, int minLength) {
        if (givenStart <= 0) {
            return 0;
        }
        long mask = 0;
        for (int j = givenStart + 1; j < listed.size() && j < 64; j++) {
            if (listed.get(j).text().length() >= minLength && !listed.get(j).number()) {
                mask |= 1L << j;
            }
        }
        return mask;
    }

    /**
     * The score, or null when the rule does not apply. {@code cSim[j]} is the similarity with which
     * listed word j was found (0: missing); {@code extraWords} the party words not found.
     */
    static FeatureScore score(List<NameToken> listed, double[] cSim, int extraWords, long optional, double penalty) {
        if (optional == 0 || extraWords > 0) {
            return null;
        }
        int missing = 0;
        double found = 0;
        double weight = 0;
        for (int j = 0; j < listed.size(); j++) {
            if (cSim[j] > 0) {
                found += listed.get(j).weight() * cSim[j];
                weight += listed.get(j).weight();
            } else if ((optional & (1L << j)) != 0) {
                missing++;
            } else {
                return null; // a surname, the first given name or a short given name is missing
            }
        }
        if (missing == 0 || weight == 0) {
            return null;
        }
        double s = found / weight * (1 - penalty * missing);
        return new FeatureScore(s, missing + " middle name" + (missing > 1 ? "s" : "") + " left out");
    }
}
