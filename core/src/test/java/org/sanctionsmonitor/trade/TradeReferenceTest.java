package org.sanctionsmonitor.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.RuleException;

/** The shipped reference tables load, say what the issue requires, and a broken one stops the run. */
class TradeReferenceTest {

    static final TradeReference REF = TradeReference.load(Path.of("rules"));

    @TempDir
    Path dir;

    @Test
    void theShippedTablesCoverEveryBannedClassTheIssueNames() {
        List<HsBan> bans = REF.bans();
        for (String[] c : new String[][] {
                {"export_from_kp", "2701", "UNSCR 2371"}, {"export_from_kp", "2601", "UNSCR 2371"},
                {"export_from_kp", "2607", "UNSCR 2371"}, {"export_from_kp", "03", "UNSCR 2371"},
                {"export_from_kp", "52", "UNSCR 2375"}, {"export_from_kp", "62", "UNSCR 2375"},
                {"export_from_kp", "12", "UNSCR 2397"}, {"export_from_kp", "84", "UNSCR 2397"},
                {"export_from_kp", "85", "UNSCR 2397"}, {"export_from_kp", "25", "UNSCR 2397"},
                {"export_from_kp", "44", "UNSCR 2397"}, {"export_from_kp", "89", "UNSCR 2397"},
                {"supply_to_kp", "84", "UNSCR 2397"}, {"supply_to_kp", "87", "UNSCR 2397"},
                {"supply_to_kp", "72", "UNSCR 2397"}, {"supply_to_kp", "83", "UNSCR 2397"},
                {"supply_to_kp", "271119", "UNSCR 2375"}, {"supply_to_kp", "7113", "UNSCR 1718"}}) {
            assertTrue(bans.stream().anyMatch(b -> b.direction().equals(c[0]) && b.hsPrefix().equals(c[1])
                    && b.resolution().startsWith(c[2]) && !b.paragraph().isBlank() && !b.checked().isBlank()),
                    String.join(" ", c));
        }
    }

    @Test
    void capsFactorsPortsAndSettingsAreAsReviewed() {
        TradeCap refined = REF.capsFor("2710.19").get(0);
        assertEquals("REFINED-BBL", refined.capId());
        assertEquals(0, new BigDecimal("500000").compareTo(refined.limit()));
        assertEquals(0, new BigDecimal("450000").compareTo(refined.nearThreshold()));
        assertEquals(List.of("CRUDE-BBL", "CRUDE-T"), REF.capsFor("2709.00").stream().map(TradeCap::capId).toList());
        assertEquals(List.of(), REF.capsFor("2711.12"));
        assertEquals("271012", REF.tonneFactor("2710.12.10").hsPrefix()); // the longest prefix wins
        assertEquals("2710", REF.tonneFactor("2710.20").hsPrefix());
        assertNull(REF.tonneFactor("2711.12"));
        assertEquals("KP-RAJIN", REF.port("Rason").portId());
        assertEquals("KP-NAMPO", REF.port("NAMP'O").portId());
        assertEquals(RiskPort.TRANSSHIPMENT_HUB, REF.port("kholmsk").risk());
        assertNull(REF.port("Busan"));
        assertEquals(0, new BigDecimal("12").compareTo(REF.setting(TradeSetting.AIS_GAP_HOURS)));
        assertTrue(REF.areas().stream().anyMatch(a -> a.contains(new BigDecimal("38.73"), new BigDecimal("125.42"))), "Nampo");
        assertFalse(REF.areas().stream().anyMatch(a -> a.contains(new BigDecimal("37.45"), new BigDecimal("126.60"))), "Incheon");
        assertTrue(REF.facts().size() > 80);
    }

    @Test
    void aBrokenTableStopsTheRunNamingFileLineAndColumn() throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("reference"));
        try (Stream<Path> s = Files.list(Path.of("rules/reference"))) {
            for (Path p : s.toList()) {
                Files.copy(p, rules.resolve("reference").resolve(p.getFileName()));
            }
        }
        Path caps = rules.resolve("reference/trade-caps.csv");
        Files.writeString(caps, Files.readString(caps).replace("REFINED-BBL,2710,refined petroleum products,500000,bbl,0.9,",
                "REFINED-BBL,2710,refined petroleum products,500000,barrels,0.9,"));
        RuleException e = assertThrows(RuleException.class, () -> TradeReference.load(rules));
        assertTrue(e.getMessage().matches("rules/reference/trade-caps.csv:\\d+:5 column 'limit_unit': 'barrels' is not one of \\[bbl, t\\]"),
                e.getMessage());
        Files.delete(rules.resolve("reference/trade-areas.csv"));
        Files.writeString(caps, Files.readString(caps).replace("barrels", "bbl"));
        RuleException gone = assertThrows(RuleException.class, () -> TradeReference.load(rules));
        assertTrue(gone.getMessage().contains("rules/reference/trade-areas.csv:0:0 the reference table is missing"), gone.getMessage());
    }
}
