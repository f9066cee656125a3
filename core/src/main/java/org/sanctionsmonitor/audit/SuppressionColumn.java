package org.sanctionsmonitor.audit;

import org.sanctionsmonitor.ingest.Column;

/** The columns of a suppressions file (reviewed false positives). */
public enum SuppressionColumn implements Column {
    RULE_ID("rule_id", true),
    SUBJECT_TYPE("subject_type", true),
    SUBJECT_ID("subject_id", true),
    LIST_SOURCE("list_source", true),
    LIST_ENTRY_ID("list_entry_id", true),
    REASON("reason", true),
    REVIEWER("reviewer", true),
    EXPIRES("expires", true);

    private final String header;
    private final boolean required;

    SuppressionColumn(String header, boolean required) {
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
