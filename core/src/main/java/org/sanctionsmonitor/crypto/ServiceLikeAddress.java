package org.sanctionsmonitor.crypto;

import java.util.List;

import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * An address with no stop label that sends to many distinct counterparties inside
 * {@code hub_window_hours}, as an exchange or payment service does: measured by
 * {@link ServiceLikeDetector} above the search floor {@code service_like_floor}; CYB-004 compares
 * {@code counterparties} with {@code hub_fanout}.
 *
 * @param counterparties distinct recipients in its busiest window
 * @param windowHours    the window's length
 * @param transfers      every transfer the address sent or received (what its label would govern)
 * @param stopsExposure  true when the exposure analysis stopped at it (more than hub_fanout counterparties)
 */
public record ServiceLikeAddress(Subject subject, String chain, String address, int counterparties, double windowHours,
        long transfers, boolean stopsExposure, String explanation, List<Evidence> extraEvidence) implements Match {

    public ServiceLikeAddress {
        extraEvidence = List.copyOf(extraEvidence);
    }

    @Override
    public String matchedValue() {
        return address;
    }

    @Override
    public Double score() {
        return null;
    }

    /** About the data (a missing label), not a list entry. */
    @Override
    public ListedEntity entity() {
        return null;
    }

    /** The warning for the summary and manifest. */
    public String warning() {
        return "unlabelled address " + address + " on " + chain + " sent to " + counterparties + " counterparties within "
                + PatternContext.oneDecimal(windowHours) + " h (" + transfers
                + " transfers touched it): treated as a service, exposure is not spread through it; label it (--labels)";
    }
}
