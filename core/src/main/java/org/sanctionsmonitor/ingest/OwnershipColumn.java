package org.sanctionsmonitor.ingest;

/** The ownership feed's columns (contract: feeds / ownership). */
public enum OwnershipColumn implements Column {
    OWNER("owner", true),
    OWNED("owned", true),
    SHARE("share", true),
    OWNER_ID("owner_id", false),
    OWNED_ID("owned_id", false),
    CONTROL("control", false),
    AS_OF("as_of", false),
    SOURCE("source", false);

    private final String header;
    private final boolean required;

    OwnershipColumn(String header, boolean required) {
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
