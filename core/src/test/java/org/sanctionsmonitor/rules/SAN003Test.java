package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.*;
import static org.sanctionsmonitor.rules.RulesHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** SAN-003: party name matches a listed name or strong alias at or above the alert threshold. */
class SAN003Test {

    @Test
    void firesOnExactAndTransliteratedNames() {
        List<Finding> f = run(Records.shipment("S1", "Korea Kwangson Banking Corp.", null),
                Records.payment("P1", null, "Choe Sok Min", null, "1978-07-25", "KP"),
                Records.payment("P2", "Korea Kwangson Banking Corporation, Dandong Branch", null, null, null, null));
        assertEquals(Set.of("SAN-003"), ids(f));
        assertEquals(3, f.size());
        Finding choe = f.stream().filter(x -> x.subjectId().equals("P1")).findFirst().orElseThrow();
        assertEquals("OFAC-SDN", choe.listSource());
        assertEquals("23001", choe.listEntryId());
        assertEquals(1.0, choe.score());
        assertTrue(choe.explanation().contains("CH'OE, So'k-min"), choe.explanation());
        assertTrue(choe.explanation().contains("agrees"), choe.explanation());
        Finding branch = f.stream().filter(x -> x.subjectId().equals("P2")).findFirst().orElseThrow();
        assertTrue(branch.score() >= 0.90 && branch.score() < 1.0, "fuzzy score " + branch.score());
        assertTrue(branch.explanation().contains("with score"), branch.explanation());
    }

    @Test
    void doesNotFireOnGenericLookalikesOrConflictingIdentifiers() {
        List<Finding> f = run(Records.shipment("S1", "Hanil Electronics Co. Ltd.", "Korea Exchange Bank"),
                Records.payment("P1", "Korea Development Bank", "Kim Min-jun", null, null, null),
                Records.payment("P2", null, "Kim Sang Man", null, "1990-01-01", null));
        assertFalse(ids(f).contains("SAN-003"), f.toString());
    }
}
