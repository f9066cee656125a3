package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.model.ListedEntity;

/**
 * Every listed name, strong alias and weak alias of the loaded lists (vessels, aircraft and
 * wallets left out), numbered, taken apart ({@link NamePreparer}) and laid out for the
 * {@link CandidateIndex}, the {@link ScoreBound} and the {@link NameScorer}.
 *
 * <p>What the bound reads for each candidate lies in one flat array rather than in the Entry
 * objects, whose strings lie all over the heap: the bound looks at a hundred candidates per party
 * name, and chasing pointers (or reading per-word arrays at random) cost more than the arithmetic.
 * Listed words are numbered by their written form (the vocabulary). Per listed name idx,
 * {@code layout[start[idx]..]}, together so that a candidate costs one or two cache lines: the
 * number of words nc, the flags, the length of the name as scored (spaced), its total weight (as
 * two ints), the middle names it may leave out (as two ints); then per word, heaviest first (the
 * order the bound checks them), its position, vocabulary id, first two letters (folded), weight
 * (as two ints), the hash of its folded form, and the hashes of it joined with the next word and of
 * the previous word joined with it (0 where there is none); then the word ids by position. A word's
 * eight ints are what the bound reads for it, so the header and the first word lie in one or two
 * cache lines.
 */
final class ListedNames {

    /** Offsets in a listed name's layout: word count, flags, spaced length, total weight (2 ints); then the words. */
    static final int WORDS = 0;
    static final int FLAGS = 1;
    static final int SPACED_LENGTH = 2;
    static final int WEIGHT = 3;
    static final int OPTIONAL = 5;
    static final int HEADER = 7;
    /**
     * Per word in bound order: position, vocabulary id, letters (first << 16 | second), weight (2
     * ints), folded hash, the folded hashes of it joined with the next word and of the previous one joined with it.
     */
    static final int PER_WORD = 8;
    static final int W_POSITION = 0;
    static final int W_ID = 1;
    static final int W_LETTERS = 2;
    static final int W_WEIGHT = 3;
    static final int W_HASH = 5;
    static final int W_PAIR_NEXT = 6;
    static final int W_PAIR_PREVIOUS = 7;
    static final int ACRONYM = 1;
    static final int WEAK = 2;
    static final int INDIVIDUAL = 4;

    final List<NameScreener.Entry> entries = new ArrayList<>();
    final int vocabulary;
    final NameToken[] vocabularyToken;
    final char[] firstLetter;
    final char[] secondLetter;
    final double[] weightOf;
    final int[] foldedHash;
    /**
     * Per vocabulary word, what {@link WordSimilarity#lengthsRuleOut} needs and whether it equals a
     * party word, in one long: the folded form's hash (low 32 bits), its first letter (16 bits),
     * its length (15 bits) and whether it is a number (the top bit).
     */
    final long[] vocabularyShape;
    static final int LONG_WORD = 0x7FFF;
    final int[] start;
    final int[] layout;
    /** Per listed name: the positions of middle names a party name may leave out (MiddleNames). */
    final long[] optionalMiddle;

