package org.sanctionsmonitor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.runtime.KieSession;
import org.sanctionsmonitor.report.Finding;

/**
 * Runs the rules over facts in bounded batches: each batch is a fresh session holding the
 * RunContext, a slice of records and the candidate facts about them; {@code fireAllRules()} runs
 * once per session. The findings are then de-duplicated and put in the stable order.
 */
public final class RuleRunner {

    /** Records (with their candidate facts) per session. */
    public static final int BATCH = 5_000;

    private final RuleBase rules;
    private final RunContext context;
    private final FindingCollector collector;
    private final List<Object> batch = new ArrayList<>();
    private final List<Object> sessionFacts = new ArrayList<>();
    private int recordsInBatch;
    private long sessions;

    public RuleRunner(RuleBase rules, RunContext context) {
        this.rules = rules;
        this.context = context;
        this.collector = new FindingCollector(rules);
    }

    /** A fact inserted into every session from now on, like the RunContext (reviewed reference parameters). */
    public void addSessionFact(Object fact) {
        sessionFacts.add(fact);
    }

    /** Adds one record and its candidate facts; runs a session when the batch is full. */
    public void add(Object record, Collection<?> candidates) {
        batch.add(record);
        batch.addAll(candidates);
        if (++recordsInBatch >= BATCH) {
            flush();
        }
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        KieSession session = rules.kieBase().newKieSession();
        try {
            session.setGlobal("findings", collector);
            session.insert(context);
            for (Object fact : sessionFacts) {
                session.insert(fact);
            }
            for (Object fact : batch) {
                session.insert(fact);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        sessions++;
        batch.clear();
        recordsInBatch = 0;
    }

    /** Runs what is left and returns every finding, de-duplicated, in {@link Finding#ORDER}. */
    public List<Finding> finish() {
        flush();
        return order(collector.drain());
    }

    public long sessions() {
        return sessions;
    }

    /**
     * The stable order, with exact repeats removed. Two different findings that share an id (the
     * same transaction id twice in a feed) are told apart by a suffix from their input line.
     */
    public static List<Finding> order(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Finding f : sorted) {
            Finding prev = unique.get(f.findingId());
            if (prev == null) {
                unique.put(f.findingId(), f);
            } else if (!prev.equals(f)) {
                String id = f.findingId() + "-L" + f.source().line();
                unique.putIfAbsent(id, f.withFindingId(id));
            }
        }
        List<Finding> out = new ArrayList<>(unique.values());
        out.sort(Finding.ORDER);
        return out;
    }
}
