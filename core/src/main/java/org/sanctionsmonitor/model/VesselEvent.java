package org.sanctionsmonitor.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event from the vessel-events feed: a ship-to-ship transfer (STS), an AIS gap, a flag or name
 * change, or a port call. Flags are ISO 3166 alpha-2 codes after normalisation (null when absent);
 * the text as written is kept for explanations. For FLAG_CHANGE and NAME_CHANGE, vessel_flag and
 * vessel_name are the new values; the old ones may come in the optional previous_flag and
 * previous_name columns (kept here as {@code previousFlag} / {@code previousName}).
 */
public record VesselEvent(
        String eventId,
        Instant timestamp,
        String eventType,
        String vesselName,
        String vesselImo,
        String vesselFlag,
        String vesselFlagRaw,
        String otherVesselName,
        String otherVesselImo,
        String otherVesselFlag,
        String otherVesselFlagRaw,
        BigDecimal latitude,
        BigDecimal longitude,
        BigDecimal durationHours,
        String port,
        String cargo,
        String hsCode,
        BigDecimal quantity,
        String unit,
        String previousName,
        String previousFlag,
        Map<String, String> attributes,
        Provenance source) implements Subject {

    /**
     * The record's hash from its id and input line only (equal records have equal ones, as
     * {@link #equals} compares every component): rules join facts to their record by equality
     * ({@code subject == $s}), which hashes the record for Drools' index every time, and the
     * generated hash of every component, lists and maps included, cost far more.
     */
    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(eventId) + java.util.Objects.hashCode(source);
    }

    public static final String STS = "STS";
    public static final String AIS_GAP = "AIS_GAP";
    public static final String FLAG_CHANGE = "FLAG_CHANGE";
    public static final String NAME_CHANGE = "NAME_CHANGE";
    public static final String PORT_CALL = "PORT_CALL";

    public VesselEvent {
        attributes = Facts.frozen(attributes);
    }

    /** The calendar date of the event in UTC. */
    public LocalDate date() {
        return timestamp.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** True when either vessel of the event flies the DPRK flag. */
    public boolean dprkFlagged() {
        return "KP".equals(vesselFlag) || "KP".equals(otherVesselFlag);
    }

    @Override
    public String subjectType() {
        return "vessel_event";
    }

    @Override
    public String subjectId() {
        return eventId;
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> m = new LinkedHashMap<>();
        Facts.put(m, "event_id", eventId);
        Facts.put(m, "timestamp", timestamp);
        Facts.put(m, "event_type", eventType);
        Facts.put(m, "vessel_name", vesselName);
        Facts.put(m, "vessel_imo", vesselImo);
        Facts.put(m, "vessel_flag", vesselFlagRaw);
        Facts.put(m, "other_vessel_name", otherVesselName);
        Facts.put(m, "other_vessel_imo", otherVesselImo);
        Facts.put(m, "other_vessel_flag", otherVesselFlagRaw);
        Facts.put(m, "latitude", latitude);
        Facts.put(m, "longitude", longitude);
        Facts.put(m, "duration_hours", durationHours);
        Facts.put(m, "port", port);
        Facts.put(m, "cargo", cargo);
        Facts.put(m, "hs_code", hsCode);
        Facts.put(m, "quantity", quantity);
        Facts.put(m, "unit", unit);
        Facts.put(m, "previous_name", previousName);
        Facts.put(m, "previous_flag", previousFlag);
        Facts.putAll(m, attributes);
        return m;
    }

    /** The flag as written of the DPRK-flagged side (this vessel's when both are), for STS-001. */
    public String dprkFlagRaw() {
        return "KP".equals(vesselFlag) ? vesselFlagRaw : otherVesselFlagRaw;
    }

    /** STS-001: a ship-to-ship transfer with a DPRK-flagged side: which side, its vessel and the cargo. */
    public String dprkFlagStsExplanation() {
        boolean own = "KP".equals(vesselFlag);
        String name = own ? vesselName : otherVesselName;
        return "ship-to-ship transfer on " + timestamp + ": " + (own ? "vessel_flag" : "other_vessel_flag") + " '" + dprkFlagRaw()
                + "' is North Korea (KP)" + (name == null ? "" : " (vessel " + name + ")")
                + (cargo == null ? "" : "; cargo: " + cargo) + ".";
    }
}
