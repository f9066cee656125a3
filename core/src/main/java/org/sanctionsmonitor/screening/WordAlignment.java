package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The word alignment (a feature of name matching): the words of a party name and of a listed name
 * paired one to one, order-free, greedily by similarity ({@link WordSimilarity}), also two adjacent
 * words against one joined word, both ways (Jia Dong / Jiadong, Hyon Sop / Hyonsop). Gives per word
 * the similarity with which it was found (0: not found), which listed word each party word went to,
 * and the pairs as explanation ("kim=kim, sang~sangg 0.93").
 */
final class WordAlignment {

    /** Per party word: the similarity with which it was found (0: an extra word). */
    final double[] qSim;
    /** Per listed word: the similarity with which it was found (0: missing). */
    final double[] cSim;
    /** Per party word: the first listed word of its pair, -1 when it found none. */
    final int[] qToC;
    /** The party words and the listed words paired, as bit sets. */
    long qUsed;
    long cUsed;
    /** The pairs, as explanation (null unless asked for). */
    final List<String> labels;

    private WordAlignment(int nq, int nc, boolean withDetail) {
        qSim = new double[nq];
        cSim = new double[nc];
        qToC = new int[nq];
        Arrays.fill(qToC, -1);
        labels = withDetail ? new ArrayList<>() : null;
    }

    /** Similarity of party word i and listed word j. */
    interface Similarity {
        double of(int i, int j);
    }

    /** Aligns party name q with listed name c; {@code sim} gives the similarity of two words. */
    static WordAlignment align(PreparedName q, PreparedName c, Similarity wordSim, boolean withDetail) {
        List<NameToken> qt = q.tokens();
        List<NameToken> ct = c.tokens();
        int nq = qt.size();
        int nc = ct.size();
        int cap = nq * nc + Math.max(0, nq - 1) * nc + nq * Math.max(0, nc - 1);
        long[] qm = new long[cap];
        long[] cm = new long[cap];
        double[] sim = new double[cap];
        int links = 0;
        for (int i = 0; i < nq; i++) {
            for (int j = 0; j < nc; j++) {
                double v = wordSim.of(i, j);
                if (v > 0) {
                    qm[links] = 1L << i;
                    cm[links] = 1L << j;
                    sim[links++] = v;
                }
            }
        }
        // two adjacent words against one joined word, both ways (Jia Dong / Jiadong, Hyon Sop / Hyonsop)
        for (int i = 0; i + 1 < nq; i++) {
            for (int j = 0; j < nc; j++) {
                NameToken b = ct.get(j);
                double v = b.number() ? 0 : WordSimilarity.joined(q.pairFolded()[i], b.folded());
                if (v > 0) {
                    qm[links] = 3L << i;
                    cm[links] = 1L << j;
                    sim[links++] = v;
                }
            }
        }
        for (int j = 0; j + 1 < nc; j++) {
            for (int i = 0; i < nq; i++) {
                NameToken a = qt.get(i);
                double v = a.number() ? 0 : WordSimilarity.joined(a.folded(), c.pairFolded()[j]);
                if (v > 0) {
                    qm[links] = 1L << i;
                    cm[links] = 3L << j;
                    sim[links++] = v;
                }
            }
        }
        // greedy one-to-one alignment: best similarity first, then links covering more words, then creation order
        int[] order = new int[links];
        for (int x = 0; x < links; x++) {
            int y = x;
            while (y > 0 && before(x, order[y - 1], sim, qm, cm)) {
                order[y] = order[y - 1];
                y--;
            }
            order[y] = x;
        }
        WordAlignment a = new WordAlignment(nq, nc, withDetail);
        for (int o = 0; o < links; o++) {
            int l = order[o];
            if ((qm[l] & a.qUsed) != 0 || (cm[l] & a.cUsed) != 0) {
                continue;
            }
            a.qUsed |= qm[l];
            a.cUsed |= cm[l];
            int firstC = Long.numberOfTrailingZeros(cm[l]);
            a.qToC[Long.numberOfTrailingZeros(qm[l])] = firstC;
            StringBuilder qs = withDetail ? new StringBuilder() : null;
            StringBuilder cs = withDetail ? new StringBuilder() : null;
            for (int i = 0; i < nq; i++) {
                if ((qm[l] & (1L << i)) != 0) {
                    a.qSim[i] = sim[l];
                    if (qs != null) {
                        qs.append(qs.length() == 0 ? "" : " ").append(qt.get(i).text());
                    }
                }
            }
            for (int j = 0; j < nc; j++) {
                if ((cm[l] & (1L << j)) != 0) {
                    a.cSim[j] = sim[l];
                    if (cs != null) {
                        cs.append(cs.length() == 0 ? "" : " ").append(ct.get(j).text());
                    }
                }
            }
            if (a.labels != null) {
                a.labels.add(sim[l] >= 1.0 ? qs + "=" + cs : qs + "~" + cs + " " + NameScorer.fmt(sim[l]));
            }
        }
        return a;
    }

    private static boolean before(int x, int y, double[] sim, long[] qm, long[] cm) {
        if (sim[x] != sim[y]) {
            return sim[x] > sim[y];
        }
        int wx = Long.bitCount(qm[x]) + Long.bitCount(cm[x]);
        int wy = Long.bitCount(qm[y]) + Long.bitCount(cm[y]);
        if (wx != wy) {
            return wx > wy;
        }
        return x < y;
    }

    /** The party words not found. */
    int extraWords() {
        return qSim.length - Long.bitCount(qUsed);
    }

    /** The listed words not found. */
    int missingWords() {
        return cSim.length - Long.bitCount(cUsed);
    }
}
