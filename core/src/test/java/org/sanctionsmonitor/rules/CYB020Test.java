package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** CYB-020: listed funds delivered through one intermediary (2 hops). */
class CYB020Test {

    static final String L = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";
    static final ListedEntity LAZARUS = entity("27307", "LAZARUS GROUP", "ETH:" + L);
    static final String A = addr(0xA);
    static final String B = addr(0xB);
    static final String C = addr(0xC);

    @Test
    void firesOnTheTransferThatDeliversListedFundsOnwardWithPathAndBound() {
        List<Finding> f = run(List.of(LAZARUS), List.of(
                tx("T1", "2025-03-01T10:00:00Z", L, A, "5", "10000"),
                tx("T2", "2025-03-01T12:00:00Z", A, B, "4", "8000")));
        assertEquals(List.of("CYB-020 T2", "SAN-001 T1"), pairs(f));
        Finding x = byRule(f, "CYB-020").get(0);
        assertEquals("INDIRECT_EXPOSURE", x.category().name());
        assertEquals("HIGH", x.severity().name());
        assertEquals("27307", x.listEntryId());
        assertEquals(L, x.matchedValue());
        assertTrue(x.explanation().contains("through 2 hops") && x.explanation().contains("T1 > T2")
                && x.explanation().contains("at most USD 8000.00"), x.explanation());
        List<Evidence> path = x.evidence().stream().filter(e -> e.role().equals("path")).toList();
        assertEquals(List.of("T1", "T2"), path.stream().map(Evidence::id).toList());
        assertEquals("1", path.get(0).facts().get("hop"));
    }

    @Test
    void theBoundIsTheSmallerOfTheTransferAndTheListedFundsReceived() {
        List<Finding> f = run(List.of(LAZARUS), List.of(
                tx("T1", "2025-03-01T10:00:00Z", L, A, "1", "1500"),
                tx("T0", "2025-03-01T09:00:00Z", C, A, "50", "100000"),
                tx("T2", "2025-03-01T12:00:00Z", A, B, "20", "40000")));
        assertTrue(byRule(f, "CYB-020").get(0).explanation().contains("at most USD 1500.00"));
    }

    @Test
    void sendingToAListedAddressDoesNotTaintTheSender() {
        List<Finding> f = run(List.of(LAZARUS), List.of(
                tx("T1", "2025-03-01T10:00:00Z", A, L, "5", "10000"),
                tx("T2", "2025-03-01T12:00:00Z", A, B, "4", "8000")));
        assertEquals(List.of("SAN-001 T1"), pairs(f));
    }

    @Test
    void onlyTaintReceivedBeforeATransferTravelsWithIt() {
        List<Finding> f = run(List.of(LAZARUS), List.of(
                tx("EARLIER", "2025-03-01T09:00:00Z", A, B, "4", "8000"),
                tx("SAME-SECOND", "2025-03-01T10:00:00Z", A, C, "1", "100"),
                tx("T1", "2025-03-01T10:00:00Z", L, A, "5", "10000")));
        assertEquals(List.of("SAN-001 T1"), pairs(f));
    }

    @Test
    void aLaterDepositFromACleanAddressIntoAnExposedOneIsNotExposed() {
        List<Finding> f = run(List.of(LAZARUS), List.of(
                tx("T1", "2025-03-01T10:00:00Z", L, A, "5", "10000"),
                tx("T2", "2025-03-01T12:00:00Z", A, B, "4", "8000"),
                tx("CLEAN-IN", "2025-03-01T13:00:00Z", C, A, "1", "2000")));
        assertEquals(List.of("CYB-020 T2", "SAN-001 T1"), pairs(f));
    }

    @Test
    void doesNotFireThroughALabelledExchangeOrOutsideTheLookBack() {
        List<Finding> viaExchange = run(List.of(LAZARUS), List.of(label("ethereum", A, "exchange", "Some exchange")), List.of(
                tx("T1", "2025-03-01T10:00:00Z", L, A, "5", "10000"),
                tx("T2", "2025-03-01T12:00:00Z", A, B, "4", "8000")));
        assertEquals(List.of("SAN-001 T1"), pairs(viaExchange));
        List<Finding> late = run(List.of(LAZARUS), List.of(
                tx("T1", "2025-03-01T10:00:00Z", L, A, "5", "10000"),
                tx("T2", "2025-06-01T12:00:00Z", A, B, "4", "8000")));
        assertEquals(List.of("SAN-001 T1"), pairs(late));
    }
}
