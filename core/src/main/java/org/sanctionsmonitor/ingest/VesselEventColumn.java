package org.sanctionsmonitor.ingest;

/**
 * The vessel-events feed's columns (contract: feeds / vessel-events), plus two optional columns
 * this tool reads for FLAG_CHANGE and NAME_CHANGE events: previous_flag and previous_name.
 */
public enum VesselEventColumn implements Column {
    EVENT_ID("event_id", true),
    TIMESTAMP("timestamp", true),
    EVENT_TYPE("event_type", true),
    VESSEL_NAME("vessel_name", false),
    VESSEL_IMO("vessel_imo", false),
    VESSEL_FLAG("vessel_flag", false),
    OTHER_VESSEL_NAME("other_vessel_name", false),
    OTHER_VESSEL_IMO("other_vessel_imo", false),
    OTHER_VESSEL_FLAG("other_vessel_flag", false),
    LATITUDE("latitude", false),
    LONGITUDE("longitude", false),
    DURATION_HOURS("duration_hours", false),
    PORT("port", false),
    CARGO("cargo", false),
    HS_CODE("hs_code", false),
    QUANTITY("quantity", false),
    UNIT("unit", false),
    PREVIOUS_NAME("previous_name", false),
    PREVIOUS_FLAG("previous_flag", false);

    private final String header;
    private final boolean required;

    VesselEventColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public boolean required() {
        return required;
    }
}
