package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.*;
import static org.sanctionsmonitor.rules.RulesHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** SAN-021: a possible match in the review band (threshold.review up to threshold.alert). */
class SAN021Test {

    @Test
    void firesInTheReviewBand() {
        List<Finding> f = run(Records.payment("P1", null, "Sinbad Exchange", null, null, null));
        assertEquals(Set.of("SAN-021"), ids(f));
        double s = f.get(0).score();
        assertTrue(s >= 0.82 && s < 0.90, "score " + s);
    }

    @Test
    void doesNotFireForAlertsOrUnrelatedNames() {
        List<Finding> f = run(Records.payment("P1", null, "Sinbad", null, null, null),
                Records.payment("P2", null, "Sinbad Travel Agency", null, null, null),
                Records.payment("P3", null, "Korea Exchange Bank", null, null, null));
        assertEquals(Set.of("SAN-003"), ids(f), f.toString());
    }
}
