package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.NameTokens;
import org.sanctionsmonitor.normalize.Transliteration;

/**
 * Fuzzy name screening over every listed name, strong alias and weak alias of the loaded lists.
 *
 * <p>Mechanics (the thresholds, weights and word lists come from {@link NameMatchingConfig}):
 * <ol>
 * <li>Both names are taken apart into words ({@link NameTokens}); legal-form words and stop words
 * are dropped; generic words (KOREA, BANK, TRADE, ...) weigh {@code weight.generic}, others 1.</li>
 * <li>Token blocking proposes candidates: every word (by its romanisation-neutral fold), its first
 * and last three letters, and every two adjacent words joined (Jia Dong / Jiadong) are keys; the
 * candidates sharing the rarest keys are scored, at most {@code index.max_candidates} per name.</li>
 * <li>Scoring aligns words one to one, order-free (surname first or last), greedily by
 * Jaro–Winkler similarity (Commons Text), also pairing two adjacent words with one joined word;
 * a pair of words counts only above {@code token.min_similarity} (stricter for short words, and
 * 1-2 letter words and numbers must be equal). The score is the weighted share of the listed
 * name's words found, lowered by {@code penalty.extra_words} for words of the party name the
 * listed name lacks. A party name cut short matches the start of a listed name (truncation).
 * Single short listed words (acronyms: KOMID) match only as a whole, equal word.</li>
 * <li>Results are cached per distinct party name.</li>
 * </ol>
 * Thread-safe after construction (the cache is synchronised).
 */
public final class NameScreener {

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    /** Single-word keys shared by more listed names than this (and more than 5%) propose no candidates. */
    private static final int MAX_POSTING = 2_000;
    private static final int MAX_TOKENS = 30;
    /** Candidates whose shared-key weight is below this share of the best candidate's are not scored. */
    private static final float MIN_SHARE = 0.2f;

    /** A word of a name: as written (lower case), folded, its weight, and whether it is a number. */
    record Token(String text, String folded, double weight, boolean number, boolean known) {
    }

    /** A name taken apart for scoring. */
    record Prepared(List<Token> tokens, String[] pairFolded, String spaced, double totalWeight, boolean legalForm, int givenStart,
            int written, List<String> raw) {
    }

    /** One listed name (name, alias or weak alias) of one entry. */
    public record Entry(ListedEntity entity, String listedName, String nameType, Prepared prepared, boolean acronym) {
    }

    /** A listed name scored against a party name. */
    /**
     * A listed name scored against a party name: the score, how it was found, the explanation,
     * and how many distinctive words of the listed name (not generic words or places) were found.
     */
    public record Hit(Entry entry, double score, String method, String detail, int distinctive) {
    }

    private final NameMatchingConfig config;
    /** Arabic-script names read by the consonants of this list's Latin spellings. */
    private final ArabicSkeletons arabic;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, int[]> postings;
    /*
     * What the bound (mayReach) reads for each candidate, in flat arrays rather than through the
     * Entry objects, whose strings lie all over the heap: the bound looks at a hundred candidates
     * per party name, and chasing those pointers cost more than the arithmetic.
     *
     * Listed words are numbered by their written form (the vocabulary); by that id: the word, its
     * first letter (folded), its weight and the hash of its folded form. Per listed name idx,
     * layout[start[idx]..], together so that a candidate costs one or two cache lines: the number of
     * words nc, the flags, the length of the name as scored (spaced), its total weight (as two ints),
     * the word positions heaviest first (the order the bound checks them), the word ids by
     * position, and the hashes of adjacent words joined.
     */
    private final int vocabulary;
    private final Token[] vocabularyToken;
    private final char[] firstLetter;
    private final char[] secondLetter;
    private final double[] weightOf;
    private final int[] foldedHash;
    private final int[] start;
    private final int[] layout;
    /** Per listed name: the positions of middle names a party name may leave out (MiddleNames). */
    private final long[] optionalMiddle;
    /** Offsets in a listed name's layout: word count, flags, spaced length, total weight (2 ints); then the words. */
    private static final int WORDS = 0;
    private static final int FLAGS = 1;
    private static final int SPACED_LENGTH = 2;
    private static final int WEIGHT = 3;
    private static final int HEADER = 5;
    private static final int ACRONYM = 1;
    private static final int WEAK = 2;
    private static final int INDIVIDUAL = 4;
    private final Map<String, List<Hit>> cache;
    /** Results by the party name as written (filled up to cache.max_names; results never depend on it). */
    private final Map<String, List<Hit>> verbatim = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong screened = new AtomicLong();
    private final AtomicLong candidatesScored = new AtomicLong();
    private final AtomicLong candidatesFullyScored = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();

