package org.sanctionsmonitor.ownership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kie.api.runtime.KieSession;
import org.sanctionsmonitor.engine.FindingCollector;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.Finding;

/**
 * Runs the ownership rules over the whole ownership graph in one session (the derivation joins
 * entities across the graph, so it cannot be split into record batches): the regimes' tests, the
 * links, the owned entities and the listed owners go in; the rules derive
 * {@link BlockedByOwnership} facts until nothing more follows; then {@link OwnershipSettled} goes in
 * and the rules that report what is not blocked fire on the settled graph. The derived facts are
 * read back for the screening of payments and shipments.
 */
public final class OwnershipAnalysis {

    /** The findings about the graph's entities and the entities blocked by ownership, per regime in table order. */
    public record Result(List<Finding> findings, List<BlockedByOwnership> blocked) {
        public Result {
            findings = List.copyOf(findings);
            blocked = List.copyOf(blocked);
        }

        public static final Result EMPTY = new Result(List.of(), List.of());
    }

    private OwnershipAnalysis() {
    }

    public static Result run(RuleBase rules, OwnershipGraph graph, List<OwnershipTest> tests) {
        if (graph.isEmpty()) {
            return Result.EMPTY;
        }
        FindingCollector collector = new FindingCollector(rules);
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("findings", collector);
            tests.forEach(session::insert);
            graph.owned().forEach(session::insert);
            graph.links().forEach(session::insert);
            for (OwnershipTest t : tests) {
                for (Party p : graph.listedOwners()) {
                    session.insert(new ListedOwner(t.regime(), p.key(), p));
                }
            }
            session.fireAllRules();
            session.insert(new OwnershipSettled());
            session.fireAllRules();
            List<BlockedByOwnership> blocked = new ArrayList<>();
            for (Object o : session.getObjects(o -> o instanceof BlockedByOwnership)) {
                blocked.add((BlockedByOwnership) o);
            }
            List<String> regimes = tests.stream().map(OwnershipTest::regime).toList();
            blocked.sort(Comparator.comparing((BlockedByOwnership b) -> regimes.indexOf(b.regime()))
                    .thenComparing(BlockedByOwnership::key));
            return new Result(collector.drain(), blocked);
        } finally {
            session.dispose();
        }
    }
}
