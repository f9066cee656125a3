package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** EMB-001: goods of North Korean origin, judged by origin, not the port of loading. */
class EMB001Test {

    @Test
    void firesOnDprkOriginLoadedInAThirdCountry() {
        List<Finding> f = run(List.of(), List.of(shipment("S1").origin("Korea, North").destination("China")
                .ports("Kholmsk", "Rizhao").build()));
        assertEquals(Set.of("EMB-001"), ruleIds(f));
        assertEquals("EMBARGOED_TRADE", f.get(0).category().name());
        assertTrue(f.get(0).explanation().contains("'Korea, North' is North Korea (KP)"), f.get(0).explanation());
    }

    @Test
    void firesOnEverySpellingOfNorthKorea() {
        for (String name : List.of("KP", "DPRK", "North Korea", "Democratic People's Republic of Korea", "PRK")) {
            assertEquals(Set.of("EMB-001"), ruleIds(run(List.of(), List.of(shipment("S1").origin(name).build()))), name);
        }
    }

    @Test
    void doesNotFireOnSouthKoreaOrOnADprkPortOfLoadingAlone() {
        List<Finding> f = run(List.of(), List.of(
                shipment("S1").origin("Korea, South").destination("United States").build(),
                shipment("S2").origin("Republic of Korea").destination("Japan").build(),
                shipment("S3").origin("China").destination("Vietnam").ports("Nampo", "Haiphong").build()));
        assertEquals(List.of(), byRule(f, "EMB-001"));
        // the DPRK port of loading is EMB-012's concern (routing), never EMB-001's (origin)
        assertEquals(Set.of("EMB-012"), ruleIds(f));
        assertEquals(List.of("S3"), f.stream().map(Finding::subjectId).toList());
    }
}
