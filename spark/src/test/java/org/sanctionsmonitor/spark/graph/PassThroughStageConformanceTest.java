package org.sanctionsmonitor.spark.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.crypto.PassThroughDetector;
import org.sanctionsmonitor.crypto.PatternContext;

/**
 * Pass-through on Spark against core's detector, on the samples with every rules/tests scenario
 * and on a generated set over many partitions (with hubs: addresses sending more than 64
 * transfers inside one window): the same addresses, events, minutes, values and evidence.
 */
class PassThroughStageConformanceTest extends LocalSparkStageTest {

    static List<String> core(GraphCases c) {
        List<String> out = new ArrayList<>();
        new PassThroughDetector(new PatternContext(c.g, c.params, c.service, c.mixer, c.bridge, Map.of())).run(p -> out.add(
                p.subject().subjectId() + "|" + p.events() + "|" + p.maxMinutes() + "|" + p.valued() + "|" + p.maxUsd() + "|"
                        + p.asset() + "|" + p.maxAmount() + "|"
                        + p.extraEvidence().stream().map(e -> e.facts().get("stage") + ":" + e.id()).collect(Collectors.joining(">"))));
        out.sort(null);
        return out;
    }

    static List<String> spark(GraphCases c) {
        List<String> out = new ArrayList<>();
        PassThroughStage stage = PassThroughStage.of(spark, c.params, c.keys(c.service));
        for (Row r : stage.run(GraphRows.dataset(spark, c.transfers, c.prices, 12)).collectAsList()) {
            boolean unvalued = !r.isNullAt(r.fieldIndex("largest_unvalued_seq"));
            String asset = null;
            double amount = Double.NaN;
            if (unvalued) {
                var t = c.transfers.get((int) r.getLong(r.fieldIndex("largest_unvalued_seq")));
                asset = t.asset();
                amount = t.amount().doubleValue();
            }
            List<String> evidence = new ArrayList<>();
            for (Row e : r.<Row>getList(r.fieldIndex("first_events"))) {
                if (evidence.size() < 24) {
                    evidence.add("in:" + c.transfers.get((int) e.getLong(e.fieldIndex("seq"))).txId());
                    for (Long o : e.<Long>getList(e.fieldIndex("outs"))) {
                        if (evidence.size() < 24) {
                            evidence.add("out:" + c.transfers.get(o.intValue()).txId());
                        }
                    }
                }
            }
            out.add(r.getString(r.fieldIndex("address")) + "|" + r.getInt(r.fieldIndex("events")) + "|"
                    + r.getDouble(r.fieldIndex("max_minutes")) + "|" + (r.getInt(r.fieldIndex("unvalued")) == 0) + "|"
                    + r.getDouble(r.fieldIndex("max_usd")) + "|" + asset + "|" + amount + "|" + String.join(">", evidence));
        }
        out.sort(null);
        return out;
    }

    @Test
    void samplesAndScenariosGiveTheSamePassThrough() throws Exception {
        GraphCases c = GraphCases.samplesAndScenarios();
        List<String> expected = core(c);
        assertTrue(expected.size() >= 1, "the samples and scenarios should show pass-through: " + expected);
        assertEquals(String.join("\n", expected), String.join("\n", spark(c)));
    }

    @Test
    void generatedSetOverManyPartitionsGivesTheSamePassThrough() {
        GraphCases c = GraphCases.generated(4000, 17);
        List<String> expected = core(c);
        assertTrue(expected.size() > 20, "the generated set should show pass-through at many addresses, got " + expected.size());
        assertTrue(expected.stream().noneMatch(s -> s.contains("in:G-HUB-IN")), "the hub's receipt is not examined");
        assertEquals(String.join("\n", expected), String.join("\n", spark(c)));
    }
}
