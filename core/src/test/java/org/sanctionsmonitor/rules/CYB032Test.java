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
 * CYB-032: one source split across several addresses that recombine at one address.
 * Its decisions are the scenario cases' (rules/tests/CYB-032/fire-three-branches-recombine and no-fire-two-branches-late-or-scattered);
 * here, through {@link RecordPipelineHarness}, what expected.csv cannot say: explanation, evidence, category.
 */
class CYB032Test {

    static final String S = addr(0x5);
    static final String D = addr(0xD);

    static List<Transfer> fan(int branches, String recombineDay) {
        List<Transfer> t = new ArrayList<>();
        for (int i = 1; i <= branches; i++) {
            t.add(tx("OUT" + i, "2025-03-01T10:0" + i + ":00Z", S, addr(0x100 + i), "3", null));
            t.add(tx("IN" + i, recombineDay + "T15:0" + i + ":00Z", addr(0x100 + i), D, "2.99", null));
        }
        return t;
    }

    @Test
    void firesOnThreeBranchesRecombining() {
        List<Finding> f = run(List.of(), fan(3, "2025-03-01"));
        assertEquals(List.of("CYB-032 " + S), pairs(f));
        Finding x = f.get(0);
        assertEquals(D, x.matchedValue());
        assertTrue(x.explanation().contains("split funds across 3 addresses that recombined at " + D), x.explanation());
        assertEquals(6, x.evidence().stream().filter(e -> e.role().equals("path")).count());
    }
}
