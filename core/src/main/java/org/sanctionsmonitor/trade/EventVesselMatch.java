package org.sanctionsmonitor.trade;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.model.VesselEvent;

/**
 * A vessel in a vessel event that is a listed vessel: by IMO number ({@code method} "imo", score
 * 1.0) or, when the record gives no IMO for that vessel, by its normalised name equal to a listed
 * vessel's name or alias ({@code method} "name", score from trade-settings.csv, below 1).
 *
 * @param side  "vessel" or "other_vessel"
 * @param field the record's column that matched: vessel_imo, other_vessel_name, previous_name, ...
 */
public record EventVesselMatch(VesselEvent event, String side, String field, String value, ListedEntity entity,
        String listedName, String method, double nameScore) implements Match {

    @Override
    public Subject subject() {
        return event;
    }

    @Override
    public String matchedValue() {
        return value;
    }

    @Override
    public Double score() {
        return nameScore;
    }

    @Override
    public String explanation() {
        if ("imo".equals(method)) {
            return field + " " + value + " is the IMO number of the listed vessel " + entity.label() + ".";
        }
        return field + " '" + value + "' equals the name '" + listedName + "' of the listed vessel " + entity.label()
                + " (no IMO number given, so matched by name only, score " + nameScore + ").";
    }

    /** The explanation of a ship-to-ship transfer with this vessel (STS-002, STS-003). */
    public String stsExplanation() {
        return "ship-to-ship transfer on " + event.timestamp() + ": " + explanation();
    }

    /** The explanation of a flag or name change of this vessel (VES-002, VES-003). */
    public String identityChangeExplanation() {
        VesselEvent e = event;
        String change = "FLAG_CHANGE".equals(e.eventType())
                ? "flag changed to " + (e.vesselFlagRaw() == null ? "?" : e.vesselFlagRaw()) + (e.previousFlag() == null ? "" : " (was " + e.previousFlag() + ")")
                : "name changed to " + (e.vesselName() == null ? "?" : e.vesselName()) + (e.previousName() == null ? "" : " (was " + e.previousName() + ")");
        return change + " on " + e.timestamp() + ": " + explanation();
    }
}
