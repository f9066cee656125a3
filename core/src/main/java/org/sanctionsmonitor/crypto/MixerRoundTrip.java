package org.sanctionsmonitor.crypto;

import java.util.List;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * A customer who sent into a labelled mixer and received from a labelled mixer after it.
 *
 * @param roundTrips  deposits followed within {@code mixer_round_trip_window_hours} by a withdrawal
 * @param minGapHours the shortest time from a deposit to its withdrawal
 * @param usd         the first deposit's USD value (NaN when unknown)
 * @param entity      the list entry of a listed mixer involved, or null
 */
public record MixerRoundTrip(Subject subject, ListedEntity entity, String matchedValue, int roundTrips,
        double minGapHours, double usd, String explanation, List<Evidence> extraEvidence) implements LaunderingPattern {

    public MixerRoundTrip {
        extraEvidence = List.copyOf(extraEvidence);
    }

    @Override
    public String pattern() {
        return "mixer_round_trip";
    }
}
