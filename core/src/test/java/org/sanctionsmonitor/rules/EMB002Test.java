package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** EMB-002: goods destined for North Korea, judged by destination, not the port of discharge. */
class EMB002Test {

    @Test
    void firesOnDprkDestination() {
        List<Finding> f = run(List.of(), List.of(shipment("S1").origin("China")
                .destination("Democratic People's Republic of Korea").ports("Dalian", "Nampo").build()));
        assertEquals(Set.of("EMB-002", "EMB-012"), ruleIds(f)); // discharged at Nampo: EMB-012 flags the routing
        assertEquals("Democratic People's Republic of Korea", byRule(f, "EMB-002").get(0).matchedValue());
    }

    @Test
    void firesWhenDischargedInAThirdCountryForOnwardCarriage() {
        assertEquals(Set.of("EMB-002"), ruleIds(run(List.of(), List.of(
                shipment("S1").origin("Singapore").destination("DPRK").ports("Singapore", "Dandong").build()))));
    }

    @Test
    void doesNotFireOnAShipmentToSouthKorea() {
        List<Finding> f = run(List.of(), List.of(
                shipment("S1").origin("Japan").destination("Korea, South").build(),
                shipment("S2").origin("China").destination("China").ports("Dalian", "Nampo").build()));
        assertEquals(List.of(), byRule(f, "EMB-002"));
        assertEquals(Set.of("EMB-012"), ruleIds(f)); // Nampo as port of discharge is a routing finding only
    }
}
