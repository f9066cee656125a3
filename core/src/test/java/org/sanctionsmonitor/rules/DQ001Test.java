package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** DQ-001: an invalid vessel IMO number is reported, never matched. */
class DQ001Test {

    @Test
    void firesOnAWrongCheckDigit() {
        List<Finding> f = run(List.of(vessel("1", "X", "8705539")), List.of(shipment("S1").vessel("ORIENT", "8705538").build()));
        assertEquals(Set.of("DQ-001"), ruleIds(f));
        assertEquals("DATA_QUALITY", f.get(0).category().name());
        assertTrue(f.get(0).explanation().contains("expected 9, found 8"), f.get(0).explanation());
        assertEquals(null, f.get(0).listEntryId());
    }

    @Test
    void firesOnSomethingThatIsNotAnImoNumber() {
        assertEquals(Set.of("DQ-001"), ruleIds(run(List.of(vessel("1", "X", "8705539")),
                List.of(shipment("S1").vessel("ORIENT", "87055").build()))));
    }

    @Test
    void doesNotFireOnValidOrAbsentImo() {
        assertEquals(Set.of(), ruleIds(run(List.of(vessel("1", "X", "8705539")), List.of(
                shipment("S1").vessel("HYUNDAI GLORY", "9312456").build(),
                shipment("S2").vessel("NO IMO GIVEN", null).build()))));
    }
}
