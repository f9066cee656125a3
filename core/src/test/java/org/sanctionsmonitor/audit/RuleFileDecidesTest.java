package org.sanctionsmonitor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckResult;
import org.sanctionsmonitor.finding.RuleException;

/**
 * Java measures, the rule file decides: for the rules whose detector searches beyond the rule's
 * threshold (up to a reviewed search horizon or floor), changing the comparison in a copy of the
 * rule file, and nothing else, changes whether a case of the rule's specification fires. The cases
 * are run through the one case runner ({@link Scenarios#caseOptions}).
 */
class RuleFileDecidesTest {

    private static final Path RULES = Path.of("rules");

    @TempDir
    Path tmp;

    /** "rule_id subject_id" of each finding of the rule when case {@code name} of rule {@code id} runs with {@code rules}. */
    private List<String> fired(Path rules, String id, String name) throws IOException {
        return fired(rules, RULES.resolve("tests").resolve(id).resolve(name), id);
    }

    /** As {@link #fired(Path, String, String)} for the case folder {@code dir}, the findings of rule {@code id}. */
    private List<String> fired(Path rules, Path dir, String id) throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out-" + System.nanoTime()));
        Path work = Files.createDirectories(tmp.resolve("work-" + System.nanoTime()));
        CheckResult r = BatchCheck.run(Scenarios.caseOptions(dir, rules, out, work), RunAudit.defaults());
        assertEquals(0, r.exitCode(), r.exitReason());
        try (CSVParser p = CSVParser.parse(out.resolve(BatchCheck.FINDINGS_CSV), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return p.getRecords().stream().filter(x -> x.get("rule_id").equals(id)).map(x -> id + " " + x.get("subject_id")).toList();
        }
    }

