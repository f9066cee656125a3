package org.sanctionsmonitor.screening;

import java.util.List;

import org.sanctionsmonitor.normalize.NameTokens;

/**
 * The truncation rule (a feature of name matching): a party name that is the listed name cut short
 * by a full field scores {@code truncation.factor}. It applies only where the party name is as
 * long as a field that cuts names ({@code truncation.field_lengths}, or one less: the cut fell
 * after a space), every word as written but the last equals the listed word in the same place,
 * and the last is the start of the next listed word; long enough by {@code truncation.min_chars}
 * and {@code truncation.min_ratio}.
 */
final class Truncation {

    static final String EXPLANATION = "the name is the start of the listed name, cut short";

    private final NameMatchingConfig config;
    /** truncation.field_lengths, unboxed: the bound asks for every candidate it rules out. */
    private final int[] fieldLengths;

    Truncation(NameMatchingConfig config) {
        this.config = config;
        this.fieldLengths = config.truncationFieldLengths().stream().mapToInt(Integer::intValue).toArray();
    }

    /** The score of party name q as listed name c cut short, or 0. */
    double score(PreparedName q, PreparedName c) {
        return fieldFull(q) ? score(words(q), words(c)) : 0;
    }

    /**
     * The same for a party name that fills a field ({@link #fieldFull}), from both names' words
     * taken apart once: the bound asks for the rule for many candidates of such a name, and
     * folding the words anew per candidate (new strings each time) was an eighth of its cost.
     */
    double score(Words q, Words c) {
        List<String> qw = q.raw;
        List<String> cw = c.raw;
        if (!lengthsAllow(q.length, c.length, qw.size(), cw.size())) {
            return 0;
        }
        int last = qw.size() - 1;
        if (last < 0 || last >= cw.size()) {
            return 0;
        }
        for (int i = 0; i < last; i++) {
            if (!q.folded[i].equals(c.folded[i])) {
                return 0;
            }
        }
        return cw.get(last).startsWith(qw.get(last)) && !cw.get(last).equals(qw.get(last)) ? config.truncationFactor() : 0;
    }

    /** A name's words as the rule reads them: as written (before legal forms and stop words were dropped), folded, and their length joined by spaces. */
    static final class Words {
        final List<String> raw;
        final String[] folded;
        final int length;

        private Words(List<String> raw) {
            this.raw = raw;
            folded = new String[raw.size()];
            for (int i = 0; i < folded.length; i++) {
                folded[i] = NameTokens.fold(raw.get(i));
            }
            length = joinedLength(raw);
        }
    }

    /** The words of name p as the rule reads them. */
    static Words words(PreparedName p) {
        return new Words(p.raw());
    }

    /** The length of the words joined by single spaces, without joining them. */
    private static int joinedLength(List<String> words) {
        int n = Math.max(0, words.size() - 1);
        for (int i = 0; i < words.size(); i++) {
            n += words.get(i).length();
        }
        return n;
    }

    /** The score with its explanation. */
    FeatureScore feature(PreparedName q, PreparedName c) {
        double s = score(q, c);
        return new FeatureScore(s, s > 0 ? EXPLANATION : "");
    }

    /** Whether the party name fills a field of a known maximum length (or one less): the rule's cheap first condition. */
    boolean fieldFull(PreparedName q) {
        for (int l : fieldLengths) {
            if (q.written() == l || q.written() == l - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The length conditions of the truncation rule: the party name (n characters, nq words) long
     * enough by truncation.min_chars and truncation.min_ratio, shorter than the listed name, and
     * with no more words.
     */
    private boolean lengthsAllow(int n, int listedLength, int nq, int nc) {
        return n >= config.truncationMinChars() && n < listedLength && n >= config.truncationMinRatio() * listedLength
                && nq <= nc;
    }
}
