package org.sanctionsmonitor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.engine.RuleInfo;

/**
 * Runs the scenario tests beside the real rules (rules/tests) through the real batch check, one
 * test per rule; and shows that the runner fails when it should.
 */
class RuleScenariosTest {

    private static final Path RULES = Path.of("rules");

    @TestFactory
    Stream<DynamicTest> everyRulePassesItsScenarios() {
        Scenarios.Report report = Scenarios.run(RULES, Scenarios.testsFolder(RULES), null);
        List<String> ids = RuleVerifier.load(RULES).rules().stream().map(RuleInfo::id).toList();
        assertEquals(ids, report.rules().stream().map(Scenarios.RuleResult::ruleId).toList(), "one result per rule, no stray test folders");
        return report.rules().stream().map(r -> DynamicTest.dynamicTest(r.ruleId() + " " + r.ruleName(), () -> {
            StringBuilder why = new StringBuilder();
            r.problems().forEach(p -> why.append("\n  ").append(p));
            r.cases().forEach(c -> c.problems().forEach(p -> why.append("\n  ").append(c.name()).append(": ").append(p)));
            assertTrue(r.passed(), r.ruleId() + " failed:" + why);
            assertTrue(r.firing() >= 1 && r.silent() >= 1);
        }));
    }

    /**
     * The specification of every rule is complete: each rule in rules/ has a tests folder with a
     * case that fires, one that does not, and, for every parameter its DRL compares a measured
     * value with, cases with the value just below, at and just above it.
     */
    @Test
    void everyRuleHasFiringSilentAndStraddlingCases() {
        Path tests = Scenarios.testsFolder(RULES);
        for (RuleInfo r : RuleVerifier.load(RULES).rules()) {
            Path dir = tests.resolve(r.id());
            assertTrue(Files.isDirectory(dir), r.id() + ": no " + dir);
            long[] census = Scenarios.census(tests).getOrDefault(r.id(), new long[2]);
            assertTrue(census[0] >= 1 && census[1] >= 1, r.id() + ": needs a case that fires and one that does not");
            java.util.Map<String, java.util.Set<String>> edges;
            try (Stream<Path> cases = Files.list(dir)) {
                edges = Scenarios.straddles(cases.filter(Files::isDirectory).sorted().toList());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            for (String param : RuleReads.comparedParameters(RULES, r)) {
                assertEquals(java.util.Set.of("below", "at", "above"), edges.getOrDefault(param, java.util.Set.of()),
                        r.id() + ": the cases straddling " + param);
            }
        }
    }

    @Test
    void aRuleWhoseThresholdIsNotStraddledFails(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        deleteTree(rules.resolve("tests/CYB-030/straddle-peel-min-hops-at"));
        Scenarios.Report report = Scenarios.run(rules, Scenarios.testsFolder(rules), "CYB-030");
        assertFalse(report.passed());
        assertEquals(List.of("no case straddling peel_min_hops with the measured value at the threshold"
                + " (straddles = peel_min_hops, edge = at)"), result(report, "CYB-030").problems());
    }

    @Test
    void aRuleWhoseTableColumnThresholdIsNotStraddledFails(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        deleteTree(rules.resolve("tests/CAP-003/straddle-trade-caps-near-cap-ratio-below"));
        deleteTree(rules.resolve("tests/CAP-003/straddle-trade-caps-near-cap-ratio-above"));
        Scenarios.Report report = Scenarios.run(rules, Scenarios.testsFolder(rules), "CAP-003");
        assertFalse(report.passed());
        assertEquals(List.of("no case straddling trade-caps.near_cap_ratio with the measured value below, above the threshold"
                + " (straddles = trade-caps.near_cap_ratio, edge = below | above)"), result(report, "CAP-003").problems());
    }

    @Test
    void aRuleWithoutCasesOrWithAWrongExpectationFails(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        // STS-001 loses its no-fire case; EMB-002's firing case expects the wrong severity; DQ-001 loses all cases
        deleteTree(rules.resolve("tests/STS-001/no-fire-other-flags-or-not-sts"));
        TestFiles.replace(rules.resolve("tests/EMB-002/fire-dprk-destination-any-port/expected.csv"), ",KP,HIGH", ",KP,CRITICAL");
        deleteTree(rules.resolve("tests/DQ-001"));
        // only the rules examined are run (the whole suite runs once, in everyRulePassesItsScenarios)
        List<Scenarios.RuleResult> results = new java.util.ArrayList<>();
        for (String id : List.of("STS-001", "EMB-002", "DQ-001", "SAN-001")) {
            results.addAll(Scenarios.run(rules, Scenarios.testsFolder(rules), id).rules());
        }
        Scenarios.Report report = new Scenarios.Report(results);
        assertFalse(report.passed());
        Scenarios.RuleResult sts1 = result(report, "STS-001");
        assertEquals(List.of("no case that must not fire (expect = no-fire)"), sts1.problems());
        Scenarios.RuleResult emb2 = result(report, "EMB-002");
        assertFalse(emb2.passed());
        List<String> problems = emb2.cases().stream().flatMap(c -> c.problems().stream()).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("expected finding not raised: rule_id=EMB-002"), problems.toString());
        assertTrue(problems.get(1).startsWith("unexpected finding: rule_id=EMB-002"), problems.toString());
        assertTrue(result(report, "DQ-001").problems().get(0).startsWith("no scenario cases"));
        assertTrue(result(report, "SAN-001").passed());
    }

