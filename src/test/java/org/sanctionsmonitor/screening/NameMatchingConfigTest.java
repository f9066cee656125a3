package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.RuleException;

class NameMatchingConfigTest {

    @Test
    void theReviewedTableLoads() {
        NameMatchingConfig c = NameMatchingConfig.load(Path.of("rules"));
        assertEquals(0.90, c.alert());
        assertTrue(c.review() < c.alert());
        assertTrue(c.generic().contains("korea"));
        assertTrue(c.generic().contains("bank"));
        assertTrue(c.legalForms().contains("ltd"));
        assertTrue(c.knownNames().contains("henry"));
        assertEquals(c.alert(), c.describe().get("threshold.alert"));
    }

    @Test
    void aBadValueNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        String good = Files.readString(Path.of("rules/reference/name-matching.csv"));
        Files.writeString(ref.resolve("name-matching.csv"), good.replace("threshold.alert,0.90", "threshold.alert,high"));
        RuleException e = assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
        assertTrue(e.problems().get(0).matches(".*name-matching.csv:2:3 setting 'threshold.alert': 'high' is not a number from 0 to 1"),
                e.problems().toString());
        Files.writeString(ref.resolve("name-matching.csv"), good.replace("setting,threshold.review,", "setting,threshold.revue,"));
        e = assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("'threshold.review' is missing")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("unknown setting 'threshold.revue'")), e.problems().toString());
        Files.delete(ref.resolve("name-matching.csv"));
        assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
    }
}
