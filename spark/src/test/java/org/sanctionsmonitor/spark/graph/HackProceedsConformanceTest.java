package org.sanctionsmonitor.spark.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.crypto.GraphAnalysis;
import org.sanctionsmonitor.crypto.HackProceeds;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Transfer;

/**
 * Hack proceeds (CYB-023..025) on Spark against core's single-JVM paths: the hack_proceeds labels
 * ride in the listed exposure's run of {@link ExposureStage} as entries of their own
 * ({@link SparkGraphStages#exposures}), and {@link SparkGraphStages#hackProceeds} makes core's
 * facts from the rows. Compared whole (subject, facts, label, hops, deposit, bound to the bit,
 * explanation with its price note, evidence), and the listed exposures of the same run against
 * core's, on the samples with every rules/tests scenario and on a generated set over many
 * partitions with the edge cases of {@link #withHackProceeds}.
 */
class HackProceedsConformanceTest extends LocalSparkStageTest {

    /** What the rules and the report see of a hack-proceeds fact. */
    static String whole(HackProceeds h) {
        return h.subject().subjectId() + " " + h.subject().source() + " " + h.subject().facts() + " " + h.label() + " "
                + h.hops() + " " + h.depositInto() + " " + h.depositName() + " " + h.maxExposedUsd() + " " + h.viaBridge() + " "
                + h.explanation() + " " + h.extraEvidence();
    }

    /** The hack_proceeds labels by node (the first of a node kept, in node order) and the stop-type labels, as core's graph stage collects them. */
    private static Map<Integer, AddressLabel> labels(GraphCases c, boolean hack) {
        java.util.Set<String> stopTypes = c.params.labelSet("exposure_stop_label_types");
        Map<Integer, AddressLabel> m = new TreeMap<>();
        for (AddressLabel l : c.labels) {
            int node = c.builder.existingNode(l.chain(), l.address());
            if (node >= 0 && (hack ? l.labelType().equals(GraphAnalysis.HACK_PROCEEDS) : stopTypes.contains(l.labelType()))) {
                m.putIfAbsent(node, l);
            }
        }
        return m;
    }

    /** Asserts the same hack-proceeds facts and listed exposures; returns core's hack facts. */
    private static List<String> assertSameFacts(GraphCases c) {
        ExposureStageConformanceTest.current = c;
        Map<Integer, AddressLabel> hackLabels = labels(c, true);
        Map<Integer, AddressLabel> serviceLabels = labels(c, false);
        List<String> core = new ArrayList<>();
        GraphAnalysis.hackProceeds(c.g, c.params, hackLabels, serviceLabels, c.service, c.bridge, c.links, h -> core.add(whole(h)));
        core.sort(null);

        Dataset<Row> rows = GraphRows.dataset(spark, c.transfers, c.prices, 12);
        List<String> hackKeys = new ArrayList<>();
        hackLabels.keySet().forEach(n -> hackKeys.add(c.key(n)));
        Map<String, AddressLabel> serviceByKey = new HashMap<>();
        serviceLabels.forEach((n, l) -> serviceByKey.put(c.key(n), l));
        long t0 = System.nanoTime();
        SparkGraphStages.ExposureRows got = SparkGraphStages.exposures(spark, rows, c.params, c.sparkSources(), c.entities.size(),
                hackKeys, c.keys(c.service), c.keys(c.bridge), c.sparkLinks());
        System.out.println("TIMING exposure and hack proceeds spark " + (System.nanoTime() - t0) / 1_000_000 + " ms, bound passes "
                + got.boundPasses() + ", rows " + got.listed().size() + " + " + got.hack().size());
        Map<Long, Transfer> bySeq = new HashMap<>();
        for (long seq : ExposureFacts.referencedSeqs(got.hack())) {
            bySeq.put(seq, c.transfers.get((int) seq));
        }
        Map<String, String> first = ExposureFacts.firstWritten(spark, rows, ExposureFacts.nodeKeys(bySeq.values()));
        List<String> onSpark = SparkGraphStages.hackProceeds(got.hack(), bySeq, first, c.prices, c.entities,
                new ArrayList<>(hackLabels.values()), serviceByKey).stream().map(HackProceedsConformanceTest::whole)
                .sorted().collect(Collectors.toList());
        assertEquals(String.join("\n", core), String.join("\n", onSpark));

        // the listed exposures of the same run are still core's (the hack entries do not leak into them)
        int hops = (int) c.params.number("exposure_max_hops");
        long lookback = (long) (c.params.number("exposure_lookback_days") * 86400);
        List<String> listed = got.listed().stream().map(ExposureStageConformanceTest::line).sorted().collect(Collectors.toList());
        assertEquals(String.join("\n", ExposureStageConformanceTest.core(c, hops, lookback, 2)), String.join("\n", listed));
        return core;
    }

