package org.sanctionsmonitor.ingest;

/** The labels feed's columns (contract: feeds / labels). */
public enum LabelColumn implements Column {
    CHAIN("chain", true),
    ADDRESS("address", true),
    LABEL_TYPE("label_type", true),
    NAME("name", false),
    SOURCE("source", false);

    private final String header;
    private final boolean required;

    LabelColumn(String header, boolean required) {
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