    @Test
    void aChangedRuleFailsItsScenarios(@TempDir Path tmp) {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        // a rule that also fires on South Korea: its no-fire case must catch it
        TestFiles.replace(rules.resolve("trade/EMB-002-supply-to-dprk.drl"), "destinationCountry == \"KP\"",
                "destinationCountry == \"KP\" || destinationCountry == \"KR\"");
        Scenarios.Report report = Scenarios.run(rules, Scenarios.testsFolder(rules), "EMB-002");
        assertEquals(1, report.rules().size());
        Scenarios.RuleResult r = report.rules().get(0);
        assertFalse(r.passed());
        Scenarios.CaseResult silent = r.cases().stream().filter(c -> c.expect().equals("no-fire")).findFirst().orElseThrow();
        assertTrue(silent.problems().stream().anyMatch(p -> p.contains("unexpected finding: rule_id=EMB-002")
                && p.contains("subject_id=SHP-E002-11")), silent.problems().toString());
    }

    @Test
    void aCaseMustDeclareWhatItExpects(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        Path c = rules.resolve("tests/SAN-002/fire-renamed-vessel-by-imo");
        TestFiles.replace(c.resolve("case.properties"), "expect = fire", "expect = maybe");
        Files.writeString(c.resolve("notes.txt"), "not an input\n");
        Scenarios.CaseResult r = Scenarios.runCase("SAN-002", c, rules);
        assertFalse(r.passed());
        assertTrue(r.problems().stream().anyMatch(p -> p.endsWith("expect must be 'fire' or 'no-fire', not 'maybe'")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("notes.txt: not a scenario file")), r.problems().toString());
    }

    @Test
    void aMisspeltKeyABadEdgeOrAStrayThresholdIsAProblemNotIgnored(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        Path c = rules.resolve("tests/SAN-002/fire-renamed-vessel-by-imo");
        Files.writeString(c.resolve("case.properties"), "straddle = name_alert_score\nedge = at\n", java.nio.file.StandardOpenOption.APPEND);
        Scenarios.CaseResult r = Scenarios.runCase("SAN-002", c, rules);
        assertTrue(r.problems().stream().anyMatch(p -> p.endsWith("case.properties: unknown key 'straddle' (known: as_of, description, edge,"
                + " expect, straddles)")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.endsWith("a straddling case names both the threshold (straddles) and the edge")),
                r.problems().toString());
        TestFiles.replace(c.resolve("case.properties"), "straddle = name_alert_score\nedge = at", "straddles = name_alert_score\nedge = on");
        assertTrue(Scenarios.runCase("SAN-002", c, rules).problems().stream().anyMatch(p -> p.endsWith("edge must be below, at or above, not 'on'")));
        // a threshold SAN-002 does not compare: the rule's specification is wrong, not silently larger
        TestFiles.replace(c.resolve("case.properties"), "edge = on", "edge = at");
        Scenarios.Report report = Scenarios.run(rules, Scenarios.testsFolder(rules), "SAN-002");
        assertEquals(List.of("a case straddles name_alert_score, which SAN-002 does not compare (it compares: no threshold)"),
                result(report, "SAN-002").problems());
    }

    @Test
    void aCaseGivesItsLabelsToTheCheck(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        Path c = rules.resolve("tests/CYB-011/fire-tornado-cash-deposit-and-withdrawal");
        assertTrue(Scenarios.runCase("CYB-011", c, rules).passed());
        // without its labels.csv nothing marks Tornado Cash as a mixer: the expected findings are missing
        Files.delete(c.resolve("labels.csv"));
        Scenarios.CaseResult r = Scenarios.runCase("CYB-011", c, rules);
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().stream().allMatch(p -> p.startsWith("expected finding not raised: rule_id=CYB-011")), r.problems().toString());
    }

    @Test
    void aCaseMayReplaceAReferenceTableForItselfOnly(@TempDir Path tmp) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        String table = Files.readString(rules.resolve("reference/graph-parameters.csv"));
        Path c = rules.resolve("tests/CYB-022/fire-four-and-five-hops-at-depth-5");
        assertTrue(Scenarios.runCase("CYB-022", c, rules).passed());
        assertEquals(table, Files.readString(rules.resolve("reference/graph-parameters.csv")), "the rule folder's own table is untouched");
        // the same case at the reviewed default depth: no 4- and 5-hop findings
        deleteTree(c.resolve("reference"));
        Scenarios.CaseResult r = Scenarios.runCase("CYB-022", c, rules);
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().stream().allMatch(p -> p.startsWith("expected finding not raised: rule_id=CYB-022")), r.problems().toString());
        // a case cannot add tables the rules do not have
        Files.createDirectories(c.resolve("reference"));
        Files.writeString(c.resolve("reference/extra.csv"), "name,value\n");
        Scenarios.CaseResult bad = Scenarios.runCase("CYB-022", c, rules);
        assertTrue(bad.problems().stream().anyMatch(p -> p.contains("extra.csv: replaces no reference table")), bad.problems().toString());
    }

    private static Scenarios.RuleResult result(Scenarios.Report report, String id) {
        return report.rules().stream().filter(r -> r.ruleId().equals(id)).findFirst().orElseThrow();
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
