package org.sanctionsmonitor.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.SortedFindings;
import org.sanctionsmonitor.report.AtomicOutput;
import org.sanctionsmonitor.report.Triage;

/**
 * What a caller may wrap around one batch check: how the rule folder becomes a rule base, which
 * findings stay in findings.csv, and what is added to the manifest and the report folder. The run
 * knows only this interface; the auditor's controls ({@code audit.RunAudit}: verification, lock,
 * suppressions) implement it and are handed in by the command, so the run never calls the audit.
 */
public interface RunControls {

    /** No controls: the rules are loaded as they are and every finding is kept. */
    RunControls NONE = new RunControls() {
    };

    /** The rule base the run uses; may throw {@link org.sanctionsmonitor.finding.RuleException} (exit 3). */
    default RuleBase prepare(Path rulesFolder) {
        return RuleBase.load(rulesFolder);
    }

    /**
     * The findings that stay in findings.csv and count for --fail-on. {@code findings} may be read
     * from disk at each reading (a run with many findings): read them as often as needed, hold them
     * only when small.
     */
    default SortedFindings afterRules(SortedFindings findings, LocalDate asOf) {
        return findings;
    }

    /** Adds the controls' records to the run's manifest (before report.html is written). */
    default void manifest(Map<String, Object> manifest) {
    }

    /** Writes the controls' own files into the report folder, in the same atomic commit. */
    default void write(AtomicOutput out) throws IOException {
    }

    /** The findings {@link #afterRules} kept out of findings.csv, with why (for the report's triage section). */
    default List<Triage.SuppressedFinding> suppressed() {
        return List.of();
    }
}
