package org.sanctionsmonitor.crypto;

import java.util.List;

import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * An address that split funds across {@code branches} distinct addresses which each sent on to
 * one common address ({@code matchedValue}), all within {@code fan_window_hours} of the first split.
 *
 * @param branches  distinct intermediate addresses that recombined
 * @param spanHours from the first split to the last recombining transfer
 * @param usd       the USD value of the splitting transfers (NaN when one is unknown)
 */
public record FanOutFanIn(Subject subject, String matchedValue, int branches, double spanHours, double usd,
        String explanation, List<Evidence> extraEvidence) implements LaunderingPattern {

    public FanOutFanIn {
        extraEvidence = List.copyOf(extraEvidence);
    }


    @Override
    public String pattern() {
        return "fan_out_fan_in";
    }
}
