package org.sanctionsmonitor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.rules.RecordPipelineHarness;

/** Loading and checking the rule folder. */
class RuleBaseTest {

    @TempDir
    Path dir;

    static final String GOOD = """
            package checks;
            import org.sanctionsmonitor.screening.AddressMatch;
            global org.sanctionsmonitor.engine.FindingCollector findings;
            rule "TST-001 A test rule"
                @id("TST-001") @category("SANCTIONED_ADDRESS") @severity("HIGH")
                @legalBasis("none: test") @description("A rule for tests.")
            when
                $m : AddressMatch()
            then
                findings.raise(kcontext, $m);
            end
            """;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void theShippedRulesLoadWithTheirMetadata() {
        RuleBase rb = RecordPipelineHarness.rules();
        List<String> ids = rb.rules().stream().map(RuleInfo::id).toList();
        assertTrue(ids.containsAll(List.of("SAN-001", "SAN-002", "SAN-003", "SAN-004", "EMB-001", "EMB-002", "DQ-001")), ids.toString());
        RuleInfo san1 = rb.rules().stream().filter(r -> r.id().equals("SAN-001")).findFirst().orElseThrow();
        assertEquals("sanctions/SAN-001-transfer-listed-address.drl", san1.file());
        assertTrue(san1.line() > 1);
        assertTrue(san1.legalBasis().contains("510.201"));
        assertTrue(rb.files().stream().allMatch(f -> f.sha256().length() == 64));
    }

    @Test
    void aCompileErrorNamesFileLineAndColumn() throws IOException {
        write("checks/TST-001-good.drl", GOOD);
        write("checks/TST-002-broken.drl", """
                package checks;
                rule "TST-002 Broken"
                when
                    NoSuchFact(
                then
                end
                """);
        RuleException e = assertThrows(RuleException.class, () -> RuleBase.load(dir));
        assertTrue(e.problems().get(0).matches("rules/checks/TST-002-broken\\.drl:\\d+:\\d+ .+"), e.problems().toString());
    }

    @Test
    void anUnknownFactTypeIsACompileError() throws IOException {
        write("checks/TST-003-unknown.drl", GOOD.replace("AddressMatch()", "NoSuchType()").replace("TST-001", "TST-003"));
        RuleException e = assertThrows(RuleException.class, () -> RuleBase.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("rules/checks/TST-003-unknown.drl:")), e.problems().toString());
    }

    @Test
    void missingOrInvalidMetadataIsRefused() throws IOException {
        write("checks/TST-001-good.drl", GOOD.replace("@legalBasis(\"none: test\")", "").replace("\"HIGH\"", "\"SEVERE\""));
        RuleException e = assertThrows(RuleException.class, () -> RuleBase.load(dir));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("missing @legalBasis"), all);
        assertTrue(e.problems().get(0).startsWith("rules/checks/TST-001-good.drl:4:1 "), all);
    }

    @Test
    void duplicateIdsAndMisnamedFilesAreRefused() throws IOException {
        write("checks/TST-001-good.drl", GOOD);
        write("checks/TST-001-again.drl", GOOD.replace("rule \"TST-001 A test rule\"", "rule \"TST-001 The same ID\""));
        write("checks/wrong-name.drl", GOOD.replace("TST-001", "TST-004"));
        RuleException e = assertThrows(RuleException.class, () -> RuleBase.load(dir));
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("rule ID TST-001 is also used at"), all);
        assertTrue(all.contains("the file name must start with the rule ID TST-004"), all);
    }

    @Test
    void aSymlinkLeadingOutsideTheFolderIsRefused(@TempDir Path outside) throws IOException {
        write("checks/TST-001-good.drl", GOOD);
        Path target = outside.resolve("evil.drl");
        Files.writeString(target, GOOD.replace("TST-001", "TST-009"));
        Files.createSymbolicLink(dir.resolve("checks/TST-009-link.drl"), target);
        RuleException e = assertThrows(RuleException.class, () -> RuleBase.load(dir));
        assertTrue(e.problems().get(0).contains("symbolic link leads outside the rule folder"), e.problems().toString());
    }

    @Test
    void onlyRuleAndReferenceFilesAreRead() throws IOException {
        write("checks/TST-001-good.drl", GOOD);
        write("reference/limits.csv", "name,value,rationale\nx,1,why\n");
        write("scratch/notes.bin", "\u0000\u0001");
        write("checks/TST-001-good.drl.orig", "not read");
        RuleBase rb = RuleBase.load(dir);
        assertEquals(List.of("checks/TST-001-good.drl", "reference/limits.csv"),
                rb.files().stream().map(RuleFile::relative).toList());
    }

    @Test
    void anEmptyOrMissingFolderIsRefused() {
        assertThrows(RuleException.class, () -> RuleBase.load(dir));
        assertThrows(RuleException.class, () -> RuleBase.load(dir.resolve("nope")));
    }
}
