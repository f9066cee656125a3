package org.sanctionsmonitor.spark.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.graph.Exposure;
import org.sanctionsmonitor.graph.ExposureAnalysis;
import org.sanctionsmonitor.graph.TransferGraph;

/**
 * Exposure on Spark against core's single-JVM analysis, on the samples with every rules/tests
 * scenario and on a generated set over many partitions: the same exposures (transfer, entry,
 * hops, path, source address, listed-funds bound to the bit, bridge flag).
 */
class ExposureStageConformanceTest extends LocalSparkStageTest {

    static List<String> core(GraphCases c, int maxHops, long lookback, int minEmit) {
        List<String> out = new ArrayList<>();
        new ExposureAnalysis(c.g, maxHops, lookback, c.sources, c.service, c.bridge, c.links, c.entities, minEmit)
                .run(e -> out.add(line(e)));
        out.sort(null);
        return out;
    }

    static String line(Exposure e) {
        return e.transfer().index() + "|" + e.transfer().subjectId() + "|" + "E" + indexOf(e) + "|" + e.hops() + "|"
                + e.path().stream().map(p -> Integer.toString(p.index())).collect(Collectors.joining(">")) + "|"
                + e.sourceAddress() + "|" + e.maxExposedUsd() + "|" + e.viaBridge();
    }

    static GraphCases current;

    private static int indexOf(Exposure e) {
        return current.entities.indexOf(e.entity());
    }

    /** An exposure as the rules and the report see it: subject, its facts, explanation and evidence. */
    static String whole(Exposure e) {
        return e.subject().subjectId() + " " + e.subject().source() + " " + e.subject().facts() + " " + e.entity().entityId()
                + " " + e.explanation() + " " + e.extraEvidence();
    }

    static List<Row> lastRows;
    static Dataset<Row> lastInput;

    static List<String> spark(GraphCases c, int maxHops, long lookback, int minEmit) {
        Dataset<Row> rows = GraphRows.dataset(spark, c.transfers, c.prices, 12);
        ExposureStage stage = new ExposureStage(spark, maxHops, lookback, c.sparkSources(), c.keys(c.service), c.keys(c.bridge),
                c.sparkLinks(), minEmit);
        List<String> out = new ArrayList<>();
        long t0 = System.nanoTime();
        List<Row> got = stage.run(rows).collectAsList();
        lastRows = got;
        lastInput = rows;
        System.out.println("TIMING exposure spark " + (System.nanoTime() - t0) / 1_000_000 + " ms, bound passes " + stage.boundPasses() + ", rows " + got.size());
        for (Row r : got) {
            out.add(line(r));
        }
        out.sort(null);
        return out;
    }

    /** An exposure row as {@link #line(Exposure)} prints core's. */
    static String line(Row r) {
        List<Long> path = r.getList(r.fieldIndex("path"));
        return r.getLong(r.fieldIndex("seq")) + "|" + r.getString(r.fieldIndex("tx_id")) + "|E" + r.getInt(r.fieldIndex("entity"))
                + "|" + r.getInt(r.fieldIndex("hops")) + "|"
                + path.stream().map(String::valueOf).collect(Collectors.joining(">")) + "|"
                + r.getString(r.fieldIndex("source_address")) + "|" + r.getDouble(r.fieldIndex("bound")) + "|"
                + r.getBoolean(r.fieldIndex("via_bridge"));
    }

    @Test
    void samplesAndScenariosGiveTheSameExposures() throws Exception {
        GraphCases c = GraphCases.samplesAndScenarios();
        current = c;
        int hops = (int) c.params.number("exposure_max_hops");
        long lookback = (long) (c.params.number("exposure_lookback_days") * 86400);
        List<String> expected = core(c, hops, lookback, 2);
        assertTrue(expected.size() >= 3, "the samples and scenarios should give some exposures: " + expected);
        assertEquals(String.join("\n", expected), String.join("\n", spark(c, hops, lookback, 2)));

        // the facts the rules get: core's Exposure rebuilt from the rows, explanation and evidence included
        List<String> coreFacts = new ArrayList<>();
        new ExposureAnalysis(c.g, hops, lookback, c.sources, c.service, c.bridge, c.links, c.entities, 2)
                .run(e -> coreFacts.add(whole(e)));
        java.util.Map<Long, org.sanctionsmonitor.model.Transfer> bySeq = new java.util.HashMap<>();
        for (long seq : ExposureFacts.referencedSeqs(lastRows)) {
            bySeq.put(seq, c.transfers.get((int) seq));
        }
        java.util.Map<String, String> first = ExposureFacts.firstWritten(spark, lastInput, ExposureFacts.nodeKeys(bySeq.values()));
        List<String> sparkFacts = ExposureFacts.toCore(lastRows, bySeq, first, c.prices, c.entities, java.util.Map.of()).stream()
                .map(ExposureStageConformanceTest::whole).collect(Collectors.toList());
        coreFacts.sort(null);
        sparkFacts.sort(null);
        assertEquals(String.join("\n", coreFacts), String.join("\n", sparkFacts));
    }

    @Test
    void generatedSetOverManyPartitionsGivesTheSameExposures() {
        GraphCases c = GraphCases.generated(4000, 17);
        current = c;
        List<String> expected = core(c, 4, 60L * 86400, 2);
        assertTrue(expected.size() > 200, "the generated set should give many exposures, got " + expected.size());
        assertTrue(expected.stream().anyMatch(s -> s.endsWith("|true")), "some exposure should cross a bridge");
        assertTrue(expected.stream().anyMatch(s -> s.contains("|NaN|")), "some bound should be unknown");
        assertEquals(String.join("\n", expected), String.join("\n", spark(c, 4, 60L * 86400, 2)));
    }
}
