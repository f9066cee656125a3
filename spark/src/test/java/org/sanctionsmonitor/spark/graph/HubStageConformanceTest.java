package org.sanctionsmonitor.spark.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.crypto.PatternContext;
import org.sanctionsmonitor.crypto.ServiceLikeAddress;
import org.sanctionsmonitor.crypto.ServiceLikeDetector;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Transfer;

/**
 * Unlabelled hubs on Spark against core's {@link ServiceLikeDetector}, on the samples with every
 * rules/tests scenario and on the generated set over many partitions with hubs added: the same
 * hubs, counterparties, transfers touched, explanation, warning and evidence, and the same flags
 * for the exposure stage's stop set.
 */
class HubStageConformanceTest extends LocalSparkStageTest {

    static String line(ServiceLikeAddress h) {
        return h.subject().subjectId() + "|" + h.subject().source() + "|" + h.subject().facts() + "|" + h.chain() + "|"
                + h.counterparties() + "|" + h.windowHours() + "|" + h.transfers() + "|" + h.explanation() + "|" + h.warning()
                + "|" + h.extraEvidence();
    }

    static List<String> core(GraphCases c) {
        List<String> out = new ArrayList<>();
        new ServiceLikeDetector(new PatternContext(c.g, c.params, c.service, c.mixer, c.bridge, Map.of()))
                .run(h -> out.add(line(h)));
        return out;
    }

    static List<String> spark(GraphCases c) {
        Dataset<Row> rows = GraphRows.dataset(spark, c.transfers, c.prices, 12);
        List<Row> got = HubStage.of(spark, c.params, c.keys(c.service)).run(rows).collectAsList();
        Map<Long, Transfer> bySeq = new HashMap<>();
        for (Row r : got) {
            for (Long s : r.<Long>getList(r.fieldIndex("evidence_seqs"))) {
                bySeq.put(s, c.transfers.get(s.intValue()));
            }
        }
        Map<String, String> first = ExposureFacts.firstWritten(spark, rows, ExposureFacts.nodeKeys(bySeq.values()));
        List<String> out = new ArrayList<>();
        // in core's node order, as the driver hands them on
        SparkGraphStages.hubFacts(got, bySeq, first, c.prices, c.params).stream()
                .sorted(java.util.Comparator.comparingInt(h -> c.builder.existingNode(h.chain(), h.address())))
                .forEach(h -> out.add(line(h)));
        return out;
    }

    @Test
    void samplesAndScenariosGiveTheSameHubs() throws Exception {
        GraphCases c = GraphCases.samplesAndScenarios();
        List<String> expected = core(c);
        assertTrue(expected.size() >= 1, "the CYB-004 scenarios should show a hub: " + expected);
        assertEquals(String.join("\n", expected), String.join("\n", spark(c)));
    }

