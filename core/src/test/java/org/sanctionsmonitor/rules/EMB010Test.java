package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/**
 * EMB-010: what the scenario cases (rules/tests/EMB-010: each banned class, unbanned classes,
 * other origins) cannot say, because findings.csv does not carry it: the evidence cites the
 * reviewed table of banned classes as a reference.
 */
class EMB010Test {

    @Test
    void theEvidenceCitesTheBannedClassesTable() {
        List<Finding> f = byRule(run(List.of(), List.of(shipment("S1").origin("Korea, North").destination("China")
                .ports("Kholmsk", "Rizhao").goods("2701.12", "Anthracite").build())), "EMB-010");
        assertEquals(1, f.size());
        assertEquals("reference", f.get(0).evidence().get(1).role());
        assertEquals("rules/reference/trade-hs-bans.csv", f.get(0).evidence().get(1).source().file());
    }
}
