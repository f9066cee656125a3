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

/** EMB-011: a supply to the DPRK of a commodity banned by HS code, judged by destination. */
class EMB011Test {

    @Test
    void firesOnMachineryVehiclesMetalsAndLuxuryGoods() {
        List<Finding> f = run(List.of(), List.of(
                shipment("MACH").destination("North Korea").goods("8429.52", "Excavators").build(),
                shipment("CAR").destination("KP").goods("8703.23", "Cars").build(),
                shipment("STEEL").destination("KP").goods("7208.39", "Hot-rolled coils").build(),
                shipment("WATCH").destination("KP").goods("9101.11", "Gold watches").build()));
        assertEquals(Set.of("EMB-002", "EMB-011"), ruleIds(f));
        List<Finding> e = byRule(f, "EMB-011");
        assertEquals(List.of("CAR", "MACH", "STEEL", "WATCH"), e.stream().map(Finding::subjectId).toList());
        assertTrue(e.get(1).explanation().contains("UNSCR 2397 (2017) OP7"), e.get(1).explanation());
        assertTrue(e.get(3).explanation().contains("UNSCR 1718 (2006) OP8(a)(iii)"), e.get(3).explanation());
    }

    @Test
    void aYachtIsBothAVesselAndALuxuryGoodTwoDistinctFindings() {
        List<Finding> f = byRule(run(List.of(), List.of(shipment("YACHT").destination("KP").goods("8903.93", "Yacht").build())), "EMB-011");
        assertEquals(2, f.size());
        assertTrue(!f.get(0).findingId().equals(f.get(1).findingId()));
    }

    @Test
    void doesNotFireOnFoodToTheDprkOrMachineryElsewhere() {
        List<Finding> f = run(List.of(), List.of(
                shipment("RICE").destination("KP").goods("1006.30", "Rice").build(),
                shipment("MACH").destination("Japan").ports("Dalian", "Nampo").goods("8429.52", "Excavators").build()));
        assertEquals(Set.of("EMB-002", "EMB-012"), ruleIds(f));
    }
}
