package org.sanctionsmonitor.report;

import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.finding.Finding;

/**
 * What a run knows beyond its findings that an analyst triages with: the comparison with a
 * previous run ({@code --previous}; null without it) and the findings a suppression took out of
 * findings.csv (with the suppression's reason, reviewer, expiry and file:line).
 */
public record Triage(PreviousRun.Comparison previous, List<SuppressedFinding> suppressed) {

    public static final Triage NONE = new Triage(null, List.of());

    public Triage {
        suppressed = List.copyOf(suppressed);
    }

    /** A finding kept out of findings.csv by a reviewed suppression. */
    public record SuppressedFinding(Finding finding, String reason, String reviewer, String expires, String source) {
    }

    /** new/seen per finding id of this run; null for every id without a previous run. */
    public java.util.function.Function<String, String> status() {
        return previous == null ? id -> null : previous.status();
    }

    public List<Map<String, String>> resolved() {
        return previous == null ? List.of() : previous.resolved();
    }
}