    ListedNames(List<ListedEntity> entities, NameMatchingConfig config, NamePreparer preparer) {
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
                PreparedName p = preparer.prepare(n);
                if (p.tokens().isEmpty() || seen.contains(p.spaced())) {
                    return; // the same name twice (after normalisation): keep the strongest type
                }
                seen.add(p.spaced());
                boolean acronym = p.tokens().size() == 1 && !p.tokens().get(0).number()
                        && p.tokens().get(0).text().length() <= config.acronymMaxLength();
                entries.add(new NameScreener.Entry(e, n, type, p, acronym));
            });
        }
        Map<String, Integer> words = new HashMap<>();
        List<NameToken> vocab = new ArrayList<>();
        int[][] ids = new int[entries.size()][];
        for (int idx = 0; idx < entries.size(); idx++) {
            List<NameToken> t = entries.get(idx).prepared().tokens();
            ids[idx] = new int[t.size()];
            for (int i = 0; i < t.size(); i++) {
                NameToken tok = t.get(i);
                ids[idx][i] = words.computeIfAbsent(tok.text(), w -> {
                    vocab.add(tok);
                    return vocab.size() - 1;
                });
            }
        }
        vocabulary = vocab.size();
        vocabularyToken = vocab.toArray(new NameToken[0]);
        firstLetter = new char[vocabulary];
        secondLetter = new char[vocabulary];
        weightOf = new double[vocabulary];
        foldedHash = new int[vocabulary];
        vocabularyShape = new long[vocabulary];
        for (int id = 0; id < vocabulary; id++) {
            firstLetter[id] = WordSimilarity.firstLetter(vocabularyToken[id].folded());
            secondLetter[id] = WordSimilarity.secondLetter(vocabularyToken[id].folded());
            weightOf[id] = vocabularyToken[id].weight();
            foldedHash[id] = vocabularyToken[id].folded().hashCode();
            vocabularyShape[id] = shape(vocabularyToken[id]);
        }
        optionalMiddle = new long[entries.size()];
        for (int idx = 0; idx < entries.size(); idx++) {
            NameScreener.Entry x = entries.get(idx);
            optionalMiddle[idx] = "individual".equals(x.entity().type())
                    ? MiddleNames.optional(x.prepared().tokens(), x.prepared().givenStart(), config.middleNameMinLength()) : 0;
        }
        start = new int[entries.size()];
        int size = 0;
        for (int[] x : ids) {
            size += HEADER + (PER_WORD + 1) * x.length;
        }
        layout = new int[size];
        int at = 0;
        for (int idx = 0; idx < entries.size(); idx++) {
            NameScreener.Entry x = entries.get(idx);
            PreparedName p = x.prepared();
            int nc = ids[idx].length;
            start[idx] = at;
            long tw = Double.doubleToRawLongBits(p.totalWeight());
            layout[at++] = nc;
            layout[at++] = (x.acronym() ? ACRONYM : 0) | ("weak alias".equals(x.nameType()) ? WEAK : 0)
                    | ("individual".equals(x.entity().type()) ? INDIVIDUAL : 0);
            layout[at++] = p.spaced().length();
            layout[at++] = (int) (tw >>> 32);
            layout[at++] = (int) tw;
            layout[at++] = (int) (optionalMiddle[idx] >>> 32);
            layout[at++] = (int) optionalMiddle[idx];
            for (int j : boundOrder(p)) {
                int id = ids[idx][j];
                long w = Double.doubleToRawLongBits(weightOf[id]);
                layout[at++] = j;
                layout[at++] = id;
                layout[at++] = firstLetter[id] << 16 | secondLetter[id];
                layout[at++] = (int) (w >>> 32);
                layout[at++] = (int) w;
                layout[at++] = foldedHash[id];
                layout[at++] = j < p.pairFolded().length ? p.pairFolded()[j].hashCode() : 0;
                layout[at++] = j > 0 ? p.pairFolded()[j - 1].hashCode() : 0;
            }
            for (int id : ids[idx]) {
                layout[at++] = id;
            }
        }
    }

    /** A word's {@link #vocabularyShape}; a folded form of {@link #LONG_WORD} letters or more counts as that many (and is not ruled out by length). */
    static long shape(NameToken t) {
        String f = t.folded();
        return (f.hashCode() & 0xFFFFFFFFL) | (long) WordSimilarity.firstLetter(f) << 32
                | (long) Math.min(f.length(), LONG_WORD) << 48 | (t.number() ? 1L << 63 : 0);
    }

    /** Word positions by weight, heaviest (most distinctive) first, then in order: the order the bound checks them. */
    private static int[] boundOrder(PreparedName p) {
        // an insertion sort, stable, so equal weights stay in order (a name has a few words; no
        // stream or Comparator.comparing, whose shared lambdas' profiles this would pollute)
        List<NameToken> t = p.tokens();
        int[] order = new int[t.size()];
        for (int i = 0; i < order.length; i++) {
            int k = i;
            while (k > 0 && t.get(order[k - 1]).weight() < t.get(i).weight()) {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = i;
        }
        return order;
    }

    int size() {
        return entries.size();
    }

    NameScreener.Entry entry(int idx) {
        return entries.get(idx);
    }

    int flags(int idx) {
        return layout[start[idx] + FLAGS];
    }

    /**
     * The flags of each candidate into {@code flags}, and the last int of its first word (in bound
     * order) into {@code touched}, in a loop of its own, before the bound looks at them: each
     * candidate's layout lies at random in a few megabytes, and the bound, one candidate after
     * another, waited for each cache miss in turn (JFR put a fifth of a name's screening on its
     * first read of the flags). These loads do not depend on one another, so the processor runs
     * many of them at once, and the header and first word (one or two cache lines) are then at hand.
     */
    void touch(int[] candidates, int[] flags, int[] touched) {
        for (int c = 0; c < candidates.length; c++) {
            int o = start[candidates[c]];
            flags[c] = layout[o + FLAGS];
            touched[c] = layout[o + HEADER + PER_WORD - 1]; // every listed name has a word
        }
    }

    /** The vocabulary id of word {@code j} of the listed name laid out at {@code o} with {@code nc} words. */
    int wordId(int o, int nc, int j) {
        return layout[o + HEADER + PER_WORD * nc + j];
    }

    /** The number of entry {@code e} (by identity: entries of one entity are equal records up to their names), or -1. */
    int indexOf(NameScreener.Entry e) {
        int idx = -1;
        for (int i = 0; i < entries.size() && idx < 0; i++) {
            idx = entries.get(i) == e ? i : -1;
        }
        return idx;
    }
}
