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

/** VES-002: a flag or name change of a listed vessel, by IMO. */
class VES002Test {

    static final ListedEntity KOTI = vessel("23786", "KOTI", "9417115");

    @Test
    void firesOnFlagAndNameChanges() {
        List<Finding> f = run(List.of(KOTI), List.of(
                event("FLAG", "FLAG_CHANGE").vessel("KOTI", "9417115", "Sierra Leone").previous(null, "Panama").build(),
                event("NAME", "NAME_CHANGE").vessel("NEW DAWN", "9417115", null).previous("KOTI", null).build()));
        assertEquals(Set.of("VES-002"), ruleIds(f));
        assertTrue(f.get(0).explanation().startsWith("flag changed to Sierra Leone (was PA)"), f.get(0).explanation());
        assertTrue(f.get(1).explanation().startsWith("name changed to NEW DAWN (was KOTI)"), f.get(1).explanation());
        assertEquals("SANCTIONED_VESSEL", f.get(0).category().name());
    }

    @Test
    void doesNotFireOnUnlistedVesselsOrOtherEventTypes() {
        assertEquals(Set.of(), ruleIds(run(List.of(KOTI), List.of(
                event("E1", "FLAG_CHANGE").vessel("OTHER", "9281126", "Panama").build(),
                event("E2", "PORT_CALL").vessel("KOTI", "9417115", "Panama").build()))));
    }
}
