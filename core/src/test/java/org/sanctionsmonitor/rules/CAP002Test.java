package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.byRule;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** CAP-002: a capped supply after the year's cap was already exceeded. */
class CAP002Test {

    @Test
    void firesOnEverySupplyAfterTheCrossingInTheSameYear() {
        List<Finding> f = run(List.of(), List.of(
                shipment("A").date("2025-03-01").destination("KP").goods("2710.19", "Diesel").quantity("600000", "bbl").build(),
                shipment("B").date("2025-04-01").destination("KP").goods("2710.19", "Diesel").quantity("10", "kl").build(),
                shipment("C").date("2025-05-01").destination("KP").goods("2710.19", "Diesel").quantity("1", "bbl").build()));
        assertEquals(List.of("A"), byRule(f, "CAP-001").stream().map(Finding::subjectId).toList());
        List<Finding> after = byRule(f, "CAP-002");
        assertEquals(List.of("B", "C"), after.stream().map(Finding::subjectId).toList());
        assertTrue(after.get(0).explanation().contains("10 kl = 62.898 bbl"), after.get(0).explanation());
        assertEquals("HIGH", after.get(0).severity().name());
    }

    @Test
    void doesNotFireOnTheCrossingItselfOrInTheNextYear() {
        List<Finding> f = run(List.of(), List.of(
                shipment("A").date("2025-12-30").destination("KP").goods("2710.19", "Diesel").quantity("600000", "bbl").build(),
                shipment("B").date("2026-01-02").destination("KP").goods("2710.19", "Diesel").quantity("1000", "bbl").build()));
        assertEquals(List.of(), byRule(f, "CAP-002"));
    }
}
