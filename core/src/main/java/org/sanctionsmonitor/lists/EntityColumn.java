package org.sanctionsmonitor.lists;

import org.sanctionsmonitor.ingest.Column;

/** The native entity list's columns (contract: feeds / native entity list). */
public enum EntityColumn implements Column {
    ENTITY_ID("entity_id", true),
    NAME("name", true),
    TYPE("type", false),
    ALIASES("aliases", false),
    WEAK_ALIASES("weak_aliases", false),
    PROGRAMS("programs", false),
    COUNTRIES("countries", false),
    IMO("imo", false),
    CRYPTO_ADDRESSES("crypto_addresses", false),
    BIC("bic", false),
    DOB("dob", false),
    NATIONALITY("nationality", false),
    LINKED_TO("linked_to", false),
    LIST("list", false);

    private final String header;
    private final boolean required;

    EntityColumn(String header, boolean required) {
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
