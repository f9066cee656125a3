package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.evaluation.SyntheticNames;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * The bound that spares scoring most candidates must never rule out one whose score reaches the
 * threshold: checked on every candidate of thousands of synthetic party names (variants of listed
 * names among them), at the review threshold, the weak-alias threshold and a lower one.
 */
class ScoreBoundTest {

    private final NameMatchingConfig config = NameMatchingConfig.load(Path.of("rules"));

    @Test
    void theBoundNeverRulesOutACandidateThatReachesTheThreshold() {
        List<ListedEntity> list = SyntheticNames.list(3_000, 11);
        NameScreener screener = new NameScreener(list, config);
        List<NameScreener.Entry> entries = screener.entries();
        int reaching = 0;
        int ruledOut = 0;
        for (String name : SyntheticNames.partyNames(3_000, list, 5)) {
            PreparedName q = screener.prepare(name);
            if (q.tokens().isEmpty()) {
                continue;
            }
            for (int idx : screener.candidates(q)) {
                NameScreener.Entry e = entries.get(idx);
                double score = screener.score(q, e).score();
                for (double threshold : new double[] {0.5, config.review(), config.weakAlias()}) {
                    boolean may = e.acronym() || screener.mayReach(q, e, threshold);
                    if (score >= threshold) {
                        reaching++;
                        assertTrue(may, () -> "'" + name + "' scores " + score + " against '" + e.listedName()
                                + "' but the bound ruled it out at " + threshold);
                    } else if (!may) {
                        ruledOut++;
                    }
                }
            }
        }
        // the test means something only if both cases occur often
        assertTrue(reaching > 1_000, "candidates reaching a threshold: " + reaching);
        assertTrue(ruledOut > 10_000, "candidates ruled out: " + ruledOut);
    }

    @Test
    void aCompanyNameIsRuledOutForAPersonAndAnEqualNameIsNot() {
        List<ListedEntity> list = SyntheticNames.list(200, 3);
        NameScreener screener = new NameScreener(list, config);
        NameScreener.Entry person = screener.entries().stream()
                .filter(e -> "individual".equals(e.entity().type()) && !e.acronym()).findFirst().orElseThrow();
        PreparedName same = screener.prepare(person.listedName());
        assertEquals(1.0, screener.score(same, person).score());
        assertTrue(screener.mayReach(same, person, config.weakAlias()));
        PreparedName company = screener.prepare(person.listedName() + " LLC");
        assertTrue(!screener.mayReach(company, person, 0.01));
    }
}
