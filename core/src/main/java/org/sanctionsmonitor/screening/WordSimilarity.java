package org.sanctionsmonitor.screening;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.sanctionsmonitor.normalize.NameTokens;

/**
 * The similarity of two words (a feature of name matching): 1 when equal, {@link #FOLDED_EQUAL}
 * when equal only once folded, their Jaro–Winkler similarity (Commons Text) when it reaches the bar
 * for their length ({@code token.min_similarity}, stricter for short words) and they differ by at
 * most {@code token.max_edits} edits, else 0. Numbers and words of 1-2 letters must be equal; a
 * party word that is a known different name is not taken for a typo; the first letters must agree
 * unless the first two are swapped. The letter fold counts only between romanised Korean or Chinese
 * syllables (or words the reviewed tables make one); feminine and masculine forms of a name
 * (Ivanova / Ivanov) are different words.
 */
final class WordSimilarity {

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();

    /** The similarity of two words equal only once folded (a romanisation variant). */
    static final double FOLDED_EQUAL = 0.99;

    private final NameMatchingConfig config;

    WordSimilarity(NameMatchingConfig config) {
        this.config = config;
    }

    /** A word's first letter, or U+FFFF for the empty word (which only equals itself). */
    static char firstLetter(String folded) {
        return folded.isEmpty() ? '\uffff' : folded.charAt(0);
    }

    /** A word's second letter, or U+FFFE when it has none. */
    static char secondLetter(String folded) {
        return folded.length() < 2 ? '\ufffe' : folded.charAt(1);
    }

    /** The similarity of party word {@code a} and listed word {@code b}. */
    double of(NameToken a, NameToken b) {
        return of(a.text(), a.folded(), b.text(), b.folded(), a.number() || b.number(), a.known());
    }

    /**
     * Similarity of two folded words: 1 when equal, their Jaro–Winkler similarity when it reaches the
     * bar for their length, else 0. Numbers must be equal; so must words of 1-2 letters; a party
     * word that is a known different name (Henry, Anderson) is not taken for a typo.
     */
    double of(String fa, String fb, boolean number, boolean known) {
        return of(fa, fa, fb, fb, number, known);
    }

    /** The same, with the words as written too: a typo may be one edit as written and two once folded (madeemaze). */
    double of(String a, String fa, String b, String fb, boolean number, boolean known) {
        if (fa.equals(fb)) {
            // equal as written, or only once folded (Tang / Dang, Park / Pak): a fold must not let
            // another listed name written differently score as high as the one written alike
            if (a.equals(b) || !foldStrangers(a, b)) {
                return a.equals(b) ? 1.0 : FOLDED_EQUAL;
            }
            // the letter fold is for romanised Korean and Chinese syllables: between other words
            // (Kurt / Gold, Kurt / Kurd) it is no evidence, and the words are compared as written
            return Math.min(FOLDED_EQUAL, of(a, a, b, b, number, known));
        }
        if (genderedForms(fa, fb)) {
            return 0; // Daniela is not Daniel, Ivanova is not Ivanov: another person, not a typo
        }
        int la = fa.length();
        int lb = fb.length();
        if (lengthsRuleOut(la, lb, la > 0 && lb > 0 && fa.charAt(0) == fb.charAt(0), number, known)) {
            return 0;
        }
        if (fa.charAt(0) != fb.charAt(0) && !EditDistance.firstTwoSwapped(fa, fb)) {
            return 0; // Ryong is not Myong, Donghak is not Yonghak: typos rarely hit the first letter (a swap of the first two may)
        }
        boolean shortWord = Math.min(la, lb) <= config.shortLength();
        double bar = shortWord ? config.tokenMinShort() : config.tokenMin();
        // a typo is a letter or two; a different syllable (Sangmijun / Sangeun) is more. This bounded
        // edit count is cheaper than Jaro-Winkler, so it goes first.
        int edits = Math.max(la, lb) >= config.extraEditFromLength() ? config.maxEdits() + 1 : config.maxEdits();
        int t = edits;
        if ((moreEditsThan(fa, fb, t) || EditDistance.within(fa, fb, t) < 0)
                && (a == fa || moreEditsThan(a, b, t) || EditDistance.within(a, b, t) < 0)) {
            return 0;
        }
        // (after the cheaper bounds: it reads the tables and the syllable pattern)
        if (a.charAt(0) != b.charAt(0) && !EditDistance.firstTwoSwapped(a, b) && foldStrangers(a, b)) {
            // the fold made the first letters agree (r/l, b/p), but it is for romanised syllables: Radović is
            // not LALOVIC, Brankov is not PANKOV (Korean Ri / Li and the reviewed tables' Ryonbong / Yonbong still meet)
            return 0;
        }
        double s = JW.apply(fa, fb);
        if (s < bar && a != fa && !a.equals(fa)) {
            s = JW.apply(a, b); // a typo in a word whose canonical form differs (Traidng / trading / trade)
        }
        return s >= bar ? s : 0;
    }