    /** A copy of rules/ whose rule {@code id} has, in its DRL, each {@code fromTo[2i]} replaced by {@code fromTo[2i + 1]}. */
    private Path withRuleFile(String id, String... fromTo) throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules-" + System.nanoTime()), false);
        Path drl;
        try (Stream<Path> s = Files.walk(rules)) {
            drl = s.filter(p -> p.getFileName().toString().startsWith(id + "-") && p.toString().endsWith(".drl")).findFirst()
                    .orElseThrow();
        }
        for (int i = 0; i < fromTo.length; i += 2) {
            TestFiles.replace(drl, fromTo[i], fromTo[i + 1]);
        }
        return rules;
    }

    @Test
    void cyb033TheRuleFileDecidesTheAmountTolerance() throws IOException {
        String c = "no-fire-same-chain-late-or-other-value";
        assertEquals(List.of(), fired(RULES, "CYB-033", c));
        Path wider = withRuleFile("CYB-033", "difference <= $tol.number", "difference <= $tol.number + 0.16");
        assertEquals(List.of("CYB-033 TX-C033-15"), fired(wider, "CYB-033", c),
                "the ownerless withdrawal worth 20 % less is measured (within chain_hop_amount_horizon) and the rule file decides");
    }

    @Test
    void cyb033TheRuleFileDecidesTheWindow() throws IOException {
        Path wider = withRuleFile("CYB-033", "ChainHop(hours <= $w.number,", "ChainHop(hours <= $w.number + 1,");
        assertEquals(List.of("CYB-033 TX-C033-13"), fired(wider, "CYB-033", "no-fire-same-chain-late-or-other-value"),
                "CUST-5012's withdrawal 7 hours later is measured (within chain_hop_horizon_hours) and the rule file decides");
    }

    /**
     * A pair the rule file accepts beyond the table's window or tolerance is a finding of CYB-033,
     * but only links within the table's window and tolerance carry exposure across the bridge: the
     * inputs of CYB-021's bridge case with the withdrawal moved 10 hours later, or worth 22.5 % less.
     */
    @Test
    void cyb033OnlyTheTablesLinksCarryExposureAcrossTheBridge() throws IOException {
        Path src = RULES.resolve("tests/CYB-021/fire-three-hops-and-across-bridge");
        Path late = TestFiles.copyRules(src, tmp.resolve("late"), true);
        TestFiles.replace(late.resolve("transfers.csv"), "TX-C021-06,2025-03-02T11:40:00Z,", "TX-C021-06,2025-03-02T21:00:00Z,");
        Path less = TestFiles.copyRules(src, tmp.resolve("less"), true);
        TestFiles.replace(less.resolve("transfers.csv"), ",1.99,3980.00,,", ",1.55,3100.00,,");
        Files.writeString(late.resolve("expected.csv"), "rule_id,subject_id,list_entry_id\n");
        Files.writeString(less.resolve("expected.csv"), "rule_id,subject_id,list_entry_id\n");
        assertEquals(List.of("CYB-021 TX-C021-03", "CYB-021 TX-C021-06"), fired(RULES, src, "CYB-021"));
        assertEquals(List.of("CYB-033 TX-C021-05"), fired(RULES, src, "CYB-033"));
        Path wider = withRuleFile("CYB-033", "ChainHop(hours <= $w.number,", "ChainHop(hours <= $w.number + 24,",
                "difference <= $tol.number", "difference <= $tol.number + 0.2");
        for (Path c : List.of(late, less)) {
            assertEquals(List.of(), fired(RULES, c, "CYB-033"), c + " with the shipped rule file");
            assertEquals(List.of("CYB-033 TX-C021-05"), fired(wider, c, "CYB-033"), c + ": the rule file accepts the pair");
            assertEquals(List.of("CYB-021 TX-C021-03"), fired(wider, c, "CYB-021"), c + ": the withdrawal is not linked, so not exposed");
        }
    }

    @Test
    void cyb033AToleranceWiderThanItsSearchHorizonIsRefused() {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), false);
        TestFiles.replace(rules.resolve("reference/graph-parameters.csv"), "chain_hop_amount_tolerance,0.05,", "chain_hop_amount_tolerance,0.3,");
        RuleException e = assertThrows(RuleException.class,
                () -> fired(rules, "CYB-033", "no-fire-same-chain-late-or-other-value"));
        assertTrue(e.getMessage().contains("parameter 'chain_hop_amount_tolerance': 0.3 exceeds the search horizon chain_hop_amount_horizon (0.25"),
                e.getMessage());
    }

    @Test
    void cyb012TheRuleFileDecidesTheWindow() throws IOException {
        String c = "no-fire-late-reversed-or-other-customer";
        assertEquals(List.of(), fired(RULES, "CYB-012", c));
        Path wider = withRuleFile("CYB-012", "MixerRoundTrip(minGapHours <= $w.number)", "MixerRoundTrip(minGapHours <= $w.number + 1)",
                "$m.within($w.number())", "$m.within($w.number() + 1)");
        assertEquals(List.of("CYB-012 CUST-1011"), fired(wider, "CYB-012", c),
                "the round trip 48 h 1 s long is measured (within mixer_round_trip_horizon_hours) and the rule file decides");
    }

    @Test
    void cyb004TheRuleFileDecidesHowManyCounterpartiesAskForALabel() throws IOException {
        String c = "no-fire-at-threshold-spread-or-labelled";
        assertEquals(List.of(), fired(RULES, "CYB-004", c));
        Path lower = withRuleFile("CYB-004", "ServiceLikeAddress(counterparties > $max.number)",
                "ServiceLikeAddress(counterparties >= $max.number)");
        assertEquals(List.of("CYB-004 0x9fc182cadec73baf5f843e1cc2a10102e935e7a3"), fired(lower, "CYB-004", c),
                "the address paying exactly hub_fanout counterparties is measured (above service_like_floor) and the rule file decides");
        Path lowest = withRuleFile("CYB-004", "ServiceLikeAddress(counterparties > $max.number)",
                "ServiceLikeAddress(counterparties > 24)");
        assertEquals(List.of("CYB-004 0x15167ea12e75672fb79656178c460ffbc97ad4c3", "CYB-004 0x9fc182cadec73baf5f843e1cc2a10102e935e7a3"),
                fired(lowest, "CYB-004", c).stream().sorted().toList(), "25 counterparties in a day is above 24");
    }

    @Test
    void cyb004AHubFanoutBelowTheSearchFloorIsRefused() {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), false);
        TestFiles.replace(rules.resolve("reference/graph-parameters.csv"), "hub_fanout,64,", "hub_fanout,15,");
        RuleException e = assertThrows(RuleException.class, () -> fired(rules, "CYB-004", "fire-unlabelled-hub-stops-exposure"));
        assertTrue(e.getMessage().contains("parameter 'hub_fanout': 15 is below the search floor service_like_floor (16"), e.getMessage());
    }

    @Test
    void san020TheRuleFileDecidesHowManyCharactersOfTheBicAgree() throws IOException {
        String c = "no-fire-other-bank-codes";
        assertEquals(List.of(), fired(RULES, "SAN-020", c));
        Path looser = withRuleFile("SAN-020", "BicMatch(matchedPrefix >= 8)", "BicMatch(matchedPrefix >= 7)");
        assertEquals(List.of("SAN-020 PAY-S020-11"), fired(looser, "SAN-020", c),
                "FTBDKPPZ shares 7 characters with the listed FTBDKPPY: Java measures it, the rule file decides");
        Path stricter = withRuleFile("SAN-020", "BicMatch(matchedPrefix >= 8)", "BicMatch(matchedPrefix >= 11)");
        assertEquals(List.of(), fired(stricter, "SAN-020", "fire-listed-bic-any-branch-either-side"),
                "no payment in the firing case carries the listed BIC's exact branch");
    }
}
