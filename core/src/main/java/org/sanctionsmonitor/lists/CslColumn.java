package org.sanctionsmonitor.lists;

import org.sanctionsmonitor.ingest.Column;

/**
 * The US Consolidated Screening List CSV (trade.gov), 29 columns:
 * {@code _id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,
 * start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,
 * gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,
 * citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids}.
 */
public enum CslColumn implements Column {
    ID("_id", true),
    SOURCE("source", true),
    ENTITY_NUMBER("entity_number", false),
    TYPE("type", false),
    PROGRAMS("programs", false),
    NAME("name", true),
    TITLE("title", false),
    ADDRESSES("addresses", false),
    FEDERAL_REGISTER_NOTICE("federal_register_notice", false),
    START_DATE("start_date", false),
    END_DATE("end_date", false),
    STANDARD_ORDER("standard_order", false),
    LICENSE_REQUIREMENT("license_requirement", false),
    LICENSE_POLICY("license_policy", false),
    CALL_SIGN("call_sign", false),
    VESSEL_TYPE("vessel_type", false),
    GROSS_TONNAGE("gross_tonnage", false),
    GROSS_REGISTERED_TONNAGE("gross_registered_tonnage", false),
    VESSEL_FLAG("vessel_flag", false),
    VESSEL_OWNER("vessel_owner", false),
    REMARKS("remarks", false),
    SOURCE_LIST_URL("source_list_url", false),
    ALT_NAMES("alt_names", false),
    CITIZENSHIPS("citizenships", false),
    DATES_OF_BIRTH("dates_of_birth", false),
    NATIONALITIES("nationalities", false),
    PLACES_OF_BIRTH("places_of_birth", false),
    SOURCE_INFORMATION_URL("source_information_url", false),
    IDS("ids", false);

    private final String header;
    private final boolean required;

    CslColumn(String header, boolean required) {
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
