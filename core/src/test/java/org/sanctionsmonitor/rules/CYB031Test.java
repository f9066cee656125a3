package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RecordPipelineHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/**
 * CYB-031: received and forwarded almost in full within minutes.
 * Its decisions are the scenario cases' (rules/tests/CYB-031/fire-forwarded-within-minutes and no-fire-slow-partial-small-or-exchange);
 * here, through {@link RecordPipelineHarness}, what expected.csv cannot say: explanation, evidence, category.
 * (The hub that pays out 70 transfers in the window is no case yet, so its decision stays here.)
 */
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
        // no pass-through; the hub, paying 70 distinct counterparties within the day, is asked to be labelled (CYB-004)
        assertEquals(List.of("CYB-004 " + A), pairs(run(List.of(), t)));
    }
}
