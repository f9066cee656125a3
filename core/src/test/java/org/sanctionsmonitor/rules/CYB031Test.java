package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** CYB-031: received and forwarded almost in full within minutes. */
class CYB031Test {

    static final String A = addr(0xA);

    @Test
    void firesOnAReceiptForwardedWithinMinutes() {
        List<Finding> f = run(List.of(), List.of(
                tx("IN", "2025-03-01T10:00:00Z", addr(1), A, "2.5", "5000"),
                tx("OUT", "2025-03-01T10:12:00Z", A, addr(2), "2.49", "4980")));
        assertEquals(List.of("CYB-031 " + A), pairs(f));
        Finding x = f.get(0);
        assertEquals("MEDIUM", x.severity().name());
        assertTrue(x.explanation().contains("within 30 minutes 1 time"), x.explanation());
    }

    @Test
    void doesNotExamineAHubThatPaysOutManyTransfersInTheWindow() {
        List<org.sanctionsmonitor.model.Transfer> t = new java.util.ArrayList<>();
        t.add(tx("IN", "2025-03-01T10:00:00Z", addr(1), A, "70", "140000"));
        for (int i = 0; i < 70; i++) {
            t.add(tx("OUT" + i, String.format(java.util.Locale.ROOT, "2025-03-01T10:%02d:%02dZ", 1 + i / 6, (i % 6) * 10), A,
                    addr(100 + i), "0.999", "1998"));
        }
        assertEquals(List.of(), pairs(run(List.of(), t)));
    }

    @Test
    void doesNotFireWhenSlowPartialSmallOrAnExchange() {
        assertEquals(List.of(), pairs(run(List.of(), List.of(
                tx("IN", "2025-03-01T10:00:00Z", addr(1), A, "2.5", "5000"),
                tx("OUT", "2025-03-01T12:00:00Z", A, addr(2), "2.49", "4980")))));
        assertEquals(List.of(), pairs(run(List.of(), List.of(
                tx("IN", "2025-03-01T10:00:00Z", addr(1), A, "2.5", "5000"),
                tx("OUT", "2025-03-01T10:05:00Z", A, addr(2), "1.25", "2500")))));
        assertEquals(List.of(), pairs(run(List.of(), List.of(
                tx("IN", "2025-03-01T10:00:00Z", addr(1), A, "0.25", "500"),
                tx("OUT", "2025-03-01T10:05:00Z", A, addr(2), "0.25", "500")))));
        assertEquals(List.of(), pairs(run(List.of(), List.of(label("ethereum", A, "exchange", "Hot wallet")), List.of(
                tx("IN", "2025-03-01T10:00:00Z", addr(1), A, "2.5", "5000"),
                tx("OUT", "2025-03-01T10:12:00Z", A, addr(2), "2.49", "4980")))));
    }
}
