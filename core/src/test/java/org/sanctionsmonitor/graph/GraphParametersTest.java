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

    @Test
    void aWindowWiderThanItsSearchHorizonIsRefused() throws IOException {
        Path ref = dir.resolve("reference");
        Files.createDirectories(ref);
        String table = Files.readString(Path.of("rules", GraphParameters.FILE))
                .replace("mixer_round_trip_window_hours,48,", "mixer_round_trip_window_hours,721,");
        Files.writeString(ref.resolve("graph-parameters.csv"), table);
        RuleException e = assertThrows(RuleException.class, () -> GraphParameters.load(dir));
        assertEquals(java.util.List.of("rules/reference/graph-parameters.csv:5 parameter 'mixer_round_trip_window_hours': 721"
                + " exceeds the search horizon mixer_round_trip_horizon_hours (720, line 22); the analysis measures nothing beyond it"),
                e.problems());
        Files.writeString(ref.resolve("graph-parameters.csv"), table.replace("mixer_round_trip_window_hours,721,",
                "mixer_round_trip_window_hours,720,"));
        assertEquals(720, GraphParameters.load(dir).number("mixer_round_trip_window_hours"), "a window up to the horizon is allowed");
    }
}
