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
     *
     * Everything a lookup reads lies in two flat arrays, so that a key costs about two cache
     * misses rather than seven (the key's String, its bytes, the posting array's header, the
     * factor and the limit, each elsewhere in the heap). Per slot, two ints in `table`: the key's
     * hash and, plus one (0: an empty slot), where its record starts in `postings`: the posting
     * list's length, the key's weight as float bits, the key's length and its letters (one an
     * int), then the list itself.
     */
    private static final int SLOT = 2;
    private static final int P_COUNT = 0;
    private static final int P_WEIGHT = 1;
    private static final int P_KEY = 2;
    private final int[] table;
    private final int[] postings;
    private final int mask;
    private final int keyCount;

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
        int n = Math.max(1, names.size());
        int maxPosting = Math.max(MAX_POSTING, n / 20);
        // the keys whose posting lists propose candidates: a whole name always (its factor is 4),
        // another key when its list is at most maxPosting long (else it is left out of the table,
        // which a lookup treats as it did a key over its limit: no candidates)
        Map<String, List<Integer>> kept = new HashMap<>();
        int keptPostings = 0;
        for (Map.Entry<String, List<Integer>> k : keys.entrySet()) {
            if (k.getKey().startsWith("n:") || k.getValue().size() <= maxPosting) {
                kept.put(k.getKey(), k.getValue());
                keptPostings += P_KEY + 1 + k.getKey().length() + k.getValue().size();
            }
        }
        int slots = Integer.highestOneBit(Math.max(2, kept.size()) * 2 - 1) << 1;
        table = new int[slots * SLOT];
        postings = new int[keptPostings];
        mask = slots - 1;
        int at = 0;
        for (Map.Entry<String, List<Integer>> e : kept.entrySet()) {
            String k = e.getKey();
            List<Integer> post = e.getValue();
            int i = slot(k.hashCode());
            while (table[i * SLOT + 1] != 0) {
                i = (i + 1) & mask;
            }
            table[i * SLOT] = k.hashCode();
            table[i * SLOT + 1] = at + 1;
            postings[at + P_COUNT] = post.size();
            // the weight as the lookup computed it per key before (the same expression, so the same float)
            postings[at + P_WEIGHT] = Float.floatToRawIntBits((float) (Math.log(1.0 + (double) n / post.size()) * (k.startsWith("n:") ? 4 : 1)));
            postings[at + P_KEY] = k.length();
            at += P_KEY + 1;
            for (int c = 0; c < k.length(); c++) {
                postings[at++] = k.charAt(c);
            }
            for (int idx : post) {
                postings[at++] = idx;
            }
        }
        keyCount = keys.size();
    }

    private int slot(int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /** Where key k's record starts in {@link #postings}, or -1 (not a key, or one whose posting list is too long). */
    private int find(String k) {
        int hash = k.hashCode();
        for (int i = slot(hash); table[i * SLOT + 1] != 0; i = (i + 1) & mask) {
            int at = table[i * SLOT + 1] - 1;
            if (table[i * SLOT] == hash && sameKey(k, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Whether key k is the key of the record at {@code at} of {@link #postings}. */
    private boolean sameKey(String k, int at) {
        int length = postings[at + P_KEY];
        if (k.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (postings[at + P_KEY + 1 + i] != k.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The number of distinct keys. */
    int keyCount() {
        return keyCount;
    }

    /** Candidate entries by token blocking: the highest accumulated key weights, at most max_candidates, best first. */
    int[] candidates(PreparedName q, ScreeningScratch scratch) {
        float[] acc = scratch.acc;
        int[] touched = scratch.touched;
        int count = 0;
        float top = 0; // the best accumulated weight (weights only grow, so the largest value ever seen)
        for (String k : keys(q)) {
            int at = find(k);
            if (at < 0) {
                continue;
            }
            float w = Float.intBitsToFloat(postings[at + P_WEIGHT]);
            // without a branch per entry: whether an entry is new is a coin toss for the branch
            // predictor (the index is written anyway, and kept by counting it)
            for (int p = at + P_KEY + 1 + postings[at + P_KEY], end = p + postings[at + P_COUNT]; p < end; p++) {
                int idx = postings[p];
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
