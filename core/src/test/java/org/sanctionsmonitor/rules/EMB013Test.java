package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.ruleIds;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** EMB-013: a banned commodity class loaded at or transshipped through a DPRK transshipment hub, declared as third-country trade. */
class EMB013Test {

    @Test
    void firesOnCoalReloadedAtKholmskUnderAnotherOrigin() {
        List<Finding> f = run(List.of(), List.of(
                shipment("S1").origin("Russia").destination("Korea, South").ports("Kholmsk", "Pohang").goods("2701.12", "Coal").build(),
                shipment("S2").destination("Japan").ports("Vladivostok", "Osaka", "Longkou").goods("7208.39", "Steel").build()));
        assertEquals(Set.of("EMB-013"), ruleIds(f));
        assertEquals("LOW", f.get(0).severity().name());
        assertTrue(f.get(0).explanation().contains("declared from 'Russia'"), f.get(0).explanation());
    }

    @Test
    void doesNotFireOnUnbannedGoodsDischargeAtTheHubOrDeclaredDprkTrade() {
        List<Finding> f = run(List.of(), List.of(
                shipment("GAS").origin("Russia").destination("Japan").ports("Kholmsk", "Otaru").goods("2711.21", "Natural gas").build(),
                shipment("TO-HUB").origin("China").destination("Russia").ports("Dalian", "Kholmsk").goods("2701.12", "Coal").build(),
                shipment("NOCODE").origin("Russia").destination("Japan").ports("Kholmsk", "Otaru").build(),
                shipment("DPRK").origin("KP").destination("China").ports("Kholmsk", "Rizhao").goods("2701.12", "Coal").build()));
        assertEquals(Set.of("EMB-001", "EMB-010"), ruleIds(f)); // the declared DPRK export is EMB-001/010's, not EMB-013's
    }
}
