package org.sanctionsmonitor.check;

import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;

/**
 * The outcome of a batch check: the findings, the rejected rows, the accounting of every input,
 * and the exit code the contract gives it (0 clean, 1 findings at or above --fail-on, 2 rejects
 * beyond --max-reject-ratio).
 */
public record CheckResult(List<Finding> findings, List<Reject> rejects, List<ReadStats> inputs, long rowsRead,
        int exitCode, String exitReason, Map<String, Object> manifest) {
}
