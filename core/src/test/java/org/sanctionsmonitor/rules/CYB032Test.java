package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.Transfer;

/** CYB-032: one source split across several addresses that recombine at one address. */
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

    @Test
    void doesNotFireOnTwoBranchesOrARecombinationOutsideTheWindow() {
        assertEquals(List.of(), pairs(run(List.of(), fan(2, "2025-03-01"))));
        assertEquals(List.of(), pairs(run(List.of(), fan(3, "2025-03-05"))));
    }
}
