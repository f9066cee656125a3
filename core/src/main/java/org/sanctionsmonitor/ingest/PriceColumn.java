package org.sanctionsmonitor.ingest;

/** The prices feed's columns (contract: feeds / prices). */
public enum PriceColumn implements Column {
    ASSET("asset", true),
    DATE("date", true),
    USD("usd", true),
    SOURCE("source", false);

    private final String header;
    private final boolean required;

    PriceColumn(String header, boolean required) {
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
