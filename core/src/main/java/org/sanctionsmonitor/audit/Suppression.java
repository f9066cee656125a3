package org.sanctionsmonitor.audit;

import java.time.LocalDate;

import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.Provenance;

/**
 * One reviewed false positive: the finding it covers (rule, subject and list entry), why it is not
 * a true match, who reviewed it and until when the review holds. {@code ruleId} may be {@code *}
 * (any rule); {@code listSource} and {@code listEntryId} are empty for findings that involve no
 * list entry, and must otherwise equal the finding's exactly: a suppression never covers a
 * subject's matches against other entries.
 */
public record Suppression(String ruleId, String subjectType, String subjectId, String listSource, String listEntryId,
        String reason, String reviewer, LocalDate expires, Provenance source) {

    public static final String ANY_RULE = "*";

    /** True when the suppression still holds on the run's date: it expires at the end of its {@code expires} day. */
    public boolean activeOn(LocalDate asOf) {
        return !expires.isBefore(asOf);
    }

    public boolean matches(Finding f) {
        return (ANY_RULE.equals(ruleId) || ruleId.equals(f.ruleId()))
                && subjectType.equals(f.subjectType())
                && subjectId.equals(f.subjectId())
                && listSource.equals(nz(f.listSource()))
                && listEntryId.equals(nz(f.listEntryId()));
    }

    /** "SAN-004 shipment SHP-1 / OFAC-SDN 9345": how messages name the suppression. */
    public String describe() {
        return ruleId + " " + subjectType + " " + subjectId
                + (listEntryId.isEmpty() ? "" : " / " + listSource + " " + listEntryId);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
