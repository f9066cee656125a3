package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RecordPipelineHarness.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.Transfer;

/**
 * CYB-030: a peel chain of at least peel_min_hops (3) steps.
 * Its decisions are the scenario cases' (rules/tests/CYB-030/fire-three-peel-steps and no-fire-two-steps-or-even-split);
 * here, through {@link RecordPipelineHarness}, what expected.csv cannot say: explanation, evidence, category.
 */
class CYB030Test {

    /** S sends 100 to A1; each Ai sends most on to A(i+1) and peels 5 off to Pi, two hours apart. */
    static List<Transfer> chain(int steps) {
        List<Transfer> t = new ArrayList<>();
        t.add(tx("IN", "2025-03-01T00:00:00Z", addr(0x50), addr(0xA1), "100", null));
        double amount = 100;
        for (int i = 1; i <= steps; i++) {
            double main = amount - 5 - 1;
            String h = String.format(java.util.Locale.ROOT, "%02d", i * 2);
            t.add(tx("M" + i, "2025-03-01T" + h + ":00:00Z", addr(0xA0 + i), addr(0xA1 + i), fmt(main), null));
            t.add(tx("P" + i, "2025-03-01T" + h + ":10:00Z", addr(0xA0 + i), addr(0xE0 + i), "5", null));
            amount = main;
        }
        return t;
    }

    static String fmt(double d) {
        return java.math.BigDecimal.valueOf(d).toPlainString();
    }

    @Test
    void firesOnThreePeelSteps() {
        List<Finding> f = run(List.of(), chain(3));
        assertEquals(List.of("CYB-030 " + addr(0xA1)), pairs(f));
        Finding x = f.get(0);
        assertEquals("LAUNDERING_PATTERN", x.category().name());
        assertEquals("address", x.subjectType());
        assertTrue(x.explanation().startsWith("3 peel steps starting at " + addr(0xA1)), x.explanation());
        assertEquals(List.of("in", "main", "peel", "main", "peel", "main", "peel"),
                x.evidence().stream().filter(e -> e.role().equals("path")).map(e -> e.facts().get("stage")).toList());
    }

    /**
     * Two receipts into A1 lead into the same main transfer M1, and neither is a peel step (M1 carries 0.67 and 0.63 of
     * them, under peel_main_min_ratio): the detector measures both chains through A1, and the run of three peel
     * steps from A2 is reported once, not once per chain that reaches it.
     */
    @Test
    void aRunReachedByTwoMeasuredChainsIsReportedOnce() {
        List<Transfer> t = new ArrayList<>(chain(4));
        t.set(0, tx("IN", "2025-03-01T00:00:00Z", addr(0x50), addr(0xA1), "140", null));
        t.add(tx("IN2", "2025-03-01T00:30:00Z", addr(0x51), addr(0xA1), "150", null));
        List<Finding> f = run(List.of(), t);
        assertEquals(List.of("CYB-030 " + addr(0xA2)), pairs(f));
        assertTrue(f.get(0).explanation().startsWith("3 peel steps starting at " + addr(0xA2)),
                f.get(0).explanation());
    }
}