    @Test
    void samplesAndScenariosGiveTheSameHackProceeds() throws Exception {
        List<String> core = assertSameFacts(GraphCases.samplesAndScenarios());
        assertTrue(core.size() >= 3, "the CYB-023..025 scenarios should give hack-proceeds paths: " + core);
        assertTrue(core.stream().anyMatch(s -> s.contains(" into the ")), "some path should deposit into a service: " + core);
    }

    @Test
    void generatedSetOverManyPartitionsGivesTheSameHackProceeds() {
        GraphCases c = withHackProceeds(GraphCases.generated(4000, 17));
        List<String> core = assertSameFacts(c);
        assertTrue(core.size() > 100, "the generated set should give many hack-proceeds paths, got " + core.size());
        int last = (int) c.params.number("exposure_max_hops");
        assertTrue(core.stream().anyMatch(s -> s.contains("directly from hack_proceeds address"))
                && core.stream().anyMatch(s -> s.contains("through " + last + " hops")), "paths from hop 1 to the last hop");
        assertTrue(core.stream().anyMatch(s -> s.contains("(across a bridge to another chain)")), "some path should cross a bridge");
        assertTrue(core.stream().anyMatch(s -> s.contains("into the exchange")), "some path should deposit into an exchange");
        assertTrue(core.stream().anyMatch(s -> s.contains("unknown (no USD value)")), "some bound should be unknown");
        for (String name : List.of("HACK LISTED", "HACK EXCHANGE", "HACK BRIDGE", "HACK BSC LISTED")) {
            assertTrue(core.stream().anyMatch(s -> s.contains("proceeds of " + name)), "paths from " + name);
        }
        assertTrue(core.stream().noneMatch(s -> s.contains("HACK AGAIN")), "a second label of one address is not a source");
    }

    /**
     * The generated set with more hack_proceeds labels: a second label on the generated hack
     * address (the first is kept), one on a listed address of each chain (a node that is a
     * source of a list entry and of a label at once), one on an exchange (a stop-labelled source:
     * its own transfers are hop 1, it passes nothing on), one on a bridge on bsc (its withdrawals
     * are hop 1 and may also be linked to tainted deposits); and transfers of the hack address
     * into an exchange and into the first unlabelled hub of {@link HubStageConformanceTest#withHubs}
     * (which stops hack proceeds where that set is added).
     */
    static GraphCases withHackProceeds(GraphCases c) {
        List<Transfer> ts = new ArrayList<>(c.transfers);
        List<AddressLabel> labels = new ArrayList<>(c.labels);
        Provenance lp = new Provenance("generated-labels.csv", 300);
        String hack = find(c, GraphAnalysis.HACK_PROCEEDS, "ethereum");
        String exchange = find(c, "exchange", "ethereum");
        String bridge = find(c, "bridge", "bsc");
        labels.add(new AddressLabel("ethereum", hack, "hack_proceeds", "HACK AGAIN", "gen", Map.of(), lp));
        labels.add(new AddressLabel("ethereum", c.entities.get(0).cryptoAddresses().get(0).address(), "hack_proceeds", "HACK LISTED",
                "gen", Map.of(), lp));
        labels.add(new AddressLabel("bsc", c.entities.get(1).cryptoAddresses().get(1).address(), "hack_proceeds", "HACK BSC LISTED",
                "gen", Map.of(), lp));
        labels.add(new AddressLabel("ethereum", exchange, "hack_proceeds", "HACK EXCHANGE", "gen", Map.of(), lp));
        labels.add(new AddressLabel("bsc", bridge, "hack_proceeds", "HACK BRIDGE", "gen", Map.of(), lp));
        long t = Instant.parse("2025-03-01T00:00:00Z").getEpochSecond() - 3600;
        String hub = String.format(java.util.Locale.ROOT, "0x%040x", 0xfeed1L);
        for (String to : List.of(exchange, hub)) {
            ts.add(new Transfer("G-HACK-" + ts.size(), Instant.ofEpochSecond(t), "ethereum", "ETH", hack, to, BigDecimal.valueOf(50),
                    BigDecimal.valueOf(100), null, null, Map.of(), new Provenance("generated-transfers.csv", ts.size() + 2)));
        }
        return new GraphCases(ts, labels, c.entities);
    }

    private static String find(GraphCases c, String type, String chain) {
        return c.labels.stream().filter(l -> l.labelType().equals(type) && l.chain().equals(chain)).findFirst().orElseThrow().address();
    }
}
