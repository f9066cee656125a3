package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.report.Finding;

/** EMB-002: goods destined for North Korea, judged by destination, not the port of discharge. */
class EMB002Test {

    @Test
    void firesOnDprkDestination() {
        List<Finding> f = run(List.of(), List.of(shipment("S1").origin("China")
                .destination("Democratic People's Republic of Korea").ports("Dalian", "Nampo").build()));
        assertEquals(Set.of("EMB-002"), ruleIds(f));
        assertEquals("Democratic People's Republic of Korea", f.get(0).matchedValue());
    }

    @Test
    void firesWhenDischargedInAThirdCountryForOnwardCarriage() {
        assertEquals(Set.of("EMB-002"), ruleIds(run(List.of(), List.of(
                shipment("S1").origin("Singapore").destination("DPRK").ports("Singapore", "Dandong").build()))));
    }

    @Test
    void doesNotFireOnAShipmentToSouthKorea() {
        assertEquals(Set.of(), ruleIds(run(List.of(), List.of(
                shipment("S1").origin("Japan").destination("Korea, South").build(),
                shipment("S2").origin("China").destination("China").ports("Dalian", "Nampo").build()))));
    }
}
