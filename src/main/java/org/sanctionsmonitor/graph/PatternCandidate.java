package org.sanctionsmonitor.graph;

import java.util.List;

import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * A laundering-pattern candidate the graph analysis found; rules decide, against the reviewed
 * parameters, which become findings.
 *
 * @param pattern   PEEL_CHAIN, PASS_THROUGH, FAN_OUT_FAN_IN, CHAIN_HOP, STRUCTURING or MIXER_ROUND_TRIP
 * @param steps     the pattern's size: peel steps, pass-through events, recombining branches,
 *                  transfers just under the threshold, mixer round trips (1 for a chain hop)
 * @param spanHours the time from the pattern's first transfer to its last
 * @param amountUsd the value involved (sum or first amount, per pattern), NaN when unknown
 * @param how       for CHAIN_HOP: "owner" or "amount" (how the two sides were matched); else empty
 * @param evidence  the transfers involved, each with its role (path, peel, fan_out, fan_in, ...)
 */
public record PatternCandidate(String pattern, Subject subject, ListedEntity entity, String matchedValue, int steps,
        double spanHours, double amountUsd, String how, String explanation, List<Evidence> evidence) implements Match {

    public PatternCandidate {
        evidence = List.copyOf(evidence);
    }

    @Override
    public Double score() {
        return null;
    }

    @Override
    public List<Evidence> extraEvidence() {
        return evidence;
    }
}
