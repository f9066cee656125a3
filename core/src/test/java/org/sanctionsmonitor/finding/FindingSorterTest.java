package org.sanctionsmonitor.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.model.Provenance;

/**
 * The external sort gives what {@link RuleRunner#order} gives on the same findings (order, repeats
 * removed, same-id findings told apart by their line), whether it holds them in memory or spills
 * them to many runs on disk, whatever order and threads they arrive in; and nothing is left behind.
 */
class FindingSorterTest {

    @TempDir
    Path dir;

    /** Findings with repeats: exact copies, and same-id findings that differ (another line, another explanation). */
    static List<Finding> findings(int n, long seed) {
        Random r = new Random(seed);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int ruleNo = r.nextInt(5);
            String rule = "R-" + (100 + ruleNo);
            Severity sev = Severity.values()[ruleNo]; // a rule has one severity and category, as in the catalogue
            Category cat = Category.values()[ruleNo];
            String subject = "TX-" + r.nextInt(n / 3 + 1);
            String entry = r.nextBoolean() ? null : String.valueOf(r.nextInt(20));
            String matched = r.nextBoolean() ? null : "0xabc";
            // the id from the finding's identity, as FindingCollector makes it: same id, same group
            String id = "F-" + Integer.toHexString((rule + "|" + subject + "|" + entry + "|" + matched).hashCode());
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("tx_id", subject);
            facts.put("amount", r.nextInt(1000) + "");
            if (r.nextInt(10) == 0) {
                facts.put("note", null);
            }
            List<Evidence> ev = List.of(new Evidence("subject", "transfer", subject, new Provenance("t.csv", 2 + r.nextInt(3)), facts));
            Finding f = new Finding(id, rule, rule + " name", cat, sev, "transfer", subject,
                    entry == null ? null : "OFAC-SDN", entry, entry == null ? null : "NAME \u00e9 " + entry, null,
                    matched, r.nextBoolean() ? null : r.nextInt(1000) / 1000.0,
                    "explained " + r.nextInt(2), new Provenance("t.csv", 2 + r.nextInt(3)), "rules/x.drl", "EO 1", ev);
            out.add(f);
            if (r.nextInt(4) == 0) {
                out.add(f); // an exact repeat
            }
        }
        return out;
    }

    /** RuleRunner.order, with ties in the order broken by content as the sorter does (the original leaves them to input order). */
    static List<Finding> expected(List<Finding> in) {
        List<Finding> sorted = new ArrayList<>(in);
        sorted.sort(Finding.ORDER.thenComparing(FindingSorter.CONTENT));
        return RuleRunner.order(sorted);
    }

    /** Equal lists, reported by the first difference (a whole list would flood the log). */
    static void assertSame(List<Finding> want, List<Finding> got) {
        for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
            assertEquals(want.get(i), got.get(i), "finding " + i);
        }
        assertEquals(want.size(), got.size(), "findings");
    }

    private List<Finding> sorted(List<Finding> in, long budget, int max) {
        try (FindingSorter s = new FindingSorter(() -> dir.resolve("spill"), budget)) {
            in.forEach(s::accept);
            return s.finish(max).toList();
        }
    }

    @Test
    void inMemoryTheSameAsRuleRunnerOrder() {
        List<Finding> in = findings(2_000, 1);
        Collections.shuffle(in, new Random(2));
        assertSame(expected(in), sorted(in, Long.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    void spilledToManyRunsTheSameAsInMemory() throws Exception {
        List<Finding> in = findings(5_000, 3);
        Collections.shuffle(in, new Random(4));
        List<Finding> want = expected(in);
        try (FindingSorter s = new FindingSorter(() -> dir.resolve("spill"), 20_000)) { // ~20 findings a run: > FAN_IN runs
            in.forEach(s::accept);
            assertTrue(s.spills() > FindingSorter.FAN_IN, "spilled " + s.spills() + " runs");
            SortedFindings got = s.finish(Integer.MAX_VALUE);
            assertFalse(got.inMemory());
            assertEquals(want.size(), got.size());
            assertSame(want, got.toList());
            assertSame(want, got.toList());
            assertSame(want.subList(0, 7), got.head(7));
        }
        try (Stream<Path> left = Files.list(dir.resolve("spill"))) {
            assertEquals(0, left.count(), "close removes the run files");
        }
    }

    @Test
    void fromManyThreadsInAnyOrderTheSameBytes() throws Exception {
        List<Finding> in = findings(4_000, 5);
        List<Finding> want = expected(in);
        try (FindingSorter s = new FindingSorter(() -> dir.resolve("spill"), 50_000)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                int from = t;
                pool.submit(() -> {
                    for (int i = from; i < in.size(); i += 4) {
                        s.accept(in.get(i));
                    }
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
            assertSame(want, s.finish(Integer.MAX_VALUE).toList());
        }
    }

    @Test
    void aBoundKeepsTheFirstAndCountsTheRestPerRule() {
        List<Finding> in = findings(3_000, 7);
        List<Finding> want = expected(in);
        for (long budget : new long[] {Long.MAX_VALUE, 30_000}) {
            try (FindingSorter s = new FindingSorter(() -> dir.resolve("spill"), budget)) {
                in.forEach(s::accept);
                SortedFindings got = s.finish(1_000);
                assertSame(want.subList(0, 1_000), got.toList());
                assertEquals(1_000, got.size());
                Map<String, Long> beyond = new java.util.TreeMap<>();
                want.subList(1_000, want.size()).forEach(f -> beyond.merge(f.ruleId(), 1L, Long::sum));
                assertEquals(beyond, got.beyondBound());
            }
        }
    }

    @Test
    void theCodecGivesBackAnEqualFinding() throws Exception {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            longText.append("\u20ac\ud800"); // above writeUTF's limit, with an unpaired surrogate
        }
        List<Finding> in = new ArrayList<>(findings(200, 9));
        Finding f = in.get(0);
        in.add(new Finding(f.findingId(), f.ruleId(), f.ruleName(), f.category(), f.severity(), f.subjectType(), "",
                null, null, null, null, null, 0.1 + 0.2, longText.toString(), f.source(), f.ruleFile(), null, List.of()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (Finding x : in) {
                FindingCodec.write(x, out);
            }
        }
        DataInputStream din = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        for (Finding x : in) {
            Finding y = FindingCodec.read(din);
            assertEquals(x, y);
            for (int i = 0; i < x.evidence().size(); i++) {
                assertEquals(List.copyOf(x.evidence().get(i).facts().keySet()), List.copyOf(y.evidence().get(i).facts().keySet()),
                        "facts keep their order");
            }
        }
        assertEquals(null, FindingCodec.read(din));
    }

    @Test
    void theBudgetPropertyIsReadWithUnitsAndABadOneIsSaidSo() {
        assertEquals(64L << 20, FindingSorter.parseBytes("p", "64m"));
        assertEquals(512L << 10, FindingSorter.parseBytes("p", "512K"));
        assertEquals(1L << 30, FindingSorter.parseBytes("p", "1g"));
        assertEquals(1000, FindingSorter.parseBytes("p", "1000"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FindingSorter.parseBytes("p", "lots"));
        assertTrue(e.getMessage().contains("'lots' is not a size"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FindingSorter.parseBytes("p", "0"));
    }
}