    @Test
    void generatedSetWithHubsOverManyPartitionsGivesTheSameHubs() {
        GraphCases c = withHubs(GraphCases.generated(4000, 17));
        List<String> expected = core(c);
        assertEquals(3, expected.stream().filter(s -> s.contains("exposure was not")).count(),
                "the three generated hubs (feed1, feed2, feed3) stop exposure: " + expected);
        for (String h : List.of("feed0", "feed1", "feed2", "feed3")) {
            assertTrue(expected.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).startsWith("0x00000000000000000000000000000000000" + h)),
                    h + " is above service_like_floor and should have a fact: " + expected);
        }
        // the generated hubs write their address in mixed case (0x...FEED0), as an EVM feed may
        assertTrue(expected.stream().filter(s -> s.toLowerCase(Locale.ROOT).startsWith("0x00000000000000000000000000000000000feed0"))
                        .allMatch(s -> s.contains("exposure was still")),
                "exactly hub_fanout counterparties: a fact for CYB-004 to decide, but not a hub that stops exposure");
        assertTrue(expected.stream().filter(s -> s.toLowerCase(Locale.ROOT).startsWith("0x00000000000000000000000000000000000feed1"))
                        .allMatch(s -> s.contains("exposure was not")),
                "65 counterparties stop exposure");
        assertTrue(expected.stream().noneMatch(s -> s.toLowerCase(Locale.ROOT).startsWith("0x00000000000000000000000000000000000feed4")),
                "a labelled exchange is never a hub");
        assertEquals(String.join("\n", expected), String.join("\n", spark(c)));
    }

    /**
     * The generated set with addresses paying out around hub_fanout (64) distinct counterparties
     * in a day: exactly 64 (not a hub), 65 with repeats and same-second ties, a busiest window
     * that is not the first, one with more than 24 payouts at its window's first second (the
     * evidence's cut), a labelled exchange paying 100, and counterparties shared with the random
     * transfers.
     */
    static GraphCases withHubs(GraphCases g) {
        List<Transfer> ts = new ArrayList<>(g.transfers);
        List<AddressLabel> labels = new ArrayList<>(g.labels);
        long t0 = Instant.parse("2025-03-01T00:00:00Z").getEpochSecond();
        long day = 86400;
        String[] hub = new String[5];
        for (int h = 0; h < hub.length; h++) {
            hub[h] = String.format(Locale.ROOT, "0x%040x", 0xfeed0L + h);
        }
        labels.add(new AddressLabel("ethereum", hub[4], "exchange", "EXH", "gen", Map.of(), new Provenance("generated-labels.csv", 99)));
        // 0: 64 distinct in a day, twice each (never more than 64 in any window)
        for (int k = 0; k < 128; k++) {
            add(ts, hub[0], cp(k % 64), t0 + k * 600L);
        }
        // 1: 65 distinct within 24 h exactly (the last at +24 h), with repeats and same-second ties
        for (int k = 0; k < 65; k++) {
            add(ts, hub[1], cp(k), t0 + (k / 3) * 4114L);
            if (k % 5 == 0) {
                add(ts, hub[1], cp(k), t0 + (k / 3) * 4114L);
            }
        }
        add(ts, hub[1], cp(200), t0 + day + 1); // just outside the first window
        // 2: a quiet first day of 30, then 70 distinct on the third day and 90 on the fifth
        for (int k = 0; k < 30; k++) {
            add(ts, hub[2], cp(k), t0 + k * 60L);
        }
        for (int k = 0; k < 70; k++) {
            add(ts, hub[2], cp(100 + k), t0 + 2 * day + k * 1000L);
        }
        for (int k = 0; k < 90; k++) {
            add(ts, hub[2], cp(300 + k % 91), t0 + 4 * day + k * 900L);
        }
        // 3: 40 payouts in its first second (ties cut at 24 evidence lines), 30 more later that day, some to generated addresses
        for (int k = 0; k < 40; k++) {
            add(ts, hub[3], k % 4 == 0 ? String.format(Locale.ROOT, "0x%040x", 0xabc000L + k) : cp(500 + k), t0 + 7 * day);
        }
        for (int k = 0; k < 30; k++) {
            add(ts, hub[3], cp(600 + k), t0 + 7 * day + 3600 + k * 60L);
        }
        add(ts, cp(1), hub[3], t0 + 6 * day); // a receipt: touched counts it
        // 4: a labelled exchange paying 100 distinct
        for (int k = 0; k < 100; k++) {
            add(ts, hub[4], cp(700 + k), t0 + 9 * day + k * 30L);
        }
        return new GraphCases(ts, labels, g.entities);
    }

    private static String cp(int k) {
        return String.format(Locale.ROOT, "0x%040x", 0xc0ffee000L + k);
    }

    private static void add(List<Transfer> ts, String from, String to, long time) {
        int i = ts.size();
        ts.add(new Transfer("G-H" + i, Instant.ofEpochSecond(time), "ethereum", "ETH", i % 3 == 0 ? from.toUpperCase(Locale.ROOT)
                .replace("0X", "0x") : from, to, BigDecimal.ONE, i % 4 == 0 ? null : BigDecimal.valueOf(2500), null, null, Map.of(),
                new Provenance("generated-transfers.csv", i + 2)));
    }
}