    public NameScreener(List<ListedEntity> entities, NameMatchingConfig config) {
        this.config = config;
        this.arabic = new ArabicSkeletons(entities);
        Map<String, List<Integer>> keys = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        for (ListedEntity e : entities) {
            if ("vessel".equals(e.type()) || "aircraft".equals(e.type()) || "wallet".equals(e.type())) {
                continue; // party names are people and organisations; vessels are screened by IMO
            }
            Map<String, String> names = new LinkedHashMap<>();
            names.put(e.name(), "name");
            e.aliases().forEach(a -> names.putIfAbsent(a, "alias"));
            e.weakAliases().forEach(a -> names.putIfAbsent(a, "weak alias"));
            List<String> seen = new ArrayList<>();
            names.forEach((n, type) -> {
                Prepared p = prepare(n);
                if (p.tokens().isEmpty() || seen.contains(p.spaced())) {
                    return; // the same name twice (after normalisation): keep the strongest type
                }
                seen.add(p.spaced());
                boolean acronym = p.tokens().size() == 1 && !p.tokens().get(0).number()
                        && p.tokens().get(0).text().length() <= config.acronymMaxLength();
                int idx = entries.size();
                entries.add(new Entry(e, n, type, p, acronym));
                for (String k : acronym ? List.of("t:" + p.tokens().get(0).folded()) : keys(p)) {
                    List<Integer> l = keys.computeIfAbsent(k, x -> new ArrayList<>());
                    if (l.isEmpty() || l.get(l.size() - 1) != idx) {
                        l.add(idx);
                    }
                }
            });
        }
        List<Token> vocab = new ArrayList<>();
        int[][] ids = new int[entries.size()][];
        for (int idx = 0; idx < entries.size(); idx++) {
            List<Token> t = entries.get(idx).prepared().tokens();
            ids[idx] = new int[t.size()];
            for (int i = 0; i < t.size(); i++) {
                Token tok = t.get(i);
                ids[idx][i] = words.computeIfAbsent(tok.text(), w -> {
                    vocab.add(tok);
                    return vocab.size() - 1;
                });
            }
        }
        vocabulary = vocab.size();
        vocabularyToken = vocab.toArray(new Token[0]);
        firstLetter = new char[vocabulary];
        secondLetter = new char[vocabulary];
        weightOf = new double[vocabulary];
        foldedHash = new int[vocabulary];
        for (int id = 0; id < vocabulary; id++) {
            firstLetter[id] = firstLetter(vocabularyToken[id].folded());
            secondLetter[id] = secondLetter(vocabularyToken[id].folded());
            weightOf[id] = vocabularyToken[id].weight();
            foldedHash[id] = vocabularyToken[id].folded().hashCode();
        }
        optionalMiddle = new long[entries.size()];
        for (int idx = 0; idx < entries.size(); idx++) {
            Entry x = entries.get(idx);
            optionalMiddle[idx] = "individual".equals(x.entity().type())
                    ? MiddleNames.optional(x.prepared().tokens(), x.prepared().givenStart(), config.middleNameMinLength()) : 0;
        }
        start = new int[entries.size()];
        int size = 0;
        for (int[] x : ids) {
            size += HEADER + 3 * x.length;
        }
        layout = new int[size];
        int at = 0;
        for (int idx = 0; idx < entries.size(); idx++) {
            Entry x = entries.get(idx);
            Prepared p = x.prepared();
            int nc = ids[idx].length;
            start[idx] = at;
            long tw = Double.doubleToRawLongBits(p.totalWeight());
            layout[at++] = nc;
            layout[at++] = (x.acronym() ? ACRONYM : 0) | ("weak alias".equals(x.nameType()) ? WEAK : 0)
                    | ("individual".equals(x.entity().type()) ? INDIVIDUAL : 0);
            layout[at++] = p.spaced().length();
            layout[at++] = (int) (tw >>> 32);
            layout[at++] = (int) tw;
            for (int j : boundOrder(p)) {
                layout[at++] = j;
            }
            for (int id : ids[idx]) {
                layout[at++] = id;
            }
            for (int j = 0; j < nc; j++) {
                layout[at++] = j < p.pairFolded().length ? p.pairFolded()[j].hashCode() : 0;
            }
        }
        postings = new HashMap<>(keys.size() * 2);
        keys.forEach((k, l) -> postings.put(k, l.stream().mapToInt(Integer::intValue).toArray()));
        int max = config.cacheMaxNames();
        cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Hit>> eldest) {
                return size() > max;
            }
        });
    }

    /** Word positions by weight, heaviest (most distinctive) first, then in order: the order the bound checks them. */
    private static int[] boundOrder(Prepared p) {
        List<Token> t = p.tokens();
        return java.util.stream.IntStream.range(0, t.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -t.get(i).weight()).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    public NameMatchingConfig config() {
        return config;
    }

    /** Listed names indexed (vessels and aircraft are left out). */
    public int size() {
        return entries.size();
    }

    /** Distinct party names scored (cache misses). */
    public long namesScreened() {
        return screened.get();
    }

    /** Listed names proposed by the index (and looked at by the bound) in total, over all distinct party names. */
    public long candidatesScored() {
        return candidatesScored.get();
    }

    /** Of those, the listed names the bound let through to full scoring. */
    public long candidatesFullyScored() {
        return candidatesFullyScored.get();
    }

    public long cacheHits() {
        return cacheHits.get();
    }

    /**
     * The listed entries a party name may be, best first: per entry its best-scoring name, kept
     * when a strong name scores at least {@code threshold.review} or a weak alias at least
     * {@code threshold.weak_alias}; at most {@code index.max_matches}.
     */
    public List<Hit> screen(String partyName) {
        // party names repeat verbatim (the same counterparty in many records): that lookup spares
        // taking the name apart and the shared, locked cache below
        if (partyName == null) {
            return List.of();
        }
        List<Hit> seen = verbatim.get(partyName);
        if (seen != null) {
            cacheHits.incrementAndGet();
            return seen;
        }
        List<Hit> result = screenPrepared(partyName);
        if (verbatim.size() < config.cacheMaxNames()) {
            verbatim.putIfAbsent(partyName, result);
        }
        return result;
    }

    /**
     * A name in another script is screened as written (lists give names in Hangul, Han, Cyrillic)
     * and in each of its Latin readings ({@link Transliteration}); per entry the best hit is kept,
     * and a hit found through a reading says which.
     */
    private List<Hit> screenPrepared(String partyName) {
        // an Arabic word the reviewed table does not hold is read as the list spells its consonants
        List<Transliteration.Reading> readings = config.transliteration().readings(partyName, arabic::spell);
        if (readings.isEmpty()) {
            return screenOne(partyName);
        }
        Map<ListedEntity, Hit> best = new IdentityHashMap<>();
        for (Hit h : screenOne(partyName)) {
            best.merge(h.entry().entity(), h, (a, b) -> better(a, b) ? a : b);
        }
        for (Transliteration.Reading r : readings) {
            for (Hit h : screenOne(r.text())) {
                Hit read = new Hit(h.entry(), h.score(), "transliterated",
                        "read as '" + r.text() + "' (" + r.how() + "); " + (h.detail() == null ? "" : h.detail()), h.distinctive());
                best.merge(h.entry().entity(), read, (a, b) -> better(a, b) ? a : b);
            }
        }
        List<Hit> out = new ArrayList<>(best.values());
        out.sort(BEST_FIRST);
        return List.copyOf(out.size() > config.maxMatches() ? out.subList(0, config.maxMatches()) : out);
    }

    private List<Hit> screenOne(String partyName) {
        Prepared q = prepare(partyName);
        if (q.tokens().isEmpty()) {
            return List.of();
        }
        // the key is the normalised name, and whether a legal form made it a company
        String key = (q.legalForm() ? q.spaced() + "\u0000org" : q.spaced()) + (fieldFull(q) ? "\u0000full" : "");
        List<Hit> cached = cache.get(key);
        if (cached != null) {
            cacheHits.incrementAndGet();
            return cached;
        }
        List<Hit> result = compute(q);
        if (config.cacheMaxNames() > 0) {
            cache.put(key, result);
        }
        return result;
    }

    private List<Hit> compute(Prepared q) {
        screened.incrementAndGet();
        Scratch scratch = this.scratch.get();
        int[] candidates = candidates(q, scratch);
        candidatesScored.addAndGet(candidates.length);
        scratch.start(q);
        Map<ListedEntity, Hit> best = new IdentityHashMap<>();
        int fully = 0;
        for (int idx : candidates) {
            int flags = layout[start[idx] + FLAGS];
            double threshold = config.floor();
            if ((flags & ACRONYM) == 0 && !mayReach(q, idx, scratch, threshold)) {
                continue; // cannot reach the threshold: the full scoring would drop it too
            }
            Entry e = entries.get(idx);
            fully++;
            Hit h = score(q, e, idx, false, scratch);
            if (h.score() < threshold) {
                continue;
            }
            if (h.detail() == null) {
                h = score(q, e, idx, true, scratch);
            }
            best.merge(e.entity(), h, (a, b) -> better(a, b) ? a : b);
        }
        candidatesFullyScored.addAndGet(fully);
        List<Hit> out = new ArrayList<>(best.values());
        out.sort(BEST_FIRST);
        return List.copyOf(out.size() > config.maxMatches() ? out.subList(0, config.maxMatches()) : out);
    }

    private static final Comparator<Hit> BEST_FIRST = Comparator.comparingDouble(Hit::score).reversed()
            .thenComparing(h -> h.entry().entity().listSource())
            .thenComparing(h -> h.entry().entity().entityId())
            .thenComparing(h -> h.entry().listedName());

    private static boolean better(Hit a, Hit b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        return rank(a.entry().nameType()) <= rank(b.entry().nameType());
    }

    private static int rank(String type) {
        return switch (type) {
            case "name" -> 0;
            case "alias" -> 1;
            default -> 2;
        };
    }

    /**
     * Per-thread scratch space: candidate accumulation, and a memo of word similarities for the
     * party name being screened (party word x listed word, each computed at most once per name).
     */
    private final class Scratch {
        final float[] acc = new float[entries.size()];
        /*
         * The entries touched, and the sort keys of those at or above the floor. A name touches
         * each entry at most once, and the loops write one slot past the last counted, so one more
         * than the entries is always enough: sized once, no growth check in the hot loops.
         */
        final int[] touched = new int[entries.size() + 1];
        final long[] keys = new long[entries.size() + 1];
        final SmallestLongs best = new SmallestLongs(config.maxCandidates());
        private final int[] stamp = new int[vocabulary];
        private final int[] base = new int[vocabulary];
        private double[] memo = new double[256];
        private int used;
        private int epoch;
        private Prepared q;
        /** First letters of the party words (folded), and one-word Bloom filters of its words and joined pairs. */
        private char[] first = new char[MAX_TOKENS];
        private char[] second = new char[MAX_TOKENS];
        private int[] hash = new int[MAX_TOKENS];
        private long wordBloom;
        private long pairBloom;

        void start(Prepared name) {
            q = name;
            used = 0;
            wordBloom = 0;
            pairBloom = 0;
            List<Token> t = name.tokens();
            for (int i = 0; i < t.size(); i++) {
                first[i] = firstLetter(t.get(i).folded());
                second[i] = secondLetter(t.get(i).folded());
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

        /** {@link #tokenSim} of party word {@code i} and listed word {@code id} of the vocabulary. */
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
                Token a = q.tokens().get(i);
                Token b = vocabularyToken[id];
                v = tokenSim(a.text(), a.folded(), b.text(), b.folded(), a.number() || b.number(), a.known());
                memo[at + i] = v;
            }
            return v;
        }
    }

    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /**
     * False when the score {@link #score} would give is surely below {@code threshold}, so the
     * candidate need not be scored. The bound: each listed word counts with its best similarity to
     * any party word, or fully when two adjacent words may cover it joined; scoring aligns words
     * one to one and penalises extra words and reordering, which can only lower that. A name cut
     * short (the truncation rule) is checked separately.
     */
    boolean mayReach(Prepared q, int idx, Scratch s, double threshold) {
        int o = start[idx];
        int nc = layout[o + WORDS];
        if (q.legalForm() && (layout[o + FLAGS] & INDIVIDUAL) != 0 && config.companyAgainstPerson() == 0) {
            return false; // scored 0: a company is not a person (factor.company_against_person)
        }
        int nq = q.tokens().size();
        double total = Double.longBitsToDouble(((long) layout[o + WEIGHT] << 32) | (layout[o + WEIGHT + 1] & 0xFFFFFFFFL));
        // the weight no alignment can cover, distinctive words first: most candidates fail early
        double lost = 0;
        double mayLose = (1 - threshold + BOUND_MARGIN) * total;
        for (int x = 0; x < nc; x++) {
            int j = layout[o + HEADER + x];
            int id = wordId(o, nc, j);
            char f = firstLetter[id];
            double m = 0;
            for (int i = 0; i < nq && m < 1.0; i++) {
                if (s.first[i] == f || (s.second[i] == f && s.first[i] == secondLetter[id])) { // other first letters score 0 (tokenSim), unless the first two are swapped
                    m = Math.max(m, s.sim(i, id));
                }
            }
            if (m < 1.0 && joinedMayCover(q, idx, j, s)) {
                m = 1.0;
            }
            if (m == 0 && (optionalMiddle[idx] & (1L << j)) != 0) {
                continue; // a middle name the party name may leave out (MiddleNames)
            }
            lost += weightOf[id] * (1 - m);
            if (lost > mayLose) {
                return mayBeCutShort(q, idx, s) && truncation(q, entries.get(idx).prepared()) >= threshold;
            }
        }
        return true;
    }

    /** The truncation rule's cheap conditions (the field full, the lengths): false when it surely gives 0. */
    private boolean mayBeCutShort(Prepared q, int idx, Scratch s) {
        return fieldFull(q); // rare (a name exactly as long as a field): the rest is checked by truncation()
    }

    /** The vocabulary id of word {@code j} of the listed name laid out at {@code o} with {@code nc} words. */
    private int wordId(int o, int nc, int j) {
        return layout[o + HEADER + nc + j];
    }

    /** The same with this thread's scratch space, for tests. */
    boolean mayReach(Prepared q, Entry e, double threshold) {
        Scratch s = scratch.get();
        s.start(q);
        int idx = -1;
        for (int i = 0; i < entries.size() && idx < 0; i++) {
            idx = entries.get(i) == e ? i : -1; // by identity: entries of one entity are equal records up to their names
        }
        return mayReach(q, idx, s, threshold);
    }

    /**
     * Slack for floating-point rounding: the bound sums in another order than the score, so it only
     * rules a candidate out when it is below the threshold by more than any rounding could make up.
     */
    private static final double BOUND_MARGIN = 1e-9;

    /** Whether listed word j may be covered by a joined pair: two party words as it, or it and a neighbour as one party word. */
    private boolean joinedMayCover(Prepared q, int idx, int j, Scratch s) {
        int o = start[idx];
        int nc = layout[o + WORDS];
        int id = wordId(o, nc, j);
        if ((s.pairBloom & bloomBit(foldedHash[id])) != 0) {
            String word = vocabularyToken[id].folded();
            for (String pair : q.pairFolded()) {
                if (pair.equals(word)) {
                    return true;
                }
            }
        }
        int pairs = o + HEADER + 2 * nc;
        return (j + 1 < nc && (s.wordBloom & bloomBit(layout[pairs + j])) != 0
                && isPartyWord(q, entries.get(idx).prepared().pairFolded()[j]))
                || (j > 0 && (s.wordBloom & bloomBit(layout[pairs + j - 1])) != 0
                && isPartyWord(q, entries.get(idx).prepared().pairFolded()[j - 1]));
    }

    private static boolean isPartyWord(Prepared q, String folded) {
        for (Token a : q.tokens()) {
            if (a.folded().equals(folded)) {
                return true;
            }
        }
        return false;
    }

    private static long bloomBit(int hash) {
        return 1L << (hash & 63);
    }

    /** A word's first letter, or U+FFFF for the empty word (which only equals itself). */
    static char firstLetter(String folded) {
        return folded.isEmpty() ? '\uffff' : folded.charAt(0);
    }

    /** The similarity of two words equal only once folded (a romanisation variant). */
    static final double FOLDED_EQUAL = 0.99;

    /** A word's second letter, or U+FFFE when it has none. */
    static char secondLetter(String folded) {
        return folded.length() < 2 ? '\ufffe' : folded.charAt(1);
    }

    /** Candidate entries by token blocking: the highest accumulated key weights, at most max_candidates. */
    int[] candidates(Prepared q) {
        return candidates(q, scratch.get());
    }

    private int[] candidates(Prepared q, Scratch scratch) {
        float[] acc = scratch.acc;
        int n = Math.max(1, entries.size());
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
    static List<String> keys(Prepared p) {
        List<String> k = new ArrayList<>();
        List<Token> t = p.tokens();
        StringBuilder whole = new StringBuilder();
        for (Token x : t) {
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

    /** Takes a name apart: words, legal forms and stop words dropped (unless nothing else is left). */
    Prepared prepare(String name) {
        List<String> raw = NameTokens.tokens(name);
        List<String> words = CompanyWords.rewrite(raw, config);
        List<String> kept = new ArrayList<>(words.stream()
                .filter(w -> !config.legalForms().contains(w) && !config.stopwords().contains(w)).toList());
        // a name cut short inside its legal form ("... MANAGEMENT COM"): the stump is not a word
        if (kept.size() > 1) {
            String last = kept.get(kept.size() - 1);
            if (last.length() >= 3 && words.get(words.size() - 1).equals(last)
                    && config.legalForms().stream().anyMatch(f -> f.length() > last.length() && f.startsWith(last))) {
                kept.remove(kept.size() - 1);
            }
        }
        if (kept.isEmpty()) {
            kept = words;
        }
        if (kept.size() > MAX_TOKENS) {
            kept = kept.subList(0, MAX_TOKENS);
        }
        List<Token> tokens = new ArrayList<>(kept.size());
        double total = 0;
        for (String w : kept) {
            String canon = config.canonical(w);
            double weight = config.generic().contains(w) || config.places().contains(w) || config.generic().contains(canon)
                    ? config.genericWeight() : 1.0;
            tokens.add(new Token(w, NameTokens.fold(canon), weight, w.chars().allMatch(Character::isDigit),
                    config.knownNames().contains(w)));
            total += weight;
        }
        String[] pairs = new String[Math.max(0, tokens.size() - 1)];
        for (int i = 0; i + 1 < tokens.size(); i++) {
            pairs[i] = tokens.get(i).folded() + tokens.get(i + 1).folded();
        }
        boolean legalForm = CompanyWords.isCompany(words, config);
        int comma = name.indexOf(',');
        int givenStart = -1;
        if (comma > 0) {
            givenStart = (int) NameTokens.tokens(name.substring(0, comma)).stream()
                    .filter(w -> !config.legalForms().contains(w) && !config.stopwords().contains(w)).count();
            givenStart = givenStart > 0 && givenStart < tokens.size() ? givenStart : -1;
        }
        return new Prepared(tokens, pairs, String.join(" ", kept), total, legalForm, givenStart, name.strip().length(), raw);
    }

    /**
     * Similarity of two folded words: 1 when equal, their Jaro–Winkler similarity when it reaches the
     * bar for their length, else 0. Numbers must be equal; so must words of 1-2 letters; a party
     * word that is a known different name (Henry, Anderson) is not taken for a typo.
     */
    double tokenSim(String fa, String fb, boolean number, boolean known) {
        return tokenSim(fa, fa, fb, fb, number, known);
    }

    /** The same, with the words as written too: a typo may be one edit as written and two once folded (madeemaze). */
    double tokenSim(String a, String fa, String b, String fb, boolean number, boolean known) {
        if (fa.equals(fb)) {
            // equal as written, or only once folded (Tang / Dang, Park / Pak): a fold must not let
            // another listed name written differently score as high as the one written alike
            return a.equals(b) ? 1.0 : FOLDED_EQUAL;
        }
        int la = fa.length();
        int lb = fb.length();
        int min = Math.min(la, lb);
        if (number || known || min <= 2) {
            return 0;
        }
        boolean shortWord = min <= config.shortLength();
        if (shortWord && la != lb) {
            return 0; // Yong is not Yoon, Jang is not Jangg: short syllables only differ by a letter in place
        }
        if (fa.charAt(0) != fb.charAt(0) && !EditDistance.firstTwoSwapped(fa, fb)) {
            return 0; // Ryong is not Myong, Donghak is not Yonghak: typos rarely hit the first letter (a swap of the first two may)
        }
        double bar = shortWord ? config.tokenMinShort() : config.tokenMin();
        // an upper bound from the lengths alone spares most Jaro-Winkler computations
        double jaroMax = ((double) min / la + (double) min / lb + 1) / 3;
        double jwMax = fa.charAt(0) == fb.charAt(0) ? jaroMax + 0.4 * (1 - jaroMax) : jaroMax;
        if (jwMax < bar) {
            return 0;
        }
        // a typo is a letter or two; a different syllable (Sangmijun / Sangeun) is more. This bounded
        // edit count is cheaper than Jaro-Winkler, so it goes first.
        int edits = Math.max(la, lb) >= config.extraEditFromLength() ? config.maxEdits() + 1 : config.maxEdits();
        int t = edits;
        if ((moreEditsThan(fa, fb, t) || EditDistance.within(fa, fb, t) < 0)
                && (a == fa || moreEditsThan(a, b, t) || EditDistance.within(a, b, t) < 0)) {
            return 0;
        }
        double s = JW.apply(fa, fb);
        if (s < bar && a != fa && !a.equals(fa)) {
            s = JW.apply(a, b); // a typo in a word whose canonical form differs (Traidng / trading / trade)
        }
        return s >= bar ? s : 0;
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
    static double joinedSim(String joined, String word) {
        return joined.equals(word) ? 1.0 : 0;
    }

    /** Scores one listed name against a prepared party name (with a readable detail). */
    Hit score(Prepared q, Entry e) {
        return score(q, e, -1, true, null);
    }

    /** {@code memo}, when given, holds the word similarities for {@code q} (the same values, computed once); {@code idx} is e's number. */
    private Hit score(Prepared q, Entry e, int idx, boolean withDetail, Scratch memo) {
        if (q.legalForm() && "individual".equals(e.entity().type())) {
            // Youngok Bank LLC is not PANG Young-ok: factor.company_against_person (0: never)
            double f = config.companyAgainstPerson();
            Hit h = f == 0 ? new Hit(e, 0, "fuzzy", "a company (legal form) is not a person", 0) : scoreNames(q, e, idx, withDetail, memo);
            return f == 0 || f == 1 ? h : new Hit(e, h.score() * f, h.method(), h.detail() == null ? null
                    : h.detail() + "; a company (legal form) against a person: factor " + fmt(f), h.distinctive());
        }
        return scoreNames(q, e, idx, withDetail, memo);
    }

    /** Distinctive words (not generic words or places) among the tokens. */
    private static int distinctive(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            n += t.weight() >= 1.0 ? 1 : 0;
        }
        return n;
    }

    private Hit scoreNames(Prepared q, Entry e, int idx, boolean withDetail, Scratch memo) {
        Prepared c = e.prepared();
        if (q.spaced().equals(c.spaced())) {
            return new Hit(e, 1.0, "exact", "equal after normalisation", Math.max(1, distinctive(c.tokens())));
        }
        List<Token> qt = q.tokens();
        List<Token> ct = c.tokens();
        if (e.acronym()) {
            String a = ct.get(0).text();
            Token hit = null;
            for (Token t : qt) {
                if (t.text().equals(a)) {
                    hit = t;
                    break;
                }
            }
            if (hit == null) {
                return new Hit(e, 0, "fuzzy", "", 0);
            }
            double extraWeight = q.totalWeight() - hit.weight();
            double covQ = 1 / (1 + extraWeight);
            double s = 1 - config.extraWordPenalty() * (1 - covQ);
            return new Hit(e, s, "fuzzy", "'" + a + "' is a whole word of the name", hit.weight() >= 1.0 ? 1 : 0);
        }
        int nq = qt.size();
        int nc = ct.size();
        int cap = nq * nc + Math.max(0, nq - 1) * nc + nq * Math.max(0, nc - 1);
        long[] qm = new long[cap];
        long[] cm = new long[cap];
        double[] sim = new double[cap];
        int links = 0;
        for (int i = 0; i < nq; i++) {
            Token a = qt.get(i);
            for (int j = 0; j < nc; j++) {
                Token b = ct.get(j);
                double v = memo != null ? memo.sim(i, wordId(start[idx], nc, j))
                        : tokenSim(a.text(), a.folded(), b.text(), b.folded(), a.number() || b.number(), a.known());
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
                Token b = ct.get(j);
                double v = b.number() ? 0 : joinedSim(q.pairFolded()[i], b.folded());
                if (v > 0) {
                    qm[links] = 3L << i;
                    cm[links] = 1L << j;
                    sim[links++] = v;
                }
            }
        }
        for (int j = 0; j + 1 < nc; j++) {
            for (int i = 0; i < nq; i++) {
                Token a = qt.get(i);
                double v = a.number() ? 0 : joinedSim(a.folded(), c.pairFolded()[j]);
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
        long qUsed = 0;
        long cUsed = 0;
        double[] qSim = new double[nq];
        double[] cSim = new double[nc];
        int[] qToC = new int[nq];
        Arrays.fill(qToC, -1);
        List<String> labels = withDetail ? new ArrayList<>() : null;
        for (int o = 0; o < links; o++) {
            int l = order[o];
            if ((qm[l] & qUsed) != 0 || (cm[l] & cUsed) != 0) {
                continue;
            }
            qUsed |= qm[l];
            cUsed |= cm[l];
            int firstC = Long.numberOfTrailingZeros(cm[l]);
            qToC[Long.numberOfTrailingZeros(qm[l])] = firstC;
            StringBuilder qs = withDetail ? new StringBuilder() : null;
            StringBuilder cs = withDetail ? new StringBuilder() : null;
            for (int i = 0; i < nq; i++) {
                if ((qm[l] & (1L << i)) != 0) {
                    qSim[i] = sim[l];
                    if (qs != null) {
                        qs.append(qs.length() == 0 ? "" : " ").append(qt.get(i).text());
                    }
                }
            }
            for (int j = 0; j < nc; j++) {
                if ((cm[l] & (1L << j)) != 0) {
                    cSim[j] = sim[l];
                    if (cs != null) {
                        cs.append(cs.length() == 0 ? "" : " ").append(ct.get(j).text());
                    }
                }
            }
            if (labels != null) {
                labels.add(sim[l] >= 1.0 ? qs + "=" + cs : qs + "~" + cs + " " + fmt(sim[l]));
            }
        }
        double covC = 0;
        for (int j = 0; j < nc; j++) {
            covC += ct.get(j).weight() * cSim[j];
        }
        covC /= c.totalWeight();
        // the party name's side: words found count by their similarity, extra words by their weight
        // (a city or "Branch" after the name weighs little; another distinctive word weighs fully)
        double found = 0;
        double extraWeight = 0;
        for (int i = 0; i < nq; i++) {
            if (qSim[i] > 0) {
                found += qSim[i];
            } else {
                extraWeight += qt.get(i).weight();
            }
        }
        double covQ = found + extraWeight == 0 ? 0 : found / (found + extraWeight);
        double s = covC * (1 - config.extraWordPenalty() * (1 - covQ));
        boolean reordered = !rotation(qToC);
        if (reordered) {
            s *= 1 - config.wordOrderPenalty();
        }
        // the distinctive words found; a listed name of generic words only (INDUSTRIAL BANK) counts
        // as found only when the party name is all of it and nothing else (not Industrial Bank of Korea)
        int distinctiveFound = 0;
        for (int j = 0; j < nc; j++) {
            distinctiveFound += cSim[j] > 0 && ct.get(j).weight() >= 1.0 ? 1 : 0;
        }
        if (distinctive(ct) == 0 && Long.bitCount(cUsed) == nc && Long.bitCount(qUsed) == nq) {
            distinctiveFound = nc;
        }
        double t = truncation(q, c);
        if (t > s) {
            return new Hit(e, t, "fuzzy", "the name is the start of the listed name, cut short", distinctive(qt));
        }
        long optional = idx >= 0 ? optionalMiddle[idx] : "individual".equals(e.entity().type())
                ? MiddleNames.optional(ct, c.givenStart(), config.middleNameMinLength()) : 0;
        MiddleNames.Score middle = MiddleNames.score(ct, cSim, nq - Long.bitCount(qUsed), optional, config.missingMiddlePenalty());
        if (middle != null && middle.score() > s && !reordered) {
            return new Hit(e, middle.score(), "fuzzy", withDetail ? "words " + String.join(", ", labels) + "; " + middle.explanation() : null, distinctiveFound);
        }
        if (!withDetail) {
            return new Hit(e, s, "fuzzy", null, distinctiveFound);
        }
        String detail = labels.isEmpty() ? "no word in common" : "words " + String.join(", ", labels);
        int missing = nc - Long.bitCount(cUsed);
        int extra = nq - Long.bitCount(qUsed);
        if (missing > 0) {
            detail += "; " + missing + " listed word" + (missing > 1 ? "s" : "") + " missing";
        }
        if (extra > 0) {
            detail += "; " + extra + " extra word" + (extra > 1 ? "s" : "");
        }
        if (reordered) {
            detail += "; words in another order";
        }
        return new Hit(e, s, "fuzzy", detail, distinctiveFound);
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

    /**
     * True when the listed words found, read in the party name's order, keep the listed order up
     * to one rotation: "Sang Man Kim" for "KIM, Sang Man" (the surname moved) keeps it, "Kim Man
     * Sang" does not (Korean given-name syllables in another order are another name).
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

    /**
     * The score of a party name that is the listed name cut short by a full field, or 0: the name
     * is as long as a field can hold (truncation.field_lengths, or one less: the cut fell after a
     * space), every word as written but the last equals the listed word in the same place, and the
     * last is the start of the next listed word; long enough by truncation.min_chars and
     * truncation.min_ratio.
     */
    double truncation(Prepared q, Prepared c) {
        List<String> qw = q.raw();
        List<String> cw = c.raw();
        if (!fieldFull(q) || !truncationLengthsAllow(String.join(" ", qw).length(), String.join(" ", cw).length(), qw.size(), cw.size())) {
            return 0;
        }
        int last = qw.size() - 1;
        if (last < 0 || last >= cw.size()) {
            return 0;
        }
        for (int i = 0; i < last; i++) {
            if (!NameTokens.fold(qw.get(i)).equals(NameTokens.fold(cw.get(i)))) {
                return 0;
            }
        }
        return cw.get(last).startsWith(qw.get(last)) && !cw.get(last).equals(qw.get(last)) ? config.truncationFactor() : 0;
    }

    /** Whether the party name fills a field of a known maximum length (or one less). */
    private boolean fieldFull(Prepared q) {
        for (int l : config.truncationFieldLengths()) {
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
    private boolean truncationLengthsAllow(int n, int listedLength, int nq, int nc) {
        return n >= config.truncationMinChars() && n < listedLength && n >= config.truncationMinRatio() * listedLength
                && nq <= nc;
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }

    /** For tests and the evaluation: the entries indexed. */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public String toString() {
        return "NameScreener[" + entries.size() + " names, " + postings.size() + " keys]";
    }
}
