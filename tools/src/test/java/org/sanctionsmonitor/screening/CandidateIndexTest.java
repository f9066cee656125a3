package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.evaluation.SyntheticNames;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * The candidate index against a plain reference implementation of token blocking written here
 * (string keys in a hash map, a float sum per entry, a full sort): on a generated list and
 * thousands of generated party names it must propose exactly the same candidates in the same
 * order, however the index itself is laid out.
 */
class CandidateIndexTest {

    private final NameMatchingConfig config = NameMatchingConfig.load(Path.of("rules"));

    /** The keys of a name: the whole name, each word, its 3-letter ends (5+ letters, not numbers), adjacent words joined. */
    private static List<String> keys(PreparedName p) {
        Set<String> k = new LinkedHashSet<>();
        StringBuilder whole = new StringBuilder();
        p.tokens().forEach(t -> whole.append(t.folded()));
        k.add("n:" + whole);
        for (int i = 0; i < p.tokens().size(); i++) {
            String f = p.tokens().get(i).folded();
            k.add("t:" + f);
            if (f.length() >= 5 && !p.tokens().get(i).number()) {
                k.add("p:" + f.substring(0, 3));
                k.add("s:" + f.substring(f.length() - 3));
            }
            if (i + 1 < p.tokens().size()) {
                k.add("t:" + p.pairFolded()[i]);
            }
        }
        return new ArrayList<>(k);
    }

    private static int[] reference(List<NameScreener.Entry> entries, Map<String, List<Integer>> postings, PreparedName q, int max) {
        int n = Math.max(1, entries.size());
        int maxPosting = Math.max(2_000, n / 20);
        float[] acc = new float[entries.size()];
        float top = 0;
        for (String k : keys(q)) {
            List<Integer> post = postings.get(k);
            if (post == null || (post.size() > maxPosting && !k.startsWith("n:"))) {
                continue;
            }
            float w = (float) (Math.log(1.0 + (double) n / post.size()) * (k.startsWith("n:") ? 4 : 1));
            for (int idx : post) {
                acc[idx] += w;
                top = Math.max(top, acc[idx]);
            }
        }
        float floor = top * 0.2f;
        List<Integer> out = new ArrayList<>();
        for (int idx = 0; idx < acc.length; idx++) {
            if (acc[idx] > 0 && acc[idx] >= floor) {
                out.add(idx);
            }
        }
        out.sort(Comparator.comparingDouble((Integer i) -> -acc[i]).thenComparingInt(i -> i));
        return out.stream().limit(max).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void theIndexProposesTheSameCandidatesAsPlainTokenBlocking() {
        List<ListedEntity> list = SyntheticNames.list(4_000, 23);
        NameScreener screener = new NameScreener(list, config);
        List<NameScreener.Entry> entries = screener.entries();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int idx = 0; idx < entries.size(); idx++) {
            NameScreener.Entry e = entries.get(idx);
            List<String> k = e.acronym() ? List.of("t:" + e.prepared().tokens().get(0).folded()) : keys(e.prepared());
            for (String key : k) {
                postings.computeIfAbsent(key, x -> new ArrayList<>()).add(idx);
            }
        }
        int names = 0;
        int proposed = 0;
        int full = 0;
        for (String name : SyntheticNames.partyNames(5_000, list, 9)) {
            PreparedName q = screener.prepare(name);
            if (q.tokens().isEmpty()) {
                continue;
            }
            int[] expected = reference(entries, postings, q, config.maxCandidates());
            int[] actual = screener.candidates(q);
            assertArrayEquals(expected, actual, () -> "candidates of '" + name + "'");
            names++;
            proposed += actual.length;
            full += actual.length == config.maxCandidates() ? 1 : 0;
        }
        // meaningful only if names have many candidates and some reach the cap
        assertTrue(names > 4_000 && proposed > 20 * names, names + " names, " + proposed + " candidates");
        assertTrue(full > 100, "names at the candidate cap: " + full);
    }

    @Test
    void aNameFindsItselfFirst() {
        List<ListedEntity> list = SyntheticNames.list(500, 4);
        NameScreener screener = new NameScreener(list, config);
        List<NameScreener.Entry> entries = screener.entries();
        for (int idx = 0; idx < entries.size(); idx += 7) {
            NameScreener.Entry e = entries.get(idx);
            int[] c = screener.candidates(e.prepared());
            assertTrue(c.length > 0, e.listedName());
            String spaced = entries.get(c[0]).prepared().spaced();
            assertTrue(spaced.equals(e.prepared().spaced()), () -> e.listedName() + " first finds " + spaced);
        }
    }
}
