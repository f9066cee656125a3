package org.sanctionsmonitor.lists;

import org.sanctionsmonitor.ingest.Column;

/**
 * OpenSanctions {@code targets.simple.csv}: {@code id,schema,name,aliases,birth_date,countries,
 * addresses,identifiers,sanctions,phones,emails,program_ids,dataset,first_seen,last_seen,last_change}
 * (16 columns; older exports have 15, without {@code program_ids}).
 */
public enum OpenSanctionsColumn implements Column {
    ID("id", true),
    SCHEMA("schema", true),
    NAME("name", true),
    ALIASES("aliases", false),
    BIRTH_DATE("birth_date", false),
    COUNTRIES("countries", false),
    ADDRESSES("addresses", false),
    IDENTIFIERS("identifiers", false),
    SANCTIONS("sanctions", false),
    PHONES("phones", false),
    EMAILS("emails", false),
    PROGRAM_IDS("program_ids", false),
    DATASET("dataset", false),
    FIRST_SEEN("first_seen", false),
    LAST_SEEN("last_seen", false),
    LAST_CHANGE("last_change", false);

    private final String header;
    private final boolean required;

    OpenSanctionsColumn(String header, boolean required) {
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
