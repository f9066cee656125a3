package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.*;
import static org.sanctionsmonitor.rules.RulesHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** SAN-004: party name is a weak alias; acronyms only as a whole word. */
class SAN004Test {

    @Test
    void firesWhenThePartyIsTheWeakAlias() {
        List<Finding> f = run(Records.shipment("S1", "KOMID", "Hidden Cobra"));
        assertEquals(Set.of("SAN-004"), ids(f));
        assertEquals(2, f.size());
        assertTrue(f.get(0).explanation().contains("weak alias"), f.get(0).explanation());
    }

    @Test
    void doesNotFireOnAWordThatMerelyContainsTheAcronymOrOnLongerNames() {
        List<Finding> f = run(Records.shipment("S1", "Komidex Trading", "Korea Zinc"),
                Records.shipment("S2", "Red Dot Design AG", "Zinc Oxide Industries Ltd"));
        assertFalse(ids(f).contains("SAN-004"), f.toString());
    }
}
