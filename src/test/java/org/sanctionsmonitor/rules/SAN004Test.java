package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.report.Finding;

/** SAN-004: a shipment party equal only to a weak alias is a review item. */
class SAN004Test {

    static final ListedEntity KOMID = named("9345", "KOREA MINING DEVELOPMENT TRADING CORPORATION", List.of(), List.of("KOMID"));

    @Test
    void firesOnAWeakAlias() {
        List<Finding> f = run(List.of(KOMID), List.of(shipment("S1").notifyParty("komid").build()));
        assertEquals(Set.of("SAN-004"), ruleIds(f));
        assertEquals("MEDIUM", f.get(0).severity().name());
    }

    @Test
    void doesNotFireOnANameThatOnlyContainsTheAlias() {
        assertEquals(Set.of(), ruleIds(run(List.of(KOMID), List.of(shipment("S1").notifyParty("KOMID Logistics Ltd").build()))));
    }

    @Test
    void theFullNameIsSan003NotSan004() {
        assertEquals(Set.of("SAN-003"), ruleIds(run(List.of(KOMID),
                List.of(shipment("S1").shipper("Korea Mining Development Trading Corporation").build()))));
    }
}
