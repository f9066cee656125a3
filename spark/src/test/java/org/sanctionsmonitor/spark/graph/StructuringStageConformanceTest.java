package org.sanctionsmonitor.spark.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.crypto.PatternContext;
import org.sanctionsmonitor.crypto.StructuringDetector;

/**
 * Structuring on Spark against core's detector, on the samples with every rules/tests scenario
 * and on a generated set over many partitions: the same senders, counts, spans, totals (to the
 * bit) and counted transfers.
 */
class StructuringStageConformanceTest extends LocalSparkStageTest {

    static List<String> core(GraphCases c) {
        List<String> out = new ArrayList<>();
        new StructuringDetector(new PatternContext(c.g, c.params, c.service, c.mixer, c.bridge, Map.of())).run(s -> out.add(
                s.subject().subjectType() + "|" + s.subject().subjectId() + "|" + s.transfers() + "|" + s.spanHours() + "|"
                        + s.totalUsd() + "|" + s.extraEvidence().stream().map(e -> e.id()).collect(Collectors.joining(">"))));
        out.sort(null);
        return out;
    }

    static List<String> spark(GraphCases c) {
        List<String> out = new ArrayList<>();
        for (Row r : StructuringStage.of(c.params).run(GraphRows.dataset(spark, c.transfers, c.prices, 12)).collectAsList()) {
            List<Long> seqs = r.getList(r.fieldIndex("seqs"));
            out.add(r.getString(r.fieldIndex("subject_type")) + "|" + r.getString(r.fieldIndex("subject_id")) + "|"
                    + r.getInt(r.fieldIndex("transfers")) + "|" + r.getDouble(r.fieldIndex("span_hours")) + "|"
                    + r.getDouble(r.fieldIndex("total_usd")) + "|"
                    + seqs.stream().limit(24).map(s -> c.transfers.get(s.intValue()).txId()).collect(Collectors.joining(">")));
        }
        out.sort(null);
        return out;
    }

    @Test
    void samplesAndScenariosGiveTheSameStructuring() throws Exception {
        GraphCases c = GraphCases.samplesAndScenarios();
        List<String> expected = core(c);
        assertTrue(expected.size() >= 1, "the samples and scenarios should show structuring: " + expected);
        assertEquals(String.join("\n", expected), String.join("\n", spark(c)));
    }

    @Test
    void generatedSetOverManyPartitionsGivesTheSameStructuring() {
        GraphCases c = GraphCases.generated(4000, 17);
        List<String> expected = core(c);
        assertTrue(expected.size() > 20, "the generated set should show structuring by many senders, got " + expected.size());
        assertTrue(expected.stream().anyMatch(s -> s.startsWith("customer|")), "some by customers");
        assertTrue(expected.stream().anyMatch(s -> s.startsWith("address|")), "some by addresses");
        assertEquals(String.join("\n", expected), String.join("\n", spark(c)));
    }
}
