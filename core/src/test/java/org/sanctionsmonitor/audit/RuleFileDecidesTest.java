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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    /**
     * Case {@code name} of rule {@code id} gives {@code before} with the shipped rules and {@code after} with a
     * copy whose rule file has each {@code fromTo[2i]} replaced by {@code fromTo[2i + 1]}: the copy-and-edit step
     * every test here repeats.
     */
    private void assertRuleFileDecides(String id, String name, List<String> before, List<String> after, String why,
            String... fromTo) throws IOException {
        assertEquals(before, fired(RULES, id, name).stream().sorted().toList(), name + " with the shipped rule file");
        assertEquals(after, fired(withRuleFile(id, fromTo), id, name).stream().sorted().toList(), why);
    }

    /** A copy of rules/ whose graph-parameters.csv has {@code from} replaced by {@code to} is refused with {@code message}. */
    private void assertRefused(String id, String name, String from, String to, String message) {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules-" + System.nanoTime()), false);
        TestFiles.replace(rules.resolve("reference/graph-parameters.csv"), from, to);
        RuleException e = assertThrows(RuleException.class, () -> fired(rules, id, name));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void cyb033TheRuleFileDecidesTheAmountTolerance() throws IOException {
        assertRuleFileDecides("CYB-033", "no-fire-same-chain-late-or-other-value", List.of(), List.of("CYB-033 TX-C033-15"),
                "the ownerless withdrawal worth 20 % less is measured (within chain_hop_amount_horizon) and the rule file decides",
                "difference <= $tol.number", "difference <= $tol.number + 0.16");
    }

    @Test
    void cyb033TheRuleFileDecidesTheWindow() throws IOException {
        assertRuleFileDecides("CYB-033", "no-fire-same-chain-late-or-other-value", List.of(), List.of("CYB-033 TX-C033-13"),
                "CUST-5012's withdrawal 7 hours later is measured (within chain_hop_horizon_hours) and the rule file decides",
                "ChainHop(hours <= $w.number,", "ChainHop(hours <= $w.number + 1,");
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
        assertRefused("CYB-033", "no-fire-same-chain-late-or-other-value", "chain_hop_amount_tolerance,0.05,",
                "chain_hop_amount_tolerance,0.3,",
                "parameter 'chain_hop_amount_tolerance': 0.3 exceeds the search horizon chain_hop_amount_horizon (0.25");
    }

    @Test
    void cyb012TheRuleFileDecidesTheWindow() throws IOException {
        assertRuleFileDecides("CYB-012", "no-fire-late-reversed-or-other-customer", List.of(), List.of("CYB-012 CUST-1011"),
                "the round trip 48 h 1 s long is measured (within mixer_round_trip_horizon_hours) and the rule file decides",
                "MixerRoundTrip(minGapHours <= $w.number)", "MixerRoundTrip(minGapHours <= $w.number + 1)",
                "$m.within($w.number())", "$m.within($w.number() + 1)");
    }

    @Test
    void cyb004TheRuleFileDecidesHowManyCounterpartiesAskForALabel() throws IOException {
        String c = "no-fire-at-threshold-spread-or-labelled";
        assertRuleFileDecides("CYB-004", c, List.of(), List.of("CYB-004 0x9fc182cadec73baf5f843e1cc2a10102e935e7a3"),
                "the address paying exactly hub_fanout counterparties is measured (above service_like_floor) and the rule file decides",
                "ServiceLikeAddress(counterparties > $max.number)", "ServiceLikeAddress(counterparties >= $max.number)");
        assertRuleFileDecides("CYB-004", c, List.of(),
                List.of("CYB-004 0x15167ea12e75672fb79656178c460ffbc97ad4c3", "CYB-004 0x9fc182cadec73baf5f843e1cc2a10102e935e7a3"),
                "25 counterparties in a day is above 24",
                "ServiceLikeAddress(counterparties > $max.number)", "ServiceLikeAddress(counterparties > 24)");
    }

    @Test
    void cyb004AHubFanoutBelowTheSearchFloorIsRefused() {
        assertRefused("CYB-004", "fire-unlabelled-hub-stops-exposure", "hub_fanout,64,", "hub_fanout,15,",
                "parameter 'hub_fanout': 15 is below the search floor service_like_floor (16");
    }

    /**
     * CYB-034: each straddling case that does not fire, fires when the rule file moves the one threshold it
     * straddles past the measured value (the transfers are measured in the search band and horizon).
     */
    @Test
    void cyb034TheRuleFileDecidesTheThresholdMarginAndWindow() throws IOException {
        List<String> cust = List.of("CYB-034 CUST-6001");
        assertRuleFileDecides("CYB-034", "straddle-structuring-threshold-usd-at", List.of(), cust,
                "the USD 9,900 transfer at a threshold of 9,900 is measured (under structuring_search_ceiling_usd)",
                "busiestWindow($s, $thr.number,", "busiestWindow($s, $thr.number + 0.01,");
        assertRuleFileDecides("CYB-034", "straddle-structuring-margin-above", List.of(), cust,
                "the USD 9,500 transfer under a band from 9,600 is measured (over structuring_search_floor_usd)",
                "$margin.number, $w.number)", "$margin.number + 0.01, $w.number)");
        assertRuleFileDecides("CYB-034", "straddle-structuring-window-hours-above", List.of(), cust,
                "three transfers 26.75 hours apart are measured (within structuring_horizon_hours)",
                "$w.number)", "$w.number + 0.05)");
    }

    @Test
    void cyb034AWindowWiderThanItsSearchHorizonOrABandOutsideTheSearchBandIsRefused() {
        String c = "fire-customer-or-address-under-10000";
        assertRefused("CYB-034", c, "structuring_window_hours,72,", "structuring_window_hours,121,",
                "parameter 'structuring_window_hours': 121 exceeds the search horizon structuring_horizon_hours (120");
        assertRefused("CYB-034", c, "structuring_threshold_usd,10000,", "structuring_threshold_usd,12501,",
                "parameter 'structuring_threshold_usd': 12501 exceeds the search horizon structuring_search_ceiling_usd (12500");
        assertRefused("CYB-034", c, "structuring_margin,0.1,", "structuring_margin,0.21,",
                "parameter 'structuring_margin': 0.21 puts the low end of the band");
    }

    @Test
    void cyb032TheRuleFileDecidesTheWindow() throws IOException {
        assertRuleFileDecides("CYB-032", "straddle-fan-window-hours-above", List.of(),
                List.of("CYB-032 0x82476040b8831129cae542db9c5c2716ad55d1f5"),
                "three branches recombining five hours after the first split are measured (within fan_horizon_hours)",
                "busiestFan($m, $w.number)", "busiestFan($m, $w.number + 0.02)");
    }

    @Test
    void cyb032AWindowWiderThanItsSearchHorizonIsRefused() {
        assertRefused("CYB-032", "fire-three-branches-recombine", "fan_window_hours,48,", "fan_window_hours,97,",
                "parameter 'fan_window_hours': 97 exceeds the search horizon fan_horizon_hours (96");
    }

    /** A change to a copy of a rule file: in case {@code caseName} it makes the rule fire, for the reason {@code why}. */
    record Edit(String caseName, String why, String from, String to) {
    }

    /** A row of graph-parameters.csv moved beyond its search bound, refused with {@code message}. */
    record Beyond(String from, String to, String message) {
    }

    /**
     * A rule whose rule file decides a window and a ratio that Java searches beyond (CYB-030's peel
     * steps, CYB-031's forwarded receipts): the straddling case of each that does not fire, fires
     * for {@code subject} when the rule file moves it past the measured value; in case {@code
     * refusedCase}, a window beyond its search horizon or a ratio under its search floor is refused.
     */
    record WindowAndRatio(String id, String subject, Edit window, Edit ratio, String refusedCase, Beyond widerWindow,
            Beyond lowerRatio) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Stream<WindowAndRatio> windowAndRatioRules() {
        return Stream.of(
                new WindowAndRatio("CYB-030", "19qGYmxg5k5SSCkvZd36FQKfmVQZw3NbjU",
                        new Edit("straddle-peel-window-hours-above",
                                "steps whose peel comes 2.5 hours after the input are measured (within peel_horizon_hours)",
                                "peelRuns($m, $w.number,", "peelRuns($m, $w.number + 0.1,"),
                        new Edit("straddle-peel-main-min-ratio-below",
                                "a step with a main share of 0.875 is measured (over peel_main_ratio_floor)",
                                "$w.number, $r.number)", "$w.number, $r.number - 0.001)"),
                        "fire-three-peel-steps",
                        new Beyond("peel_window_hours,24,", "peel_window_hours,49,",
                                "parameter 'peel_window_hours': 49 exceeds the search horizon peel_horizon_hours (48"),
                        new Beyond("peel_main_min_ratio,0.7,", "peel_main_min_ratio,0.5,",
                                "parameter 'peel_main_min_ratio': 0.5 is below the search floor peel_main_ratio_floor (0.6")),
                new WindowAndRatio("CYB-031", "TRDAQKPXVMd63JpEe385dyC27iBpzGNjZj",
                        new Edit("straddle-pass-through-window-minutes-above",
                                "the onward transfer seven minutes after the receipt is measured (within pass_through_horizon_minutes)",
                                "forwarded($m, $w.number,", "forwarded($m, $w.number + 0.1,"),
                        new Edit("straddle-pass-through-min-ratio-below",
                                "a share of 0.9998 forwarded is measured (over pass_through_ratio_floor)",
                                "$w.number, $r.number)", "$w.number, $r.number - 0.0001)"),
                        "fire-forwarded-within-minutes",
                        new Beyond("pass_through_window_minutes,30,", "pass_through_window_minutes,121,",
                                "parameter 'pass_through_window_minutes': 121 exceeds the search horizon pass_through_horizon_minutes (120"),
                        new Beyond("pass_through_min_ratio,0.9,", "pass_through_min_ratio,0.7,",
                                "parameter 'pass_through_min_ratio': 0.7 is below the search floor pass_through_ratio_floor (0.8")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windowAndRatioRules")
    void theRuleFileDecidesTheWindowAndTheRatio(WindowAndRatio r) throws IOException {
        for (Edit e : List.of(r.window(), r.ratio())) {
            assertRuleFileDecides(r.id(), e.caseName(), List.of(), List.of(r.id() + " " + r.subject()), e.why(), e.from(), e.to());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windowAndRatioRules")
    void aWindowBeyondItsSearchHorizonOrARatioUnderItsFloorIsRefused(WindowAndRatio r) {
        for (Beyond b : List.of(r.widerWindow(), r.lowerRatio())) {
            assertRefused(r.id(), r.refusedCase(), b.from(), b.to(), b.message());
        }
    }

    @Test
    void san020TheRuleFileDecidesHowManyCharactersOfTheBicAgree() throws IOException {
        assertRuleFileDecides("SAN-020", "no-fire-other-bank-codes", List.of(), List.of("SAN-020 PAY-S020-11"),
                "FTBDKPPZ shares 7 characters with the listed FTBDKPPY: Java measures it, the rule file decides",
                "BicMatch(matchedPrefix >= 8)", "BicMatch(matchedPrefix >= 7)");
        assertEquals(List.of(), fired(withRuleFile("SAN-020", "BicMatch(matchedPrefix >= 8)", "BicMatch(matchedPrefix >= 11)"),
                "SAN-020", "fire-listed-bic-any-branch-either-side"),
                "no payment in the firing case carries the listed BIC's exact branch");
    }
}
