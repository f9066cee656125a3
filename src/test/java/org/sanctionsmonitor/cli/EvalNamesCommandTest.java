package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.screening.NameEvaluation;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.NameScreener;

/**
 * The evaluation's targets at the configured thresholds: recall >= 0.98 on the variation suite
 * built from the OFAC excerpt, and no innocent name at or above the alert threshold.
 */
class EvalNamesCommandTest {

    @Test
    void targetsAreMet() {
        NameMatchingConfig config = NameMatchingConfig.load(Path.of("rules"));
        List<ListedEntity> entities = ListLoader.load(Path.of("src/test/resources/lists/ofac-sdn-dprk-excerpt"), null,
                new ArrayList<>()).entities();
        NameEvaluation.Result r = NameEvaluation.run(new NameScreener(entities, config), entities);
        assertTrue(r.variations().size() >= 300, "a real suite: " + r.variations().size() + " variations");
        assertTrue(r.innocents().size() >= 150, "innocents: " + r.innocents().size());
        assertTrue(r.recall() >= EvalNamesCommand.TARGET_RECALL, "recall " + r.recall() + "; misses: "
                + r.misses().stream().map(o -> o.c().kind() + " '" + o.c().name() + "'").toList());
        assertEquals(List.of(), r.falsePositives().stream().map(o -> o.c().name()).toList());
        // every kind of variation the issue names is in the suite
        List<String> kinds = r.variations().stream().map(o -> o.c().kind()).distinct().toList();
        for (String k : List.of("transliteration (Revised Romanisation)", "given names first", "typo", "truncated",
                "given names joined", "given name split", "legal form added", "extra words", "word order",
                "diacritics (McCune-Reischauer breves)")) {
            assertTrue(kinds.contains(k), k + " missing from " + kinds);
        }
    }

    @Test
    void theCommandPrintsRecallAndFalsePositivesAndExitsZero() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"eval-names", "--lists", "src/test/resources/lists/ofac-sdn-dprk-excerpt"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains("recall"), out.toString());
        assertTrue(out.toString().contains("at or above the alert threshold: 0 (target 0)"), out.toString());
        assertTrue(out.toString().contains("result: targets met"), out.toString());
    }
}
