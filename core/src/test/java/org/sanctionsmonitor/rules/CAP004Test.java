package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.byRule;
import static org.sanctionsmonitor.rules.RuleHarness.ruleIds;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** CAP-004: every supply of capped petroleum to the DPRK is at least an INFO finding. */
class CAP004Test {

    @Test
    void firesOnEveryRefinedSupplyEvenASmallOneOrAnUncountableOne() {
        List<Finding> f = run(List.of(), List.of(
                shipment("SMALL").destination("KP").goods("2710.19", "Diesel").quantity("5", "l").build(),
                shipment("PCS").destination("KP").goods("2710.19", "Lubricant").quantity("40", "pcs").build(),
                shipment("CRUDE").destination("KP").goods("2709.00", "Crude").quantity("1000", "t").build()));
        List<Finding> info = byRule(f, "CAP-004");
        assertEquals(List.of("CRUDE", "PCS", "SMALL"), info.stream().map(Finding::subjectId).toList()); // crude once, not per measure
        assertEquals("INFO", info.get(0).severity().name());
        assertTrue(info.get(2).explanation().contains("notified to the 1718 Committee"), info.get(2).explanation());
        assertTrue(info.get(1).explanation().contains("not counted"), info.get(1).explanation());
        assertEquals(Set.of("CAP-004", "DQ-002", "EMB-002"), ruleIds(f));
    }

    @Test
    void doesNotFireOnPetroleumElsewhereOrOtherGoodsToTheDprk() {
        List<Finding> f = run(List.of(), List.of(
                shipment("CN").destination("China").goods("2710.19", "Diesel").quantity("5000", "bbl").build(),
                shipment("RICE").destination("KP").goods("1006.30", "Rice").quantity("5000", "t").build(),
                event("STS", "STS").vessel("A", null, "Panama").other("B", null, "Togo").cargo("2710.19", "5000", "bbl").build()));
        assertEquals(Set.of("EMB-002"), ruleIds(f));
    }
}
