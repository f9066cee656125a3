package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate generation by token blocking: every word of a listed name (by its
 * romanisation-neutral fold), its first and last three letters, every two adjacent words joined
 * (Jia Dong / Jiadong) and the whole name are keys; a party name's candidates are the listed names
 * sharing the rarest keys, at most {@code index.max_candidates}, by the accumulated weight of the
 * keys they share. Single short listed words (acronyms: KOMID) are keyed only by the whole word.
 */
final class CandidateIndex {

    /** Single-word keys shared by more listed names than this (and more than 5%) propose no candidates. */
    private static final int MAX_POSTING = 2_000;
    /** Candidates whose shared-key weight is below this share of the best candidate's are not scored. */
    private static final float MIN_SHARE = 0.2f;

    private final Map<String, int[]> postings;
    private final int size;

    CandidateIndex(ListedNames names) {
        Map<String, List<Integer>> keys = new HashMap<>();
        for (int idx = 0; idx < names.size(); idx++) {
            NameScreener.Entry x = names.entry(idx);
            PreparedName p = x.prepared();
            for (String k : x.acronym() ? List.of("t:" + p.tokens().get(0).folded()) : keys(p)) {
                List<Integer> l = keys.computeIfAbsent(k, y -> new ArrayList<>());
                if (l.isEmpty() || l.get(l.size() - 1) != idx) {
                    l.add(idx);
                }
            }
        }
        postings = new HashMap<>(keys.size() * 2);
        keys.forEach((k, l) -> postings.put(k, l.stream().mapToInt(Integer::intValue).toArray()));
        size = names.size();
    }

    /** The number of distinct keys. */
    int keyCount() {
        return postings.size();
    }

    /** Candidate entries by token blocking: the highest accumulated key weights, at most max_candidates, best first. */
    int[] candidates(PreparedName q, ScreeningScratch scratch) {
        float[] acc = scratch.acc;
        int n = Math.max(1, size);
        int maxPosting = Math.max(MAX_POSTING, n / 20);
        int[] touched = scratch.touched;
        int count = 0;
        float top = 0; // the best accumulated weight (weights only grow, so the largest value ever seen)
        for (String k : keys(q)) {
            int[] post = postings.get(k);
            if (post == null || (post.length > maxPosting && !k.startsWith("n:"))) {
                continue;
            }
            float w = (float) (Math.log(1.0 + (double) n / post.length) * (k.startsWith("n:") ? 4 : 1));
            // without a branch per entry: whether an entry is new is a coin toss for the branch
            // predictor (the index is written anyway, and kept by counting it)
            for (int idx : post) {
                float before = acc[idx];
                touched[count] = idx;
                count += before == 0 ? 1 : 0;
                float v = before + w;
                acc[idx] = v;
                top = v > top ? v : top;
            }
        }
        // candidates sharing less than a fifth of the best candidate's key weight share only minor
        // words: not scored (left out before ranking, which gives the same result as cutting after)
        float floor = top * MIN_SHARE;
        // only the best max_candidates are needed, in order: first the entries at or above the
        // floor, as sort keys, again without a branch per entry (about half pass); then they go
        // through a bounded heap (keys are unique, so the result is exactly the start of a full sort)
        long[] keys = scratch.keys;
        int passing = 0;
        for (int i = 0; i < count; i++) {
            int idx = touched[i];
            float a = acc[idx];
            acc[idx] = 0;
            // sort key: higher weight first, then lower index (float bits of a positive float order like the float)
            keys[passing] = ((long) (Integer.MAX_VALUE - Float.floatToIntBits(a)) << 32) | idx;
            passing += a >= floor ? 1 : 0;
        }
        SmallestLongs best = scratch.best;
        best.clear();
        for (int i = 0; i < passing; i++) {
            best.offer(keys[i]);
        }
        long[] ranked = best.sorted();
        int[] out = new int[ranked.length];
        for (int i = 0; i < ranked.length; i++) {
            out[i] = (int) (ranked[i] & 0xFFFFFFFFL);
        }
        return out;
    }

    /** Blocking keys of a name: whole name, each word, its 3-letter ends, adjacent words joined. */
    static List<String> keys(PreparedName p) {
        List<String> k = new ArrayList<>();
        List<NameToken> t = p.tokens();
        StringBuilder whole = new StringBuilder();
        for (NameToken x : t) {
            whole.append(x.folded());
        }
        k.add("n:" + whole);
        for (int i = 0; i < t.size(); i++) {
            String f = t.get(i).folded();
            k.add("t:" + f);
            if (f.length() >= 5 && !t.get(i).number()) {
                k.add("p:" + f.substring(0, 3));
                k.add("s:" + f.substring(f.length() - 3));
            }
            if (i + 1 < t.size()) {
                k.add("t:" + p.pairFolded()[i]);
            }
        }
        return k.stream().distinct().toList();
    }
}
