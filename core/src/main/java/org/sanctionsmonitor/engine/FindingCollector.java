package org.sanctionsmonitor.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.kie.api.runtime.rule.RuleContext;
import org.sanctionsmonitor.finding.Cited;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.finding.ReferenceFact;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * The global {@code findings} every rule file declares. A consequence only calls {@code raise};
 * the collector copies the firing rule's metadata (ID, category, severity, legal basis), so no
 * rule author can forget them. Thread-safe: sessions may run in parallel.
 */
public final class FindingCollector {

    private final RuleBase rules;
    private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
    /** At most this many findings are kept (Integer.MAX_VALUE: all, the default). */
    private volatile int limit = Integer.MAX_VALUE;
    /** With a limit: the findings first in {@link Finding#ORDER}, the last of them at the head. */
    private final java.util.PriorityQueue<Finding> kept = new java.util.PriorityQueue<>(Finding.ORDER.reversed());
    /** With a limit: per rule id, the findings raised beyond it (not kept). */
    private final java.util.Map<String, Long> beyond = new java.util.TreeMap<>();

    public FindingCollector(RuleBase rules) {
        this.rules = rules;
    }

    /** A finding from a candidate fact Java inserted (an address, vessel or name match, ...). */
    public void raise(RuleContext kcontext, Match m) {
        raise(kcontext, m, m.explanation(), null);
    }

    /**
     * A finding from a candidate fact, with the rule's own explanation and, when not null, a
     * reference-table row the rule joined (cited in the evidence and part of the finding's id).
     */
    public void raise(RuleContext kcontext, Match m, String explanation, ReferenceFact reference) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(subjectEvidence(m.subject()));
        ListedEntity e = m.entity();
        if (e != null) {
            evidence.add(new Evidence("list_entry", e.type() == null ? "entity" : e.type(), e.entityId(), e.source(), e.facts()));
        }
        if (m instanceof Cited c) {
            c.citedRows().forEach(r -> evidence.add(referenceEvidence(r)));
        }
        if (reference != null) {
            evidence.add(referenceEvidence(reference.row()));
        }
        evidence.addAll(m.extraEvidence());
        add(kcontext, m.subject(), e, m.matchedValue(), m.score(), explanation, evidence,
                reference == null ? null : reference.row().key());
    }

    /** A finding about a record itself, with the rule's own explanation. */
    public void raise(RuleContext kcontext, Subject subject, String matchedValue, String explanation) {
        add(kcontext, subject, null, matchedValue, null, explanation, List.of(subjectEvidence(subject)), null);
    }

    /** A finding about a record and the reference-table row (an HS-code ban, ...) that makes it one. */
    public void raise(RuleContext kcontext, Subject subject, String matchedValue, String explanation, ReferenceFact reference) {
        add(kcontext, subject, null, matchedValue, null, explanation,
                List.of(subjectEvidence(subject), referenceEvidence(reference.row())), reference.row().key());
    }

    private static Evidence referenceEvidence(ReferenceRow r) {
        return new Evidence("reference", r.table(), r.key(), r.source(), r.values());
    }

    private static Evidence subjectEvidence(Subject s) {
        return new Evidence("subject", s.subjectType(), s.subjectId(), s.source(), s.facts());
    }

    private void add(RuleContext kcontext, Subject subject, ListedEntity e, String matchedValue, Double score,
            String explanation, List<Evidence> evidence, String referenceKey) {
        String ruleName = kcontext.getRule().getName();
        RuleInfo info = rules.byName(ruleName);
        if (info == null) {
            throw new IllegalStateException("rule '" + ruleName + "' is not in the checked catalogue");
        }
        String id = referenceKey == null
                ? findingId(info.id(), subject.subjectType(), subject.subjectId(),
                        e == null ? "" : e.listSource(), e == null ? "" : e.entityId(), matchedValue)
                : findingId(info.id(), subject.subjectType(), subject.subjectId(),
                        e == null ? "" : e.listSource(), e == null ? "" : e.entityId(), matchedValue, referenceKey);
        offer(new Finding(id, info.id(), info.name(), info.category(), info.severity(),
                subject.subjectType(), subject.subjectId(),
                e == null ? null : e.listSource(), e == null ? null : e.entityId(), e == null ? null : e.name(),
                e == null ? null : e.programsText(), matchedValue, score, explanation,
                subject.source(), "rules/" + info.file(), info.legalBasis(), evidence));
    }

    /** A stable id from the rule and the evidence's identity, so reruns give the same id. */
    static String findingId(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update((p == null ? "" : p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0x1F);
            }
            return "F-" + HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Keeps at most {@code max} findings from now on: those first in {@link Finding#ORDER} (most
     * severe first), whatever order the sessions raise them in, so the kept set does not depend on
     * threads; the others are only counted per rule ({@link #beyondLimit()}). Memory then stays
     * bounded however many findings the rules raise. Call it before any finding is raised.
     */
    public void limit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a finding limit must be at least 1");
        }
        limit = max;
    }

    /**
     * Sends every finding raised from now on to {@code sink} (thread-safe, e.g. a
     * {@link org.sanctionsmonitor.finding.FindingSorter}) instead of holding it: {@link #drain()}
     * then gives none. Call it before any finding is raised.
     */
    public void sendTo(java.util.function.Consumer<Finding> sink) {
        this.sink = sink;
    }

    private volatile java.util.function.Consumer<Finding> sink;

    private void offer(Finding f) {
        java.util.function.Consumer<Finding> s = sink;
        if (s != null) {
            s.accept(f);
            return;
        }
        if (limit == Integer.MAX_VALUE) {
            findings.add(f);
            return;
        }
        synchronized (kept) {
            kept.add(f);
            if (kept.size() > limit) {
                beyond.merge(kept.poll().ruleId(), 1L, Long::sum);
            }
        }
    }

    /** With a limit: per rule id, how many findings were raised beyond it and not kept; empty otherwise. */
    public java.util.Map<String, Long> beyondLimit() {
        synchronized (kept) {
            return new java.util.TreeMap<>(beyond);
        }
    }

    public List<Finding> drain() {
        List<Finding> out = new ArrayList<>(findings);
        findings.clear();
        synchronized (kept) {
            out.addAll(kept);
            kept.clear();
        }
        return out;
    }
}
