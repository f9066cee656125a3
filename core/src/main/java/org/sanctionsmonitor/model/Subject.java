package org.sanctionsmonitor.model;

import java.util.Map;

/** A record a finding can be about: a transfer, a shipment, a payment, ... */
public interface Subject {

    /** The contract's subject_type: transfer, shipment, payment, vessel_event, address, customer. */
    String subjectType();

    /** The record's own id (tx_id, shipment_id, ...). */
    String subjectId();

    Provenance source();

    /** The record's values by feed column name, in column order, for the evidence in findings.json. */
    Map<String, String> facts();
}
