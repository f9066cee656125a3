package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** CYB-021: listed funds delivered through two intermediaries (3 hops); the default depth stops there. */
class CYB021Test {

    static final String L = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";
    static final ListedEntity LAZARUS = entity("27307", "LAZARUS GROUP", "ETH:" + L);

    @Test
    void firesAtThreeHopsWithLowerSeverityAndStopsAtTheDefaultDepth() {
        List<Finding> f = run(List.of(LAZARUS), List.of(
                tx("T1", "2025-03-01T10:00:00Z", L, addr(1), "5", "10000"),
                tx("T2", "2025-03-02T10:00:00Z", addr(1), addr(2), "4", "8000"),
                tx("T3", "2025-03-03T10:00:00Z", addr(2), addr(3), "3", "6000"),
                tx("T4", "2025-03-04T10:00:00Z", addr(3), addr(4), "2", "4000")));
        assertEquals(List.of("CYB-020 T2", "CYB-021 T3", "SAN-001 T1"), pairs(f));
        Finding x = byRule(f, "CYB-021").get(0);
        assertEquals("MEDIUM", x.severity().name());
        assertEquals(List.of("T1", "T2", "T3"), x.evidence().stream().filter(e -> e.role().equals("path")).map(Evidence::id).toList());
        assertTrue(x.explanation().contains("through 3 hops"), x.explanation());
    }

    @Test
    void theShortestPathWinsAndABackwardsTransferCarriesNothing() {
        List<Finding> f = run(List.of(LAZARUS), List.of(
                tx("T1", "2025-03-01T10:00:00Z", L, addr(1), "5", "10000"),
                tx("T2", "2025-03-02T10:00:00Z", addr(1), addr(2), "4", "8000"),
                tx("T2B", "2025-03-02T11:00:00Z", addr(1), addr(3), "1", "2000"),
                tx("T3", "2025-03-03T10:00:00Z", addr(2), addr(3), "3", "6000"),
                tx("OLD", "2025-02-01T10:00:00Z", addr(3), addr(5), "3", "6000")));
        assertEquals(List.of("CYB-020 T2", "CYB-020 T2B", "CYB-021 T3", "SAN-001 T1"), pairs(f));
    }
}
