package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.ruleIds;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** VES-001: an AIS gap over the threshold (trade-settings.csv) inside a DPRK watch area (trade-areas.csv). */
class VES001Test {

    @Test
    void firesOnLongGapsOffBothCoasts() {
        List<Finding> f = run(List.of(), List.of(
                event("WEST", "AIS_GAP").vessel("SHUN YUAN 8", "9188219", "Sierra Leone").position("38.55", "124.85").hours("36").build(),
                event("EAST", "AIS_GAP").vessel("X", null, null).position("41.70", "129.90").hours("12.5").build()));
        assertEquals(Set.of("VES-001"), ruleIds(f));
        assertEquals(List.of("EAST", "WEST"), f.stream().map(Finding::subjectId).toList());
        assertTrue(f.get(1).explanation().contains("over the 12-hour threshold"), f.get(1).explanation());
        assertEquals("rules/reference/trade-areas.csv", f.get(1).evidence().get(1).source().file());
    }

    @Test
    void doesNotFireOnShortGapsGapsElsewhereOrGapsWithoutPosition() {
        assertEquals(Set.of(), ruleIds(run(List.of(), List.of(
                event("SHORT", "AIS_GAP").position("38.70", "125.10").hours("12").build(),
                event("FAR", "AIS_GAP").position("31.00", "123.00").hours("40").build(),
                event("NOPOS", "AIS_GAP").hours("40").build(),
                event("NOHOURS", "AIS_GAP").position("38.70", "125.10").build()))));
    }
}
