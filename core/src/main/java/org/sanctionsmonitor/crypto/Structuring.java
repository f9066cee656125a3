package org.sanctionsmonitor.crypto;

import java.util.List;

import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * One sender's transfers valued just under the reporting threshold (between
 * {@code structuring_threshold_usd} × (1 − {@code structuring_margin}) and the threshold), the
 * most of them inside any {@code structuring_window_hours} window.
 *
 * @param transfers the number of such transfers in the busiest window
 * @param spanHours from the first to the last of them
 * @param totalUsd  their USD value together
 */
public record Structuring(Subject subject, String matchedValue, int transfers, double spanHours, double totalUsd,
        String explanation, List<Evidence> extraEvidence) implements LaunderingPattern {

    public Structuring {
        extraEvidence = List.copyOf(extraEvidence);
    }


    @Override
    public String pattern() {
        return "structuring";
    }
}
