package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/**
 * VES-001: what the scenario cases (rules/tests/VES-001: fires, does not fire, straddles
 * ais_gap_hours) cannot say, because findings.csv does not carry it: the evidence names the
 * reviewed watch-area table the position was placed in.
 */
class VES001Test {

    @Test
    void theEvidenceNamesTheWatchAreaTable() {
        List<Finding> f = run(List.of(), List.of(
                event("WEST", "AIS_GAP").vessel("SHUN YUAN 8", "9188219", "Sierra Leone").position("38.55", "124.85").hours("36").build()));
        assertEquals(List.of("VES-001 WEST"), pairs(f));
        assertEquals("rules/reference/trade-areas.csv", f.get(0).evidence().get(1).source().file());
    }
}
