package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.ruleIds;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** EMB-012: a shipment routed through a DPRK port (by name or alias), whatever it declares. */
class EMB012Test {

    @Test
    void firesOnEachRoleAndAlias() {
        List<Finding> f = run(List.of(), List.of(
                shipment("LOAD").origin("China").destination("Vietnam").ports("Nampho", "Haiphong").build(),
                shipment("DISCH").origin("China").destination("China").ports("Dalian", "Najin").build(),
                shipment("VIA").origin("Japan").destination("China").ports("Osaka", "Dalian", "Busan", "Ch'ongjin").build()));
        assertEquals(Set.of("EMB-012"), ruleIds(f));
        assertEquals(List.of("DISCH", "LOAD", "VIA"), f.stream().map(Finding::subjectId).toList());
        assertTrue(f.get(2).explanation().startsWith("transshipment_ports 'Ch'ongjin' is Chongjin (KP)"), f.get(2).explanation());
        assertEquals("Ch'ongjin", f.get(2).matchedValue());
    }

    @Test
    void doesNotFireOnOtherPortsOrHubs() {
        assertEquals(Set.of(), ruleIds(run(List.of(), List.of(
                shipment("S1").origin("China").destination("Japan").ports("Dalian", "Kobe").build(),
                shipment("S2").origin("China").destination("Japan").ports("Nampo Bay Terminal Kobe", "Kobe").build()))));
        // a transshipment hub is EMB-013's, never EMB-012's
        assertEquals(Set.of("EMB-013"), ruleIds(run(List.of(), List.of(
                shipment("S3").origin("Russia").destination("Japan").ports("Kholmsk", "Otaru").goods("0303.89", "Fish").build()))));
    }
}
