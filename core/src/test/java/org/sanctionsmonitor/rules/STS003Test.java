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

/** STS-003: a ship-to-ship transfer with a vessel named like a listed vessel, without an IMO: reduced confidence. */
class STS003Test {

    static final ListedEntity PAEK_MA = vessel("23737", "PAEK MA", "9066978", "PAEKMA 1");

    @Test
    void firesByNameOrAliasWithAScoreBelowOneAndALowerSeverity() {
        List<Finding> f = run(List.of(PAEK_MA), List.of(
                event("E1", "STS").vessel("HAI XING 6", "9355965", "Belize").other("Paek-Ma", null, null).build(),
                event("E2", "STS").vessel("paekma 1", null, null).build()));
        assertEquals(Set.of("STS-003"), ruleIds(f));
        assertEquals("0.8", f.get(0).scoreText());
        assertEquals("MEDIUM", f.get(0).severity().name());
        assertTrue(f.get(0).explanation().contains("matched by name only"), f.get(0).explanation());
    }

    @Test
    void doesNotFireWhenAnImoIsGivenOrTheNameDiffers() {
        List<Finding> f = run(List.of(PAEK_MA), List.of(
                event("E1", "STS").vessel("PAEK MA", "9355965", "Belize").build(), // the IMO decides: another hull
                event("E2", "STS").vessel("PAEK MA 2", null, null).build()));
        assertEquals(Set.of(), ruleIds(f));
    }
}
