package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.audit.RulesLock;
import org.sanctionsmonitor.audit.TestFiles;

/** End to end: the rules subcommands on the real rules/ and on broken copies of it. */
class RulesCommandTest {

    private static final Path RULES = Path.of("rules");

    /** The rule files in rules/ (one rule each), counted so these tests hold as rules are added. */
    private static long ruleFiles() throws IOException {
        try (var s = Files.walk(RULES)) {
            return s.filter(p -> p.toString().endsWith(".drl")).count();
        }
    }

    /** The reference tables in rules/reference/. */
    private static long referenceTables() throws IOException {
        try (var s = Files.list(RULES.resolve("reference"))) {
            return s.filter(p -> p.toString().endsWith(".csv")).count();
        }
    }

    @Test
    void listShowsEveryRuleAsATable() throws IOException {
        CliRun r = CliRun.of("rules", "list");
        assertEquals(0, r.exit(), r.toString());
        for (String id : List.of("SAN-001", "SAN-002", "SAN-003", "SAN-004", "EMB-001", "EMB-002", "DQ-001")) {
            assertTrue(r.out().contains("\n" + id + " "), id + " missing:\n" + r);
        }
        assertTrue(r.out().contains("rules/sanctions/SAN-002-shipment-listed-vessel.drl:13"), r.out());
        assertTrue(r.out().contains("SANCTIONED_VESSEL"), r.out());
        assertTrue(r.out().contains(ruleFiles() + " rules"), r.out());
    }

