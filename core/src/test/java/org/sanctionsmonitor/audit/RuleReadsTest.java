package org.sanctionsmonitor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleReadsTest {

    @TempDir
    Path tmp;

    @Test
    void parametersSettingsAndFactsNameTheRowsAndTablesARuleReads() {
        String drl = "import org.sanctionsmonitor.finding.Parameter;\n"
                + "// a comment naming HsBan( is not a read\n"
                + "rule \"X-001 x\" when\n  $min : Parameter(name == \"peel_min_hops\")\n"
                + "  TradeSetting( key == \"ais_gap_hours\", $max : value)\n  $c : CapTally(converted != null)\nthen end\n";
        assertEquals(List.of("graph-parameters:peel_min_hops", "trade-caps", "trade-settings:ais_gap_hours", "trade-tonne-factors"),
                RuleReads.of(drl));
        assertEquals("graph-parameters.csv: peel_min_hops; trade-caps.csv; trade-settings.csv: ais_gap_hours; trade-tonne-factors.csv",
                RuleReads.describe(RuleReads.of(drl)));
        assertEquals(List.of(), RuleReads.of("rule \"X-002\" when $m : AddressMatch(sameChain == true) then end"));
        assertEquals(List.of("crypto-prices", "graph-parameters:hub_fanout", "graph-parameters:pass_through_horizon_minutes",
                "graph-parameters:pass_through_min_ratio", "graph-parameters:pass_through_min_usd",
                "graph-parameters:pass_through_ratio_floor", "graph-parameters:pass_through_window_minutes"),
                RuleReads.of("rule \"X-003\" when $m : PatternCandidate(pattern == \"PASS_THROUGH\") then end"));
    }

    @Test
    void nameParametersOwnershipAndHackProceedsNameTheirTables() {
        assertEquals(List.of("han-cantonese-readings", "han-cantonese-spellings", "han-korean-readings", "han-mandarin-readings", "han-wade-giles", "name-attested", "name-cyrillic-loanwords", "name-english-words", "name-equivalences", "name-matching",
                "name-parameters:name_alert_score", "name-script-translations", "name-script-words"),
                RuleReads.of("when $a : Parameter(name == \"name_alert_score\") $m : NameMatch(nameScore >= $a.number) then end"));
        assertEquals(List.of("han-cantonese-readings", "han-cantonese-spellings", "han-korean-readings", "han-mandarin-readings", "han-wade-giles", "name-attested", "name-cyrillic-loanwords", "name-english-words", "name-equivalences", "name-matching",
                "name-script-translations", "name-script-words", "ownership-regimes"),
                RuleReads.of("when OwnershipTest() OwnershipMatch() then end"));
        // the hub cut-off stops hack-proceeds paths as it stops exposure paths; a chain-hop link carries them
        assertEquals(List.of("crypto-prices", "graph-parameters:chain_hop_amount_tolerance", "graph-parameters:chain_hop_window_hours",
                "graph-parameters:exposure_lookback_days", "graph-parameters:exposure_max_hops",
                "graph-parameters:exposure_stop_label_types", "graph-parameters:hub_fanout", "graph-parameters:hub_window_hours"),
                RuleReads.of("when HackProceeds(hops >= 2) then end"));
        assertEquals(List.of("crypto-native-floors"), RuleReads.of("when NativeFloor(asset == \"BTC\") then end"));
    }

    @Test
    void theThresholdsARuleComparesWithIncludeTableColumnsInItsCondition() {
        // a parameter row, then the table columns the condition compares with, in the registry's order
        assertEquals(List.of("ais_gap_hours", "trade-caps.limit", "trade-caps.near_cap_ratio"), RuleReads.comparedParameters(
                "rule \"X-001 x\"\n    @description(\"counted when ... then\")\nwhen\n    TradeSetting(key == \"ais_gap_hours\", $max : value)\n"
                + "    $t : CapTally(previousTotal < cap.nearThreshold, runningTotal >= cap.nearThreshold, runningTotal <= cap.limit)\n"
                + "then\n    findings.raise(kcontext, $t);\nend\n"));
        assertEquals(List.of("ownership-regimes.min_share", "crypto-native-floors.min_amount"), RuleReads.comparedParameters(
                "rule \"X-002\"\nwhen\n    $t : OwnershipTest()\n    $l : OwnershipLink(share >= $t.minShare)\n"
                + "    exists( NativeFloor(asset == $a, amount <= $amount) )\nthen\nend\n"));
        // what the consequence or a comment mentions is not compared
        assertEquals(List.of(), RuleReads.comparedParameters(
                "rule \"X-003\"\nwhen\n    $t : CapTally(converted == null) // not cap.limit\n"
                + "then\n    findings.raise(kcontext, $t, $t.cap().limit + \" \" + $t.reviewShare(), $t.cap());\nend\n"));
    }

    /**
     * A change to any reviewed table the rules depend on marks the rules that read it: every table
     * of rules/reference is read by at least one rule, except the tables that concern the lists.
     * A new table that no fact registers in FACT_READS fails here.
     */
    @Test
    void everyReviewedTableIsReadByARule() throws IOException {
        Path rules = Path.of("rules");
        java.util.Set<String> read = new java.util.TreeSet<>();
        for (org.sanctionsmonitor.engine.RuleInfo r : org.sanctionsmonitor.audit.RuleVerifier.load(rules).rules()) {
            RuleReads.of(rules, r).forEach(x -> read.add(x.contains(":") ? x.substring(0, x.indexOf(':')) : x));
        }
        List<String> unread = new java.util.ArrayList<>();
        try (var files = Files.list(rules.resolve("reference"))) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".csv")).sorted()
                    .map(f -> f.substring(0, f.length() - 4))
                    .filter(t -> !read.contains(t) && !RuleReads.LIST_TABLES.contains(t)).forEach(unread::add);
        }
        assertEquals(List.of(), unread, "reviewed tables no rule reads (register the fact that uses them in RuleReads.FACT_READS)");
    }

    @Test
    void aWholeTableCoversItsRows() {
        List<String> reads = RuleReads.of("when HsBan(hsPrefix == $p) Parameter(name == \"x\") then end");
        assertTrue(RuleReads.reads(reads, "trade-hs-bans", "X-COAL"));
        assertTrue(RuleReads.reads(reads, "graph-parameters", "x"));
        assertFalse(RuleReads.reads(reads, "graph-parameters", "y"));
    }

    @Test
    void referenceChangesNameEachRowAndFieldWithOldAndNewValues() throws IOException {
        Path a = table(tmp.resolve("a"), "# comment\nname,value,rationale\nx,1,why\ny,2,why\nz,3,gone\n");
        Path b = table(tmp.resolve("b"), "name,value,rationale\n# a comment moved: no change\ny,2,why\nx,5,why\nw,9,new\n");
        List<ReferenceChanges.Row> rows = ReferenceChanges.compare(a, b);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(new ReferenceChanges.Row("t", "x", "changed", "rules/reference/t.csv:4",
                List.of(new ReferenceChanges.Field("value", "1", "5"))), rows.get(0));
        assertEquals("added", rows.get(1).change());
        assertEquals("w", rows.get(1).key());
        assertEquals("removed", rows.get(2).change());
        assertEquals("z", rows.get(2).key());
    }

    private static Path table(Path folder, String content) throws IOException {
        Files.createDirectories(folder.resolve("reference"));
        Files.writeString(folder.resolve("reference/t.csv"), content);
        return folder;
    }
}
