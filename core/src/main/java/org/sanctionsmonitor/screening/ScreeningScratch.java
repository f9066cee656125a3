package org.sanctionsmonitor.screening;

import java.util.Arrays;
import java.util.List;

/**
 * Per-thread scratch space of the name screener: candidate accumulation ({@link CandidateIndex}),
 * and for the party name being screened its first letters and Bloom filters ({@link ScoreBound})
 * and a memo of word similarities (party word x listed word, each computed at most once per name).
 * Not thread-safe: one per thread.
 */
final class ScreeningScratch {

    final float[] acc;
    /*
     * The entries touched, and the sort keys of those at or above the floor. A name touches
     * each entry at most once, and the loops write one slot past the last counted, so one more
     * than the entries is always enough: sized once, no growth check in the hot loops.
     */
    final int[] touched;
    final long[] keys;
    final SmallestLongs best;
    /** Per candidate of the name being screened, its flags and what {@link ListedNames#touch} read of its first word. */
    final int[] candidateFlags;
    final int[] candidateTouched;
    private final ListedNames names;
    private final WordSimilarity similarity;
    private final int[] stamp;
    private final int[] base;
    private double[] memo = new double[256];
    private int used;
    private int epoch;
    private PreparedName q;
    /** First letters of the party words (folded), and one-word Bloom filters of its words and joined pairs. */
    final char[] first = new char[NamePreparer.MAX_TOKENS];
    final char[] second = new char[NamePreparer.MAX_TOKENS];
    final int[] hash = new int[NamePreparer.MAX_TOKENS];
    long wordBloom;
    long pairBloom;
    /** Whether the party name fills a field (the truncation rule's first condition), once per name. */
    boolean fieldFull;
    /** The party name's words as the truncation rule reads them, when it fills a field (else null). */
    Truncation.Words truncationWords;
    private final Truncation truncation;

    ScreeningScratch(ListedNames names, WordSimilarity similarity, Truncation truncation, int maxCandidates) {
        this.names = names;
        this.similarity = similarity;
        this.truncation = truncation;
        acc = new float[names.size()];
        touched = new int[names.size() + 1];
        keys = new long[names.size() + 1];
        best = new SmallestLongs(maxCandidates);
        candidateFlags = new int[Math.max(0, maxCandidates)];
        candidateTouched = new int[Math.max(0, maxCandidates)];
        stamp = new int[names.vocabulary];
        base = new int[names.vocabulary];
    }

    void start(PreparedName name) {
        q = name;
        fieldFull = truncation.fieldFull(name);
        truncationWords = fieldFull ? Truncation.words(name) : null;
        used = 0;
        wordBloom = 0;
        pairBloom = 0;
        List<NameToken> t = name.tokens();
        for (int i = 0; i < t.size(); i++) {
            first[i] = WordSimilarity.firstLetter(t.get(i).folded());
            second[i] = WordSimilarity.secondLetter(t.get(i).folded());
            hash[i] = t.get(i).folded().hashCode();
            wordBloom |= bloomBit(hash[i]);
        }
        for (String pair : name.pairFolded()) {
            pairBloom |= bloomBit(pair.hashCode());
        }
        if (++epoch == 0) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
    }

    static long bloomBit(int hash) {
        return 1L << (hash & 63);
    }

    /** {@link WordSimilarity} of party word {@code i} and listed word {@code id} of the vocabulary. */
    double sim(int i, int id) {
        int nq = q.tokens().size();
        int at;
        if (stamp[id] != epoch) {
            stamp[id] = epoch;
            at = used;
            base[id] = at;
            used += nq;
            if (used > memo.length) {
                memo = Arrays.copyOf(memo, Math.max(used, memo.length * 2));
            }
            Arrays.fill(memo, at, at + nq, -1);
        } else {
            at = base[id];
        }
        double v = memo[at + i];
        if (v < 0) {
            NameToken a = q.tokens().get(i);
            long shape = names.vocabularyShape[id];
            // most pairs differ once folded (their hashes do) and score 0 by their lengths alone:
            // known without reading the listed word's strings, which lie elsewhere in the heap
            int length = (int) (shape >>> 48) & ListedNames.LONG_WORD;
            if ((int) shape != hash[i] && length < ListedNames.LONG_WORD
                    && similarity.lengthsRuleOut(a.folded().length(), length, (char) (shape >>> 32) == first[i], a.number() || shape < 0, a.known())) {
                v = 0;
            } else {
                NameToken b = names.vocabularyToken[id];
                v = similarity.of(a.text(), a.folded(), b.text(), b.folded(), a.number() || b.number(), a.known());
            }
            memo[at + i] = v;
        }
        return v;
    }
}
