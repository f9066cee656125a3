package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.byRule;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** CAP-003: the supply that brings a year's total to the near-cap threshold (90% in trade-caps.csv). */
class CAP003Test {

    @Test
    void firesOnceOnTheRecordThatReachesTheThreshold() {
        List<Finding> f = run(List.of(), List.of(
                shipment("A").date("2025-03-01").destination("KP").goods("2710.19", "Diesel").quantity("400000", "bbl").build(),
                shipment("B").date("2025-04-01").destination("KP").goods("2710.19", "Diesel").quantity("50000", "bbl").build(),
                shipment("C").date("2025-05-01").destination("KP").goods("2710.19", "Diesel").quantity("10000", "bbl").build()));
        List<Finding> near = byRule(f, "CAP-003");
        assertEquals(List.of("B"), near.stream().map(Finding::subjectId).toList()); // 450,000 is exactly the threshold
        assertTrue(near.get(0).explanation().contains("near-cap threshold of 450,000 bbl"), near.get(0).explanation());
        assertEquals(List.of(), byRule(f, "CAP-001"));
    }

    @Test
    void doesNotFireBelowTheThresholdOrWhenOneSupplyJumpsOverTheCap() {
        List<Finding> f = run(List.of(), List.of(
                shipment("A").date("2025-03-01").destination("KP").goods("2710.19", "Diesel").quantity("449999", "bbl").build(),
                shipment("B").date("2025-04-01").destination("KP").goods("2710.19", "Diesel").quantity("60000", "bbl").build()));
        assertEquals(List.of(), byRule(f, "CAP-003"));
        assertEquals(List.of("B"), byRule(f, "CAP-001").stream().map(Finding::subjectId).toList());
    }
}
