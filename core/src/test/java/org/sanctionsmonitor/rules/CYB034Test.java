package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** CYB-034: many transfers just under the USD 10,000 reporting threshold. */
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

    @Test
    void firesOnAnAddressWhenNoOwnerIsGiven() {
        List<Finding> f = run(List.of(), List.of(
                tx("S1", "2025-03-01T10:00:00Z", addr(1), addr(11), "4", "9500"),
                tx("S2", "2025-03-01T11:00:00Z", addr(1), addr(12), "4", "9600"),
                tx("S3", "2025-03-01T12:00:00Z", addr(1), addr(13), "4", "9700")));
        assertEquals(List.of("CYB-034 " + addr(1)), pairs(f));
    }

    @Test
    void doesNotFireOnTwoAtTheThresholdOrSpreadOverTime() {
        assertEquals(List.of(), pairs(run(List.of(), List.of(
                tx("S1", "2025-03-01T10:00:00Z", addr(1), addr(11), "4", "9500"),
                tx("S2", "2025-03-01T11:00:00Z", addr(1), addr(12), "4", "9600")))));
        assertEquals(List.of(), pairs(run(List.of(), List.of(
                tx("S1", "2025-03-01T10:00:00Z", addr(1), addr(11), "4", "10000"),
                tx("S2", "2025-03-01T11:00:00Z", addr(1), addr(12), "4", "10000"),
                tx("S3", "2025-03-01T12:00:00Z", addr(1), addr(13), "4", "8999")))));
        assertEquals(List.of(), pairs(run(List.of(), List.of(
                tx("S1", "2025-03-01T10:00:00Z", addr(1), addr(11), "4", "9500"),
                tx("S2", "2025-03-05T11:00:00Z", addr(1), addr(12), "4", "9600"),
                tx("S3", "2025-03-09T12:00:00Z", addr(1), addr(13), "4", "9700")))));
    }
}
