package org.sanctionsmonitor.check;

import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.finding.SortedFindings;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.report.Triage;

/**
 * The outcome of a batch check: the findings, their counts, the rejected rows, the accounting of
 * every input, and the exit code the contract gives it (0 clean, 1 findings at or above --fail-on,
 * 2 rejects beyond --max-reject-ratio), and what triage needs (new/seen/resolved with --previous,
 * suppressed findings). {@code findings} can be read after the run only when they were held in
 * memory ({@link SortedFindings#inMemory()}); a run whose findings were sorted on disk has them in
 * findings.csv and findings.json, and {@code counts} has what a summary needs either way.
 */
public record CheckResult(SortedFindings findings, FindingCounts counts, List<Reject> rejects, List<ReadStats> inputs,
        long rowsRead, int exitCode, String exitReason, Map<String, Object> manifest, Triage triage) {
}
