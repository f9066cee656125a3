package org.sanctionsmonitor.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.audit.RunAudit;
import org.sanctionsmonitor.audit.Scenarios;
import org.sanctionsmonitor.bench.SyntheticData;
import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.check.CheckResult;
import org.sanctionsmonitor.check.ProgressListener;
import org.sanctionsmonitor.finding.FindingSorter;

/**
 * Conformance (issue 17, item 4): the same inputs and rules give a byte-identical findings.csv
 * from the single JVM and from the Spark job, on the samples, on every rules/tests scenario and
 * on a generated set that spans many partitions. One local[2] session for the class.
 */
class SparkConformanceTest {

    private static SparkSession spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSessions.local("local[2]", "SparkConformanceTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The engine as the job makes it, with small chunks so that a few hundred records span partitions. */
    private static SparkEngine engine(int partitions, int chunkRecords, boolean shareDriver) {
        return new SparkEngine(() -> spark, () -> partitions, chunkRecords, shareDriver);
    }

    /** The manifests of the last runs compared: the Spark run's and the single JVM's. */
    private Map<String, Object> lastManifest;
    private Map<String, Object> lastSingleManifest;

    /** Runs o in the single JVM and on Spark; asserts the same findings.csv; returns the Spark run's manifest engine entry. */
    private Map<?, ?> assertSame(CheckOptions o, SparkEngine engine, String what) throws IOException {
        Path single = Files.createTempDirectory(tmp, "single");
        Path onSpark = Files.createTempDirectory(tmp, "spark");
        CheckResult a = BatchCheck.run(o.toBuilder().out(single).build(), RunAudit.defaults());
        CheckResult b = BatchCheck.run(o.toBuilder().out(onSpark).build(), RunAudit.defaults(), ProgressListener.NONE, engine);
        assertEquals(a.exitCode(), b.exitCode(), what + ": exit code");
        assertArrayEquals(Files.readAllBytes(single.resolve("findings.csv")), Files.readAllBytes(onSpark.resolve("findings.csv")),
                what + ": findings.csv differs between the single JVM and Spark");
        assertArrayEquals(Files.readAllBytes(single.resolve("rejects.csv")), Files.readAllBytes(onSpark.resolve("rejects.csv")),
                what + ": rejects.csv");
        lastManifest = b.manifest();
        lastSingleManifest = a.manifest();
        return (Map<?, ?>) b.manifest().get("engine");
    }

    @Test
    void samples() throws IOException {
        Path s = Path.of("samples");
        List<Path> lists;
        try (Stream<Path> l = Files.list(s.resolve("lists"))) {
            lists = l.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".csv")).sorted().toList();
        }
        CheckOptions o = CheckOptions.builder().lists(lists).transfers(List.of(s.resolve("transfers.csv")))
                .shipments(List.of(s.resolve("shipments.csv"))).payments(List.of(s.resolve("payments.csv")))
                .vesselEvents(List.of(s.resolve("vessel-events.csv"))).labels(List.of(s.resolve("labels.csv")))
                .ownership(List.of(s.resolve("ownership.csv"))).rules(Path.of("rules")).asOf(LocalDate.of(2026, 1, 1))
                .samples(true).build();
        Map<?, ?> e = assertSame(o, engine(4, 3, true), "samples");
        assertEquals(40L, e.get("records_distributed"), "the samples' payments and shipments go to Spark");
        assertEquals(4, e.get("partitions"));
        assertEquals(51L, e.get("transfers_distributed"), "the samples' transfers go to Spark's graph stages");
        assertEquals(51L, e.get("transfers_screened_distributed"), "the samples' transfers are screened and ruled on Spark");
        assertTrue((Long) e.get("transfers_with_address_matches") > 0, "listed addresses come back to the driver's graph");
        assertTrue((Long) e.get("cap_tallies_distributed") > 0, "the samples' cap tallies are made on Spark");
    }

    @Test
    void everyRuleScenario() throws IOException {
        List<Path> cases;
        try (Stream<Path> w = Files.walk(Path.of("rules", "tests"))) {
            cases = w.filter(p -> p.getFileName().toString().equals("case.properties")).map(Path::getParent).sorted().toList();
        }
        assertTrue(cases.size() > 100, "the rule scenarios: " + cases.size());
        SparkEngine engine = engine(3, 1, true); // one record per chunk: every case with 2+ records spans partitions
        int distributed = 0;
        int graphs = 0;
        for (Path c : cases) {
            Map<?, ?> e = assertSame(scenario(c), engine, c.toString());
            if (e.get("records_distributed") instanceof Long n && n > 0) {
                distributed++;
            }
            if (e.get("transfers_distributed") instanceof Long n && n > 0) {
                graphs++;
            }
        }
        assertTrue(distributed > 30, "scenarios with payments or shipments on Spark: " + distributed);
        assertTrue(graphs > 30, "scenarios with transfers in Spark's graph stages: " + graphs);
    }

    /** A case's check as every runner of the scenarios makes it (Scenarios.caseOptions: its feeds, as_of and reference tables). */
    private CheckOptions scenario(Path dir) throws IOException {
        return Scenarios.caseOptions(dir, Path.of("rules"), tmp.resolve("unused-out"), Files.createTempDirectory(tmp, "case"));
    }

    /**
     * A generated set of transfers for the graph stages (the graph stages' own conformance set:
     * two EVM chains, listed addresses, exchanges, bridges, hack proceeds, pass-through and
     * structuring shapes, unlabelled hubs, fan-out/fan-in, mixers, more hack-proceeds labels) as
     * input files, over many partitions and blocks: hubs, exposure, hack proceeds, pass-through,
     * structuring, fan-out/fan-in, mixer round trips and the bridge transfers of chain hops on Spark
     * against the single JVM's detectors, end to end.
     */
    @Test
    void generatedTransfersOverManyPartitions() throws IOException {
        Path in = tmp.resolve("generated-transfers");
        org.sanctionsmonitor.spark.graph.GeneratedGraphFiles.writeWithHubsFansAndMixers(in, 4_000, 29);
        CheckOptions o = CheckOptions.builder().lists(List.of(in.resolve("list.csv"))).transfers(List.of(in.resolve("transfers.csv")))
                .labels(List.of(in.resolve("labels.csv"))).rules(Path.of("rules")).asOf(LocalDate.of(2026, 1, 15)).build();
        Map<?, ?> e = assertSame(o, engine(6, 150, true), "generated transfers");
        assertTrue((Long) e.get("transfers_distributed") > 4_000L, "transfers in the graph stages: " + e.get("transfers_distributed"));
        assertTrue((Integer) e.get("transfer_blocks") > 1, "transfers go to Spark in several blocks: " + e.get("transfer_blocks"));
        Map<?, ?> analysis = (Map<?, ?>) ((Map<?, ?>) lastManifest.get("crypto_graph")).get("analysis");
        for (String k : List.of("exposures", "candidates_pass_through", "candidates_structuring", "candidates_fan_out_fan_in",
                "service_like_addresses", "candidates_mixer_round_trip", "candidates_chain_hop")) {
            assertTrue(((Number) analysis.get(k)).longValue() > 0, k + " on Spark: " + analysis);
        }
        assertTrue((Long) e.get("hubs_distributed") >= 3, "the generated hubs found on Spark: " + e.get("hubs_distributed"));
        assertTrue((Long) e.get("fan_candidates_distributed") > 0, "fan-out/fan-in candidates on Spark: " + e);
        assertTrue((Long) e.get("mixer_round_trips_distributed") > 0, "mixer round trips on Spark: " + e);
        assertTrue((Long) e.get("bridge_transfers_distributed") > 0, "bridge transfers picked out on Spark: " + e);
        assertTrue(((Number) analysis.get("hack_proceeds_paths")).longValue() > 0, "hack-proceeds paths: " + analysis);
        assertEquals(((Number) analysis.get("hack_proceeds_paths")).longValue(), e.get("hack_proceeds_distributed"),
                "every hack-proceeds path followed on Spark");
    }

    /**
     * A generated set (bench's SyntheticData, with planted name, BIC, vessel and address hits)
     * large enough to span many partitions, first with the driver's screening index shared (local
     * mode), then with every task building its own from the files, as executors on a cluster do.
     */
    @Test
    void generatedSetOverManyPartitions() throws IOException {
        Path in = tmp.resolve("generated");
        SyntheticData data = new SyntheticData(new SyntheticData.Sizes(1_000, 2_500, 2_500, 400, 1_000), 17);
        data.write(in);
        CheckOptions o = CheckOptions.builder().lists(List.of(in.resolve("list.csv"))).transfers(List.of(in.resolve("transfers.csv")))
                .shipments(List.of(in.resolve("shipments.csv"))).payments(List.of(in.resolve("payments.csv")))
                .rules(Path.of("rules")).asOf(LocalDate.of(2026, 1, 15)).build();
        Map<?, ?> shared = assertSame(o, engine(16, 150, true), "generated, shared index");
        assertEquals(5_000L, shared.get("records_distributed"));
        assertEquals(16, shared.get("partitions"));
        Map<?, ?> built = assertSame(o, engine(5, 600, false), "generated, index built per executor");
        assertEquals(5, built.get("partitions"));
    }

    /**
     * Findings stream to the driver's sink (the batch check's on-disk sorter) as each block is done:
     * the samples' payments and shipments 40 times over (fresh ids) in 10 blocks, with the sorter's
     * memory budget at 8 KiB so that it spills sorted runs to disk in both runs; the same
     * findings.csv from the single JVM and from Spark, findings handed over while reading went on,
     * and {@code --max-findings} bounds both alike (the same first findings, the same count beyond).
     */
    @Test
    void findingsPastTheSortersBudgetStreamFromTheBlocks() throws IOException {
        Path in = tmp.resolve("repeated");
        Files.createDirectories(in);
        repeat(Path.of("samples/payments.csv"), in.resolve("payments.csv"), 40);
        repeat(Path.of("samples/shipments.csv"), in.resolve("shipments.csv"), 40);
        CheckOptions o = CheckOptions.builder().lists(List.of(Path.of("samples/lists/ofac")))
                .payments(List.of(in.resolve("payments.csv"))).shipments(List.of(in.resolve("shipments.csv")))
                .rules(Path.of("rules")).asOf(LocalDate.of(2026, 1, 1)).build();
        String before = System.getProperty(FindingSorter.MEMORY_PROPERTY);
        System.setProperty(FindingSorter.MEMORY_PROPERTY, "8k");
        try {
            Map<?, ?> e = assertSame(o, engine(4, 20, true), "repeated samples, sorter spilling");
            Map<?, ?> sort = (Map<?, ?>) lastManifest.get("findings_sort");
            assertTrue(sort != null && ((Number) sort.get("runs_spilled")).longValue() > 1, "the sorter spilled: " + sort);
            long streamed = (Long) e.get("record_findings_streamed");
            assertTrue(streamed > 1_000, "the payments' and shipments' findings came from the executors: " + streamed);
            assertTrue((Integer) e.get("record_blocks") > Blocks.IN_FLIGHT + 1, "blocks: " + e.get("record_blocks"));
            long whileReading = (Long) e.get("record_findings_streamed_while_reading");
            // more blocks than run at once: the first ones' findings reach the sink before reading ends
            assertTrue(whileReading > 0 && whileReading <= streamed, "findings handed over while reading: " + whileReading);

            o = o.toBuilder().maxFindings(300).build();
            assertSame(o, engine(4, 20, true), "repeated samples, --max-findings 300");
            Map<?, ?> bound = (Map<?, ?>) lastManifest.get("findings_bound");
            assertEquals(300, bound.get("max_findings"));
            assertTrue(((Number) bound.get("raised_beyond")).longValue() > 0, "findings beyond the bound: " + bound);
            assertEquals(lastSingleManifest.get("findings_bound"), bound, "the bound counts the same findings in both");
            assertEquals(lastSingleManifest.get("findings"), lastManifest.get("findings"), "the same counts in both");
        } finally {
            if (before == null) {
                System.clearProperty(FindingSorter.MEMORY_PROPERTY);
            } else {
                System.setProperty(FindingSorter.MEMORY_PROPERTY, before);
            }
        }
    }

    /** Writes {@code from}'s rows {@code times} times over, each copy's first column (the id) made unique. */
    private static void repeat(Path from, Path to, int times) throws IOException {
        List<String> lines = Files.readAllLines(from);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (int i = 0; i < times; i++) {
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.indexOf(',');
                out.add(line.substring(0, comma) + "-R" + i + line.substring(comma));
            }
        }
        Files.write(to, out);
    }
}
