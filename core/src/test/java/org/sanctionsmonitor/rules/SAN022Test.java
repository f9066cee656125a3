package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.*;
import static org.sanctionsmonitor.rules.RulesHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** SAN-022: a name match whose date of birth or nationality conflicts is discounted, never an alert. */
class SAN022Test {

    @Test
    void firesWhenTheDateOfBirthConflicts() {
        List<Finding> f = run(Records.payment("P1", null, "Kim Sang-man", null, "1990-03-02", null));
        assertEquals(Set.of("SAN-022"), ids(f));
        Finding x = f.get(0);
        assertEquals(0.85, x.score());
        assertTrue(x.explanation().contains("conflicts with the listed date of birth 1965-04-25"), x.explanation());
        assertTrue(x.explanation().contains("score discounted from 1.000 to 0.850"), x.explanation());
    }

    @Test
    void doesNotFireWhenTheDateIsOneDayOffOrBothIdentifiersConflict() {
        // HAN Jang Su: OFAC 08 Nov 1969, UN 1969-11-07: one day apart agrees
        List<Finding> f = run(Records.payment("P1", null, "Han Jang-soo", null, "1969-11-07", "KP"),
                // two conflicting identifiers take the score below the review threshold: no candidate at all
                Records.payment("P2", null, "Kim Sang-man", null, "1990-03-02", "KR"));
        assertEquals(Set.of("SAN-003"), ids(f), f.toString());
        assertEquals(1, f.size());
    }
}
