package org.sanctionsmonitor.spark.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.crypto.ChainHop;
import org.sanctionsmonitor.crypto.ChainHopDetector;
import org.sanctionsmonitor.crypto.GraphAnalysis;
import org.sanctionsmonitor.crypto.PatternContext;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Transfer;

/**
 * Chain hops (CYB-033) with the bridge transfers picked out on Spark against core's
 * {@link ChainHopDetector} over the whole graph, on the samples with every rules/tests scenario
 * and on the generated set over many partitions (bridges on two chains, deposits re-emerging on
 * the other, owners, values without USD, a listed bridge): the same facts in the same order and
 * the same links (withdrawal → deposit) for exposure.
 */
class ChainHopStageConformanceTest extends LocalSparkStageTest {

    static String line(ChainHop h) {
        return h.subject().subjectId() + "|" + h.subject().source() + "|" + h.subject().facts() + "|"
                + (h.entity() == null ? null : h.entity().label()) + "|" + h.matchedValue() + "|" + h.hours() + "|"
                + h.matchedBy() + "|" + h.difference() + "|" + h.usd() + "|" + h.explanation() + "|" + h.extraEvidence();
    }

    static List<String> core(GraphCases c, Map<Integer, ListedEntity> listed, Map<Integer, Integer> links) {
        List<String> out = new ArrayList<>();
        links.putAll(new ChainHopDetector(new PatternContext(c.g, c.params, c.service, c.mixer, c.bridge, listed))
                .run(h -> out.add(line(h))));
        return out;
    }

    static List<String> spark(GraphCases c, Map<Integer, ListedEntity> listed, Map<Integer, Integer> links) {
        Dataset<Row> rows = GraphRows.dataset(spark, c.transfers, c.prices, 12);
        TreeSet<Long> seqs = new TreeSet<>();
        for (Row r : new ChainHopStage(spark, c.keys(c.bridge)).run(rows).collectAsList()) {
            seqs.add(r.getLong(0));
        }
        Map<Long, Transfer> bySeq = new HashMap<>();
        seqs.forEach(s -> bySeq.put(s, c.transfers.get(s.intValue())));
        Map<String, String> first = ExposureFacts.firstWritten(spark, rows, ExposureFacts.nodeKeys(bySeq.values()));
        Map<String, ListedEntity> listedByKey = new HashMap<>();
        listed.forEach((node, e) -> listedByKey.put(c.key(node), e));
        GraphAnalysis.OffloadChainHops hops = SparkGraphStages.chainHops(seqs, bySeq, first, c.prices, c.params,
                c.keys(c.bridge), listedByKey);
        links.putAll(hops.links());
        List<String> out = new ArrayList<>();
        hops.facts().forEach(h -> out.add(line(h)));
        return out;
    }

    private static void check(GraphCases c, Map<Integer, ListedEntity> listed, int atLeast) {
        Map<Integer, Integer> coreLinks = new TreeMap<>();
        List<String> expected = core(c, listed, coreLinks);
        assertTrue(expected.size() >= atLeast, "chain hops expected: " + expected.size());
        assertTrue(coreLinks.size() >= 1, "links expected");
        Map<Integer, Integer> sparkLinks = new TreeMap<>();
        assertEquals(String.join("\n", expected), String.join("\n", spark(c, listed, sparkLinks)));
        assertEquals(coreLinks, sparkLinks);
    }

    @Test
    void samplesAndScenariosGiveTheSameChainHops() throws Exception {
        check(GraphCases.samplesAndScenarios(), Map.of(), 3);
    }

    @Test
    void generatedSetOverManyPartitionsGivesTheSameChainHops() {
        GraphCases c = GraphCases.generated(4000, 17);
        int bridge = c.builder.existingNode("bsc", String.format(java.util.Locale.ROOT, "0x%040x", 0xabc000L + 8));
        assertTrue(bridge >= 0 && c.bridge[bridge]);
        Map<Integer, ListedEntity> listed = Map.of(bridge, c.entities.get(1));
        check(c, listed, 50);
        List<String> expected = core(c, listed, new HashMap<>());
        assertTrue(expected.stream().anyMatch(s -> s.contains("the same owner")), "owner matches");
        assertTrue(expected.stream().anyMatch(s -> s.contains("matched by value")), "value matches");
        assertTrue(expected.stream().anyMatch(s -> s.contains("|" + c.entities.get(1).label() + "|")), "the listed bridge");
    }
}
