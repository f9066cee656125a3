package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.ruleIds;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** STS-002: a ship-to-ship transfer with a listed vessel, found by IMO number. */
class STS002Test {

    static final ListedEntity CHON_MA_SAN = vessel("23729", "CHON MA SAN", "8660313");

    @Test
    void firesByImoWhateverNameOrFlagTheRecordGives() {
        List<Finding> f = run(List.of(CHON_MA_SAN), List.of(
                event("E1", "STS").vessel("SHUN YUAN 8", "9188219", "Sierra Leone").other("RENAMED", "IMO 8660313", "Panama").build()));
        assertEquals(Set.of("STS-002"), ruleIds(f));
        assertEquals("23729", f.get(0).listEntryId());
        assertEquals("1.0", f.get(0).scoreText());
        assertTrue(f.get(0).explanation().contains("other_vessel_imo 8660313 is the IMO number of the listed vessel CHON MA SAN"),
                f.get(0).explanation());
    }

    @Test
    void doesNotFireOnOtherImosInvalidImosOrNonStsEvents() {
        List<Finding> f = run(List.of(CHON_MA_SAN), List.of(
                event("E1", "STS").vessel("A", "9188219", "Panama").build(),
                event("E2", "STS").vessel("B", "8660314", "Panama").build(),
                event("E3", "AIS_GAP").vessel("CHON MA SAN", "8660313", "Panama").position("10", "10").hours("48").build()));
        assertEquals(Set.of("DQ-001"), ruleIds(f)); // the wrong check digit is a data-quality finding, never a match
    }
}
