package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.ruleIds;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** STS-001: a ship-to-ship transfer with a DPRK-flagged vessel (UNSCR 2375). */
class STS001Test {

    @Test
    void firesWhenEitherVesselFliesTheDprkFlagHoweverItIsWritten() {
        List<Finding> f = run(List.of(), List.of(
                event("E1", "STS").vessel("ORIENT GRACE", null, "Panama").other("KUM SONG 9", null, "Democratic People's Republic of Korea").build(),
                event("E2", "sts".toUpperCase()).vessel("CHON MA", null, "KP").other("SEA STAR", null, "Togo").build()));
        assertEquals(Set.of("STS-001"), ruleIds(f));
        assertEquals("SHIP_TO_SHIP", f.get(0).category().name());
        assertTrue(f.get(0).explanation().contains("other_vessel_flag 'Democratic People's Republic of Korea' is North Korea"),
                f.get(0).explanation());
        assertEquals("KP", f.get(1).matchedValue());
    }

    @Test
    void doesNotFireOnOtherFlagsOrOnOtherEventTypes() {
        assertEquals(Set.of(), ruleIds(run(List.of(), List.of(
                event("E1", "STS").vessel("A", null, "Korea, South").other("B", null, "Panama").build(),
                event("E2", "PORT_CALL").vessel("C", null, "North Korea").build(),
                event("E3", "STS").vessel("D", null, null).build()))));
    }
}
