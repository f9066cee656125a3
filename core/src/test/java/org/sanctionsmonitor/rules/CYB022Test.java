package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.audit.TestFiles;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** CYB-022: four or more hops, only when the reviewed depth is raised. */
class CYB022Test {

    static final String L = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";
    static final ListedEntity LAZARUS = entity("27307", "LAZARUS GROUP", "ETH:" + L);
    static final List<?> CHAIN = List.of(
            tx("T1", "2025-03-01T10:00:00Z", L, addr(1), "5", "10000"),
            tx("T2", "2025-03-02T10:00:00Z", addr(1), addr(2), "4", "8000"),
            tx("T3", "2025-03-03T10:00:00Z", addr(2), addr(3), "3", "6000"),
            tx("T4", "2025-03-04T10:00:00Z", addr(3), addr(4), "2", "4000"),
            tx("T5", "2025-03-05T10:00:00Z", addr(4), addr(5), "1", "2000"),
            tx("T6", "2025-03-06T10:00:00Z", addr(5), addr(6), "1", "2000"));

    @TempDir
    Path dir;

    @Test
    void firesBeyondThreeHopsWhenTheDepthIsRaisedInTheReferenceTable() throws IOException {
        Path rules = TestFiles.copyRules(Path.of("rules"), dir.resolve("rules"), true);
        Path table = rules.resolve("reference/graph-parameters.csv");
        Files.writeString(table, Files.readString(table).replace("exposure_max_hops,3,", "exposure_max_hops,5,"));
        List<Finding> f = run(RuleBase.load(rules), List.of(LAZARUS), List.of(), CHAIN);
        assertEquals(List.of("CYB-020 T2", "CYB-021 T3", "CYB-022 T4", "CYB-022 T5", "SAN-001 T1"), pairs(f));
        assertEquals("LOW", byRule(f, "CYB-022").get(0).severity().name());
    }

    @Test
    void doesNotFireAtTheDefaultDepth() {
        assertEquals(List.of(), byRule(run(List.of(LAZARUS), CHAIN), "CYB-022"));
    }
}
