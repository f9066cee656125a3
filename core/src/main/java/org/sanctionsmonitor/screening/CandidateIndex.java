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

    /*
     * The posting lists by key, in an open-addressing table (linear probing, at most half full)
     * rather than a HashMap: HashMap.getNode's branches and type profile are shared with every
     * other map of the JVM, and a path first taken late there (a collision chain) made the JIT
     * throw this method's compiled code away. Here the probe loop is exercised from the start.
     */
    private final String[] slotKey;
    private final int[][] slotPosting;
    /**
     * Per slot, the key's weight factor (4 for the whole name, else 1) and the longest posting list
     * it may have to propose candidates (no limit for the whole name): decided when the index is
     * built rather than by a test of the key per lookup, whose rare outcome (a party name equal to
     * a listed one) the JIT first compiled without and then threw the compiled method away for.
     */
    private final double[] slotFactor;
    private final int[] slotLimit;
    private final int mask;
    private final int keyCount;
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
        int slots = Integer.highestOneBit(Math.max(2, keys.size()) * 2 - 1) << 1;
        slotKey = new String[slots];
        slotPosting = new int[slots][];
        slotFactor = new double[slots];
        slotLimit = new int[slots];
        mask = slots - 1;
        int maxPosting = Math.max(MAX_POSTING, Math.max(1, names.size()) / 20);
        keys.forEach((k, l) -> {
            int i = slot(k);
            while (slotKey[i] != null) {
                i = (i + 1) & mask;
            }
            slotKey[i] = k;
            slotPosting[i] = l.stream().mapToInt(Integer::intValue).toArray();
            boolean whole = k.startsWith("n:");
            slotFactor[i] = whole ? 4 : 1;
            slotLimit[i] = whole ? Integer.MAX_VALUE : maxPosting;
        });
        keyCount = keys.size();
        size = names.size();
    }

    private int slot(String k) {
        int h = k.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /** The slot of key k, or -1. */
    private int find(String k) {
        for (int i = slot(k); slotKey[i] != null; i = (i + 1) & mask) {
            if (slotKey[i].equals(k)) {
                return i;
            }
        }
        return -1;
    }

    /** The number of distinct keys. */
    int keyCount() {
        return keyCount;
    }

    /** Candidate entries by token blocking: the highest accumulated key weights, at most max_candidates, best first. */
    int[] candidates(PreparedName q, ScreeningScratch scratch) {
        float[] acc = scratch.acc;
        int n = Math.max(1, size);
        int[] touched = scratch.touched;
        int count = 0;
        float top = 0; // the best accumulated weight (weights only grow, so the largest value ever seen)
        for (String k : keys(q)) {
            int slot = find(k);
            if (slot < 0 || slotPosting[slot].length > slotLimit[slot]) {
                continue;
            }
            int[] post = slotPosting[slot];
            float w = (float) (Math.log(1.0 + (double) n / post.length) * slotFactor[slot]);
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

    /**
     * Blocking keys of a name: whole name, each word, its 3-letter ends, adjacent words joined;
     * each once, in the order first met (the weights add up in this order). Without a stream's
     * distinct(): its pipeline classes are shared with every stream of the JVM, and their
     * polluted type profiles threw the compiled screening code away.
     */
    static List<String> keys(PreparedName p) {
        List<String> k = new ArrayList<>();
        List<NameToken> t = p.tokens();
        StringBuilder whole = new StringBuilder();
        for (NameToken x : t) {
            whole.append(x.folded());
        }
        addNew(k, "n:" + whole);
        for (int i = 0; i < t.size(); i++) {
            String f = t.get(i).folded();
            addNew(k, "t:" + f);
            if (f.length() >= 5 && !t.get(i).number()) {
                addNew(k, "p:" + f.substring(0, 3));
                addNew(k, "s:" + f.substring(f.length() - 3));
            }
            if (i + 1 < t.size()) {
                addNew(k, "t:" + p.pairFolded()[i]);
            }
        }
        return k;
    }

    private static void addNew(List<String> keys, String key) {
        if (!keys.contains(key)) {
            keys.add(key);
        }
    }
}
