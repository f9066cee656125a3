package org.sanctionsmonitor.ingest;

/** A feed column as the contract names it; implemented by each feed's column enum. */
public interface Column {

    /** The header name, as the contract writes it (matched case-insensitively). */
    String header();

    boolean required();
}
