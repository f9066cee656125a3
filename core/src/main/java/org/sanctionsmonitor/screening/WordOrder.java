package org.sanctionsmonitor.screening;

/**
 * Word order (a feature of name matching): the listed words found, read in the party name's order,
 * must keep the listed order up to one rotation, or the score is lowered by
 * {@code penalty.word_order}.
 */
final class WordOrder {

    static final String EXPLANATION = "words in another order";

    private WordOrder() {
    }

    /**
     * True when the listed words found, read in the party name's order, keep the listed order up
     * to one rotation: "Sang Man Kim" for "KIM, Sang Man" (the surname moved) keeps it, "Kim Man
     * Sang" does not (Korean given-name syllables in another order are another name).
     * {@code qToC[i]} is the listed word party word i was aligned with (-1: none).
     */
    static boolean rotation(int[] qToC) {
        int descents = 0;
        int first = -1;
        int prev = -1;
        for (int c : qToC) {
            if (c < 0) {
                continue;
            }
            if (first < 0) {
                first = c;
            } else if (c < prev) {
                descents++;
            }
            prev = c;
        }
        return descents == 0 || (descents == 1 && prev < first);
    }

    /** The factor the score is multiplied by, with its explanation (empty when the order is kept). */
    static FeatureScore feature(int[] qToC, double penalty) {
        return rotation(qToC) ? new FeatureScore(1.0, "") : new FeatureScore(1 - penalty, EXPLANATION);
    }
}
