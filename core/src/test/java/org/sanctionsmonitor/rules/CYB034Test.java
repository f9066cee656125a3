package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RecordPipelineHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/**
 * CYB-034: many transfers just under the USD 10,000 reporting threshold.
 * Its decisions are the scenario cases' (rules/tests/CYB-034/fire-customer-or-address-under-10000 and no-fire-two-at-threshold-or-spread);
 * here, through {@link RecordPipelineHarness}, what expected.csv cannot say: explanation, evidence, category.
 */
class CYB034Test {

    @Test
    void firesOnACustomerWithThreeTransfersJustUnderTheThresholdWithinTheWindow() {
        List<Finding> f = run(List.of(), List.of(
                tx("S1", "ethereum", "USDT", "2025-03-01T10:00:00Z", addr(1), addr(11), "9500", "9500", "CUST-7", null),
                tx("S2", "ethereum", "USDT", "2025-03-02T10:00:00Z", addr(2), addr(12), "9800", "9800", "CUST-7", null),
                tx("S3", "ethereum", "USDT", "2025-03-03T09:00:00Z", addr(1), addr(13), "9990", "9990", "CUST-7", null)));
        assertEquals(List.of("CYB-034 CUST-7"), pairs(f));
        Finding x = f.get(0);
        assertEquals("customer", x.subjectType());
        assertTrue(x.explanation().contains("sent 3 transfers each between USD 9000 and just under the USD 10000"), x.explanation());
    }
}
