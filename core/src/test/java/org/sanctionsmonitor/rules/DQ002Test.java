package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.byRule;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** DQ-002: a capped supply to the DPRK whose quantity cannot be counted toward the cap. */
class DQ002Test {

    @Test
    void firesWhenQuantityOrUnitIsMissingOrNotConvertible() {
        List<Finding> f = byRule(run(List.of(), List.of(
                shipment("NOQTY").destination("KP").goods("2710.19", "Diesel").build(),
                shipment("PCS").destination("KP").goods("2710.19", "Diesel").quantity("12", "pcs").build())), "DQ-002");
        assertEquals(List.of("NOQTY", "PCS"), f.stream().map(Finding::subjectId).toList());
        assertTrue(f.get(1).explanation().contains("unit 'pcs' cannot be converted to bbl"), f.get(1).explanation());
        assertEquals("DATA_QUALITY", f.get(0).category().name());
    }

    @Test
    void doesNotFireOnConvertibleUnits() {
        List<Finding> f = byRule(run(List.of(), List.of(
                shipment("KL").destination("KP").goods("2710.19", "Diesel").quantity("10", "kl").build(),
                shipment("KG").destination("KP").goods("2710.19", "Diesel").quantity("10000", "kg").build(),
                shipment("CRUDE-KL").destination("KP").goods("2709.00", "Crude").quantity("10", "m3").build())), "DQ-002");
        assertEquals(List.of(), f);
    }
}