    /**
     * True when two words that differ once folded, {@code la} and {@code lb} letters long (folded),
     * surely score 0 whatever their letters: numbers, known names and words of 1-2 letters must be
     * equal; short words (Yong / Yoon) must be as long as each other; and the lengths alone may keep
     * Jaro–Winkler below the bar ({@code sameFirst}: whether their first letters agree, which the
     * Winkler bonus needs). {@link #of} asks this first; the screener asks it before reading the
     * words at all (their lengths and first letters lie in flat arrays, the words elsewhere).
     */
    boolean lengthsRuleOut(int la, int lb, boolean sameFirst, boolean number, boolean known) {
        int min = Math.min(la, lb);
        if (number || known || min <= 2) {
            return true;
        }
        boolean shortWord = min <= config.shortLength();
        if (shortWord && la != lb) {
            return true; // Yong is not Yoon, Jang is not Jangg: short syllables only differ by a letter in place
        }
        double bar = shortWord ? config.tokenMinShort() : config.tokenMin();
        // an upper bound from the lengths alone spares most Jaro-Winkler computations
        double jaroMax = ((double) min / la + (double) min / lb + 1) / 3;
        double jwMax = sameFirst ? jaroMax + 0.4 * (1 - jaroMax) : jaroMax;
        return jwMax < bar;
    }

    /**
     * True when two words equal once folded are not both romanised Korean or Chinese syllables
     * ({@link NameTokens#syllabic}) and the reviewed tables do not make them one word either (Park
     * and Pak are one by name-equivalences.csv): then the fold alone made them equal.
     */
    private boolean foldStrangers(String a, String b) {
        String ca = config.canonical(a);
        String cb = config.canonical(b);
        return !ca.equals(cb) && !(NameTokens.syllabic(ca) && NameTokens.syllabic(cb));
    }

    /**
     * True when two words are the feminine and masculine forms of one name: they agree but for their
     * last two letters at most, and one ends in a where the other ends in o or a consonant other than
     * h (Daniela / Daniel, Ivanova / Ivanov, Aleksandra / Aleksandar, Antonia / Antonio). A typo in
     * the middle of a word is not this; Hamza / Hamzah (a / ah) and Nikola / Nikolay (y) are spellings of one name.
     */
    static boolean genderedForms(String x, String y) {
        if (x.length() < 4 || y.length() < 4) {
            return false;
        }
        boolean xa = x.charAt(x.length() - 1) == 'a';
        boolean ya = y.charAt(y.length() - 1) == 'a';
        if (xa == ya) {
            return false;
        }
        String other = xa ? y : x;
        char last = other.charAt(other.length() - 1);
        if (last == 'h' || last == 'y' || last == 'i' || last == 'e' || last == 'u') {
            return false;
        }
        int p = 0;
        while (p < x.length() && p < y.length() && x.charAt(p) == y.charAt(p)) {
            p++;
        }
        return x.length() - p <= 2 && y.length() - p <= 2;
    }

    /**
     * True when x and y surely differ by more than t edits, from their letters alone: an edit
     * changes the letter counts by at most 2 (a substitution takes one letter and adds another),
     * so half the difference of the counts is at most the edit distance. Most word pairs that
     * reach the Levenshtein check are different words, and this rules them out without it.
     * (Letters are counted by their low 6 bits; sharing a count only lowers the difference, so
     * the bound holds.)
     */
    static boolean moreEditsThan(String x, String y, int t) {
        if (Math.abs(x.length() - y.length()) > t) {
            return true;
        }
        int[] count = LETTER_COUNTS.get();
        for (int i = 0; i < x.length(); i++) {
            count[x.charAt(i) & 63]++;
        }
        for (int i = 0; i < y.length(); i++) {
            count[y.charAt(i) & 63]--;
        }
        int d = 0;
        for (int i = 0; i < x.length(); i++) {
            int k = x.charAt(i) & 63;
            d += Math.abs(count[k]);
            count[k] = 0;
        }
        for (int i = 0; i < y.length(); i++) {
            int k = y.charAt(i) & 63;
            d += Math.abs(count[k]);
            count[k] = 0;
        }
        return d > 2 * t;
    }

    private static final ThreadLocal<int[]> LETTER_COUNTS = ThreadLocal.withInitial(() -> new int[64]);

    /**
     * Two joined words against one word: they must be equal once folded. A letter off would be a
     * syllable off (Sang Min is not Sangman), which the per-word bars already refuse.
     */
    static double joined(String joined, String word) {
        return joined.equals(word) ? 1.0 : 0;
    }
}
