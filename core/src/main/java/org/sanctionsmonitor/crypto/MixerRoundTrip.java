package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;
import static org.sanctionsmonitor.crypto.PatternContext.oneDecimal;

import java.util.ArrayList;
import java.util.List;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * A customer who sent into a labelled mixer and received from a labelled mixer after it, as
 * measured: every deposit of the customer paired with the customer's nearest later withdrawal
 * from a mixer, as far as the search horizon {@code mixer_round_trip_horizon_hours} reaches. The
 * rule decides which round trips count: CYB-012 compares {@link #minGapHours} with
 * {@code mixer_round_trip_window_hours} and raises {@link #within(double)} that window, which
 * names only the round trips inside it.
 *
 * @param roundTrips  the round trips measured (one per deposit)
 * @param minGapHours the shortest time from a deposit to its withdrawal
 * @param usd         the first round trip's deposit USD value (NaN when unknown)
 * @param entity      the list entry of a listed mixer involved, or null
 * @param trips       the round trips, in the order of their deposits
 */
public record MixerRoundTrip(Subject subject, ListedEntity entity, String matchedValue, int roundTrips,
        double minGapHours, double usd, String explanation, List<Evidence> extraEvidence, List<Trip> trips)
        implements LaunderingPattern {

    /**
     * One deposit and the customer's nearest later withdrawal from a mixer.
     *
     * @param subject    the customer, sourced at the deposit
     * @param entity     the list entry of the deposit's mixer, else of the withdrawal's, else null
     * @param gapHours   from the deposit to the withdrawal
     * @param usd        the deposit's USD value (NaN when unknown)
     * @param deposit    the deposit's transaction id and mixer address, as the sentence names them
     * @param withdrawal the withdrawal's transaction id and mixer address
     */
    public record Trip(Subject subject, ListedEntity entity, double gapHours, double usd, String deposit,
            String withdrawal, Evidence depositEvidence, Evidence withdrawalEvidence) {
    }

    public MixerRoundTrip {
        extraEvidence = List.copyOf(extraEvidence);
        trips = List.copyOf(trips);
    }

    /** The fact for a customer's round trips (at least one). */
    static MixerRoundTrip of(String customer, List<Trip> trips) {
        Trip first = trips.get(0);
        double minGap = Double.POSITIVE_INFINITY;
        ListedEntity entity = null;
        List<Evidence> evidence = new ArrayList<>();
        for (Trip t : trips) {
            minGap = Math.min(minGap, t.gapHours());
            if (entity == null) {
                entity = t.entity();
            }
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(t.depositEvidence());
                evidence.add(t.withdrawalEvidence());
            }
        }
        String expl = "customer " + customer + " sent funds into a mixer (" + first.deposit()
                + ") and received from a mixer " + oneDecimal(first.gapHours()) + " hours later (" + first.withdrawal() + ")"
                + (trips.size() > 1 ? "; " + trips.size() + " such round trips in all" : "")
                + (entity != null ? "; the mixer is listed as " + entity.label() : "") + ".";
        return new MixerRoundTrip(first.subject(), entity, customer, trips.size(), minGap, first.usd(), expl, evidence, trips);
    }

    /**
     * The round trips of at most {@code windowHours}, as the finding the rule raises: their count,
     * the first of them in the sentence and as the subject's source, their evidence.
     *
     * @throws IllegalArgumentException when none is inside the window: the rule's condition
     *         ({@code minGapHours <= window}) and this call must name the same window
     */
    public MixerRoundTrip within(double windowHours) {
        List<Trip> in = trips.stream().filter(t -> t.gapHours() <= windowHours).toList();
        if (in.isEmpty()) {
            throw new IllegalArgumentException("customer " + matchedValue + " has no mixer round trip within " + windowHours
                    + " hours (the shortest is " + minGapHours + "): the rule must compare minGapHours with the window it passes to within()");
        }
        return of(matchedValue, in);
    }

    @Override
    public String pattern() {
        return "mixer_round_trip";
    }
}