    @Test
    void listAsCsvHasTheCatalogueColumns() throws IOException {
        CliRun r = CliRun.of("rules", "list", "--format", "csv");
        assertEquals(0, r.exit(), r.toString());
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(r.out()))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            assertEquals(List.of("id", "name", "category", "severity", "legal_basis", "description", "file", "line", "cases", "reads"),
                    p.getHeaderNames());
            List<CSVRecord> recs = p.getRecords();
            assertEquals(ruleFiles(), recs.size());
            CSVRecord san1 = recs.stream().filter(x -> x.get("id").equals("SAN-001")).findFirst().orElseThrow();
            assertEquals("SAN-001 Transfer to or from a listed address", san1.get("name"));
            assertEquals("CRITICAL", san1.get("severity"));
            assertEquals("-", san1.get("reads"));
            CSVRecord cap1 = recs.stream().filter(x -> x.get("id").equals("CAP-001")).findFirst().orElseThrow();
            assertEquals("trade-caps.csv; trade-tonne-factors.csv", cap1.get("reads"));
            CSVRecord ves1 = recs.stream().filter(x -> x.get("id").equals("VES-001")).findFirst().orElseThrow();
            assertEquals("trade-areas.csv; trade-settings.csv: ais_gap_hours", ves1.get("reads"));
            assertTrue(san1.get("legal_basis").startsWith("31 CFR 510.201"));
            assertEquals("rules/sanctions/SAN-001-transfer-listed-address.drl", san1.get("file"));
            assertEquals(String.valueOf(declarationLine(Path.of("rules/sanctions/SAN-001-transfer-listed-address.drl"), "SAN-001")),
                    san1.get("line"));
            assertEquals("3 fire, 1 no-fire", san1.get("cases"));
        }
    }

    @Test
    void listAsMarkdownIsATable() throws IOException {
        CliRun r = CliRun.of("rules", "list", "--format", "markdown");
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(ruleFiles() + 2, lines.size(), "header, separator and a row per rule:\n" + r.out());
        assertTrue(lines.get(0).startsWith("| ID | Name | Category | Severity | Legal basis | Description | File |"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("| EMB-001 | EMB-001 Goods of North Korean origin | EMBARGOED_TRADE | HIGH |")));
        assertEquals(2, CliRun.of("rules", "list", "--format", "html").exit());
    }

    @Test
    void verifyPassesOnTheRealRules() throws IOException {
        CliRun r = CliRun.of("rules", "verify");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("rules verify: passed: " + ruleFiles() + " rules in " + ruleFiles() + " rule files, "
                + referenceTables() + " reference tables"), r.out());
    }

    @Test
    void verifyFailsWithPositionsOnEveryKindOfProblem(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), false);
        // a consequence that ends the JVM, a reference table with a ragged row, a duplicate ID in a misnamed file
        TestFiles.replace(rules.resolve("trade/EMB-002-supply-to-dprk.drl"), "    findings.raise(kcontext, $s,",
                "    System.exit(3);\n    findings.raise(kcontext, $s,");
        Files.createDirectories(rules.resolve("reference"));
        Files.writeString(rules.resolve("reference/hs-bans.csv"), "hs_code,legal_basis\n2701,UNSCR 2371,extra\n");
        String dup = Files.readString(rules.resolve("quality/DQ-001-invalid-imo.drl"))
                .replace("rule \"DQ-001 Invalid vessel IMO number\"", "rule \"DQ-001 Invalid vessel IMO number again\"")
                .replace("@severity(\"MEDIUM\")", "@severity(\"SEVERE\")");
        Files.writeString(rules.resolve("quality/copy-of-dq.drl"), dup);
        Files.writeString(rules.resolve("reference/weights.txt"), "name 0.9\n");
        CliRun r = CliRun.of("rules", "verify", "--rules", rules.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("rules/trade/EMB-002-supply-to-dprk.drl:19:5 rule \"EMB-002 Goods destined for North Korea\", "
                + "consequence: System.exit: java.lang.System"), r.err());
        assertTrue(r.err().contains("rules/reference/hs-bans.csv:2:1 expected 2 fields as in the header, found 3"), r.err());
        assertTrue(r.err().contains("rules/quality/copy-of-dq.drl:10:1 rule \"DQ-001 Invalid vessel IMO number again\": "
                + "@severity(\"SEVERE\") is not one of"), r.err());
        assertTrue(r.err().contains("the file name must start with the rule ID DQ-001"), r.err());
        assertTrue(r.out().contains("note: rules/reference/weights.txt: neither a rule (.drl) nor a reference table (.csv)"), r.out());
    }

    @Test
    void verifyReportsCompileErrorsAsFileLineColumn(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), false);
        TestFiles.replace(rules.resolve("sanctions/SAN-003-party-listed-name.drl"), "distinctiveWords >= $words.number)", "distinctiveWords >= $words.number");
        CliRun r = CliRun.of("rules", "verify", "--rules", rules.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.matches("  rules/sanctions/SAN-003-party-listed-name\\.drl:\\d+:\\d+ .+")), r.err());
    }

    @Test
    void testRunsTheScenariosAndFailsARuleWithoutCases(@TempDir Path tmp) throws IOException {
        // every case of the real rules passing is RuleScenariosTest's (and rules lock's, below): here one
        // rule of the real folder shows the passing summary, and a copy that keeps the cases of SAN-002
        // only shows the whole suite's report (every other rule failing for want of cases) without
        // running 200 cases a second time
        CliRun ok = CliRun.of("rules", "test", "--rule", "SAN-002");
        assertEquals(0, ok.exit(), ok.toString());
        assertTrue(ok.out().contains("  PASS  SAN-002  2 cases (1 fire, 1 no-fire)"), ok.out());
        assertTrue(ok.out().contains("rules test: passed: 1 of 1 rules passed"), ok.out());
        long n = ruleFiles();

        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        try (java.util.stream.Stream<Path> dirs = Files.list(rules.resolve("tests"))) {
            for (Path d : dirs.filter(p -> !p.getFileName().toString().equals("SAN-002")).toList()) {
                RuleScenariosTestAccess.deleteTree(d);
            }
        }
        CliRun r = CliRun.of("rules", "test", "--rules", rules.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.out().contains("  PASS  SAN-002  2 cases (1 fire, 1 no-fire)"), r.out());
        assertTrue(r.out().contains("  FAIL  EMB-001  0 cases (0 fire, 0 no-fire)"), r.out());
        assertTrue(r.out().contains("no scenario cases in"), r.out());
        assertTrue(r.out().contains("rules test: FAILED: 1 of " + n + " rules passed"), r.out());

        CliRun one = CliRun.of("rules", "test", "--rules", rules.toString(), "--rule", "SAN-002");
        assertEquals(0, one.exit(), one.toString());
        assertEquals(2, CliRun.of("rules", "test", "--rule", "XYZ-999").exit());
    }

    @Test
    void lockWritesTheHashesAndVerifyChecksThem(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        CliRun none = CliRun.of("rules", "verify", "--rules", rules.toString(), "--require-lock");
        assertEquals(3, none.exit(), none.toString());
        CliRun lock = CliRun.of("rules", "lock", "--rules", rules.toString());
        assertEquals(0, lock.exit(), lock.toString());
        long files = ruleFiles() + referenceTables();
        assertTrue(lock.out().contains(files + " files"), lock.out());
        String text = Files.readString(rules.resolve(RulesLock.FILE));
        assertEquals(files, text.lines().count(), "a line per rule file and reference table");
        assertEquals(ruleFiles(), text.lines().filter(l -> l.matches("[0-9a-f]{64}  [a-z]+/[A-Z]{2,5}-\\d{3}-[a-z0-9-]+\\.drl")).count(), text);
        assertEquals(referenceTables(), text.lines().filter(l -> l.matches("[0-9a-f]{64}  reference/[a-z0-9-]+\\.csv")).count(), text);
        assertEquals(Files.readString(RULES.resolve(RulesLock.FILE)), text, "the same rules give the committed lock");
        CliRun ok = CliRun.of("rules", "verify", "--rules", rules.toString(), "--require-lock");
        assertEquals(0, ok.exit(), ok.toString());
        assertTrue(ok.out().contains("rules.lock matches the rules"), ok.out());
        TestFiles.replace(rules.resolve("trade/EMB-001-export-from-dprk.drl"), "@severity(\"HIGH\")", "@severity(\"LOW\")");
        CliRun changed = CliRun.of("rules", "verify", "--rules", rules.toString(), "--require-lock");
        assertEquals(3, changed.exit(), changed.toString());
        assertTrue(changed.out().contains("trade/EMB-001-export-from-dprk.drl: changed since the lock"), changed.out());
        assertFalse(CliRun.of("rules", "verify", "--rules", rules.toString()).exit() != 0, "without --require-lock a stale lock is reported, not fatal");
    }

    @Test
    void lockRefusesRulesThatFailVerification(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), false);
        TestFiles.replace(rules.resolve("trade/EMB-001-export-from-dprk.drl"), "@legalBasis(", "@legalBasisX(");
        CliRun r = CliRun.of("rules", "lock", "--rules", rules.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("missing @legalBasis(...) metadata"), r.err());
        assertFalse(Files.exists(rules.resolve(RulesLock.FILE)));
    }

    @Test
    void lockRefusesRulesThatFailTheirScenarioTests(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        TestFiles.replace(rules.resolve("sanctions/SAN-002-shipment-listed-vessel.drl"), "@severity(\"CRITICAL\")", "@severity(\"HIGH\")");
        CliRun r = CliRun.of("rules", "lock", "--rules", rules.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().lines().anyMatch(l -> l.endsWith("the scenario tests fail (run: rules test); failing rules: DQ-001, SAN-002")), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("  SAN-002 fire-renamed-vessel-by-imo: expected finding not raised: rule_id=SAN-002,")
                && l.contains("severity=CRITICAL")), "the refusal names each failing case and its first problem: " + r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("  DQ-001 ")), r.err());
        assertFalse(r.err().lines().anyMatch(l -> l.startsWith("  SAN-002 no-fire-")), "only failing cases are named: " + r.err());
        assertFalse(Files.exists(rules.resolve(RulesLock.FILE)));
    }

    /** The line on which {@code rule "ID ...} is declared in a DRL file. */
    static int declarationLine(Path drl, String id) throws IOException {
        List<String> lines = Files.readAllLines(drl);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("rule \"" + id + " ")) {
                return i + 1;
            }
        }
        throw new AssertionError(id + " not declared in " + drl);
    }
}
