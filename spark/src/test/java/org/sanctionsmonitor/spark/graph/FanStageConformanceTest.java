package org.sanctionsmonitor.spark.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.crypto.FanOutFanIn;
import org.sanctionsmonitor.crypto.FanOutFanInDetector;
import org.sanctionsmonitor.crypto.PatternContext;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Transfer;

/**
 * Fan-out/fan-in on Spark against core's {@link FanOutFanInDetector}, on the samples with every
 * rules/tests scenario and on the generated set over many partitions with planted fans: the same
 * facts (source, recombining address, branches, span, USD, explanation, evidence) in the same order.
 */
class FanStageConformanceTest extends LocalSparkStageTest {

    static String line(FanOutFanIn f) {
        return f.subject().subjectId() + "|" + f.subject().source() + "|" + f.subject().facts() + "|" + f.matchedValue() + "|"
                + f.branches() + "|" + f.spanHours() + "|" + f.usd() + "|" + f.explanation() + "|" + f.extraEvidence();
    }

    static List<String> core(GraphCases c) {
        List<String> out = new ArrayList<>();
        new FanOutFanInDetector(new PatternContext(c.g, c.params, c.service, c.mixer, c.bridge, Map.of()))
                .run(f -> out.add(line(f)));
        return out;
    }

    static List<String> spark(GraphCases c) {
        Dataset<Row> rows = GraphRows.dataset(spark, c.transfers, c.prices, 12);
        List<Row> got = FanStage.of(spark, c.params, c.keys(c.service)).run(rows).collectAsList();
        Map<Long, Transfer> bySeq = new HashMap<>();
        for (Row r : got) {
            for (long s : SparkGraphStages.fanSeqs(r)) {
                bySeq.put(s, c.transfers.get((int) s));
            }
        }
        Map<String, String> first = ExposureFacts.firstWritten(spark, rows, ExposureFacts.nodeKeys(bySeq.values()));
        List<String> out = new ArrayList<>();
        // in core's order: by source node, then recombining node
        SparkGraphStages.fanOutFanIns(got, bySeq, first, c.prices, c.params).stream()
                .sorted(Comparator.<FanOutFanIn>comparingInt(f -> c.builder.existingNode(f.subject().facts().get("chain"),
                        f.subject().facts().get("address")))
                        .thenComparingInt(f -> c.builder.existingNode(f.subject().facts().get("chain"), f.matchedValue())))
                .forEach(f -> out.add(line(f)));
        return out;
    }

    @Test
    void samplesAndScenariosGiveTheSameFans() throws Exception {
        GraphCases c = GraphCases.samplesAndScenarios();
        List<String> expected = core(c);
        assertTrue(expected.size() >= 1, "the CYB-032 scenarios should show a fan-out/fan-in");
        assertEquals(String.join("\n", expected), String.join("\n", spark(c)));
    }

    @Test
    void generatedSetWithFansOverManyPartitionsGivesTheSameFans() {
        GraphCases c = withFans(GraphCases.generated(4000, 17));
        List<String> expected = core(c);
        assertTrue(expected.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).startsWith("0x00000000000000000000000000000000000fa000|")),
                "the planted fan should be found");
        assertTrue(expected.stream().noneMatch(s -> s.toLowerCase(Locale.ROOT).startsWith("0x00000000000000000000000000000000000fa001|")),
                "a source above fan_source_hub_transfers with a busy window is a hub");
        assertTrue(expected.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).startsWith("0x00000000000000000000000000000000000fa002|")),
                "a source above fan_source_hub_transfers whose windows are quiet is searched");
        assertTrue(expected.stream().noneMatch(s -> s.toLowerCase(Locale.ROOT).contains("fa004")), "an intermediary hub is not followed");
        assertTrue(expected.size() >= 5, "the generated set should show several fans, got " + expected.size());
        assertEquals(String.join("\n", expected), String.join("\n", spark(c)));
    }

    /**
     * The generated set with planted fans: fa000 splits to five intermediaries, four of which
     * recombine at fa0f0 (one too late, one at the split's own second, one twice); fa001 sends
     * 1,100 transfers, 70 of them in one hour (a hub by the floor); fa002 sends 1,100, twenty a
     * day (60 in any window), and fans out through three; fa003 fans out through four, one of
     * which (fa004) pays 70 others within the window (a hub, not followed). All in 2025.
     */
    static GraphCases withFans(GraphCases g) {
        List<Transfer> ts = new ArrayList<>(g.transfers);
        long t0 = Instant.parse("2025-04-01T00:00:00Z").getEpochSecond();
        String sink = a(0xfa0f0);
        for (int k = 0; k < 5; k++) {
            String r = a(0xfa100 + k);
            add(ts, a(0xfa000), r, t0 + k * 600L);
            if (k == 1) {
                add(ts, r, sink, t0 + k * 600L); // the same second: not after the split
            } else if (k == 4) {
                add(ts, r, sink, t0 + 49 * 3600L); // past fan_window_hours
            } else {
                add(ts, r, sink, t0 + 3600L * (k + 1));
                if (k == 2) {
                    add(ts, r, sink, t0 + 3600L * (k + 2));
                }
            }
        }
        // fa001: above the floor and busy in one window
        for (int k = 0; k < 1100; k++) {
            add(ts, a(0xfa001), a(0xfa200 + k % 3), t0 + (k < 70 ? k * 50L : 3600L * (k - 69)));
        }
        for (int k = 0; k < 3; k++) {
            add(ts, a(0xfa200 + k), a(0xfa0f1), t0 + 7200);
        }
        // fa002: above the floor but never more than 64 in a window
        long t2 = t0 + 20L * 86400;
        for (int k = 0; k < 1100; k++) {
            add(ts, a(0xfa002), a(0xfa300 + k % 3), t2 + 86400L * (k / 20));
        }
        for (int k = 0; k < 3; k++) {
            add(ts, a(0xfa300 + k), a(0xfa0f2), t2 + 3600);
        }
        // fa003: through four, one of them a hub
        long t3 = t0 + 10 * 86400L;
        for (int k = 0; k < 4; k++) {
            String r = k == 3 ? a(0xfa004) : a(0xfa400 + k);
            add(ts, a(0xfa003), r, t3 + k);
            add(ts, r, a(0xfa0f3), t3 + 1800);
        }
        for (int k = 0; k < 70; k++) {
            add(ts, a(0xfa004), a(0xfa500 + k), t3 + 3600 + k);
        }
        return new GraphCases(ts, g.labels, g.entities);
    }

    private static String a(long n) {
        return String.format(Locale.ROOT, "0x%040x", n);
    }

    private static void add(List<Transfer> ts, String from, String to, long time) {
        int i = ts.size();
        ts.add(new Transfer("G-F" + i, Instant.ofEpochSecond(time), "ethereum", "ETH", i % 3 == 0 ? from.toUpperCase(Locale.ROOT)
                .replace("0X", "0x") : from, to, BigDecimal.valueOf(1 + i % 7), i % 4 == 0 ? null : BigDecimal.valueOf(2500 + i),
                null, null, Map.of(), new Provenance("generated-transfers.csv", i + 2)));
    }
}
