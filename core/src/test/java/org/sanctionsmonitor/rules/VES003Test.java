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

/** VES-003: a flag or name change of a vessel named like a listed vessel, without an IMO: reduced confidence. */
class VES003Test {

    static final ListedEntity STAR_18 = vessel("28716", "STAR 18", "9020015", "SAM 5");

    @Test
    void firesOnThePreviousOrCurrentNameWhenNoImoIsGiven() {
        List<Finding> f = run(List.of(STAR_18), List.of(
                event("RENAMED", "NAME_CHANGE").vessel("HONG YANG", null, "Mongolia").previous("STAR 18", null).build(),
                event("REFLAGGED", "FLAG_CHANGE").vessel("Sam 5", null, "Togo").build()));
        assertEquals(Set.of("VES-003"), ruleIds(f));
        assertEquals(List.of("REFLAGGED", "RENAMED"), f.stream().map(Finding::subjectId).toList());
        assertTrue(f.get(1).explanation().contains(": previous_name 'STAR 18' equals the name 'STAR 18'"), f.get(1).explanation());
        assertTrue(f.get(0).explanation().contains(": vessel_name 'Sam 5' equals the name 'SAM 5'"), f.get(0).explanation());
        assertEquals("0.8", f.get(0).scoreText());
        assertEquals("MEDIUM", f.get(0).severity().name());
    }

    @Test
    void doesNotFireWithAnImoOrOnOtherNames() {
        assertEquals(Set.of(), ruleIds(run(List.of(STAR_18), List.of(
                event("E1", "NAME_CHANGE").vessel("HONG YANG", "9281126", "Mongolia").previous("STAR 18", null).build(),
                event("E2", "NAME_CHANGE").vessel("EASTERN GLORY", null, "Panama").previous("ORIENT PEARL", null).build()))));
    }
}
