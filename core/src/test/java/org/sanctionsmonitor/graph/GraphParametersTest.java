package org.sanctionsmonitor.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.RuleException;

/** The reviewed graph parameter table. */
class GraphParametersTest {

    @TempDir
    Path dir;

    @Test
    void theShippedTableLoadsWithItsDefaults() {
        GraphParameters p = GraphParameters.load(Path.of("rules"));
        assertEquals(3, p.number("exposure_max_hops"));
        assertEquals(48, p.number("mixer_round_trip_window_hours"));
        assertEquals(Set.of("bridge", "exchange", "mixer"), p.labelSet("exposure_stop_label_types"));
        assertEquals("exposure_max_hops", p.facts().get(0).name());
        assertEquals(GraphParameters.NUMERIC.size() + GraphParameters.TEXT.size(), p.facts().size());
    }

    @Test
    void problemsNameTheFileAndLine() throws IOException {
        Path ref = dir.resolve("reference");
        Files.createDirectories(ref);
        String table = Files.readString(Path.of("rules", GraphParameters.FILE))
                .replace("peel_min_hops,3,", "peel_min_hops,three,")
                .replaceAll("(?m)^structuring_margin,.*\\n", "");
        Files.writeString(ref.resolve("graph-parameters.csv"), table);
        RuleException e = assertThrows(RuleException.class, () -> GraphParameters.load(dir));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("rules/reference/graph-parameters.csv:11 parameter 'peel_min_hops': 'three' is not a number"), all);
        assertTrue(all.contains("parameter 'structuring_margin' is missing"), all);
    }
}
