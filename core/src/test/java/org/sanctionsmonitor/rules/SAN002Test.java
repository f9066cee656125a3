package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** SAN-002: a shipment on a listed vessel, found by IMO whatever its current name. */
class SAN002Test {

    static final ListedEntity KUM_UN_SAN_3 = vessel("23163", "KUM UN SAN 3", "8705539");

    @Test
    void firesOnARenamedVesselFoundByImo() {
        List<Finding> f = run(List.of(KUM_UN_SAN_3), List.of(shipment("S1").vessel("PU RYONG", "IMO 8705539").build()));
        assertEquals(Set.of("SAN-002"), ruleIds(f));
        Finding v = f.get(0);
        assertEquals("SANCTIONED_VESSEL", v.category().name());
        assertEquals("8705539", v.matchedValue());
        assertEquals("23163", v.listEntryId());
        assertTrue(v.explanation().contains("sailing as PU RYONG"), v.explanation());
    }

    @Test
    void firesUnderTheListedName() {
        assertEquals(Set.of("SAN-002"), ruleIds(run(List.of(KUM_UN_SAN_3),
                List.of(shipment("S1").vessel("KUM UN SAN 3", "8705539").build()))));
    }

    @Test
    void doesNotFireOnAnotherImoOrOnTheNameAlone() {
        assertEquals(Set.of(), ruleIds(run(List.of(KUM_UN_SAN_3), List.of(
                shipment("S1").vessel("HYUNDAI GLORY", "9312456").build(),
                shipment("S2").vessel("KUM UN SAN 3", null).build()))));
    }

    @Test
    void aWrongCheckDigitNeverMatches() {
        List<Finding> f = run(List.of(KUM_UN_SAN_3), List.of(shipment("S1").vessel("KUM UN SAN 3", "8705538").build()));
        assertEquals(Set.of("DQ-001"), ruleIds(f));
    }
}
