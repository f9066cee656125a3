package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.*;
import static org.sanctionsmonitor.rules.RulesHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** SAN-020: payment through a listed bank BIC, on the first eight characters. */
class SAN020Test {

    @Test
    void firesOnTheListedBicWithAnyBranchCode() {
        List<Finding> f = run(Records.payment("P1", null, "Acme Trading", "FTBDKPPYXXX", null, null),
                Records.payment("P2", null, "Acme Trading", "KYCBKPPY", null, null));
        assertEquals(Set.of("SAN-020"), ids(f));
        assertEquals(2, f.size());
        assertEquals("15603", f.stream().filter(x -> x.subjectId().equals("P1")).findFirst().orElseThrow().listEntryId());
        assertTrue(f.get(0).explanation().contains("SWIFT/BIC"));
    }

    @Test
    void doesNotFireOnOtherBanks() {
        List<Finding> f = run(Records.payment("P1", null, "Acme Trading", "FTBDKPPZXXX", null, null),
                Records.payment("P2", null, "Acme Trading", "KOEXKRSEXXX", null, null));
        assertFalse(ids(f).contains("SAN-020"), f.toString());
    }
}
