package org.sanctionsmonitor.ownership;

import org.sanctionsmonitor.model.ListedEntity;

/**
 * A party of the ownership graph. {@code key} identifies it across statements: {@code LIST:ID} for a
 * list entry (found by id, or by its exact name or strong alias), {@code id:ID} for an unlisted
 * party with an id, {@code name:NORMALISED NAME} otherwise. {@code listed} is the list entry, or
 * null for an unlisted party.
 */
public record Party(String key, String name, String id, ListedEntity listed) {

    public boolean isListed() {
        return listed != null;
    }

    /** "ACME LTD (id HK-1)", "KOMID (OFAC-SDN 9345)" or "ACME LTD": how explanations name the party. */
    public String label() {
        if (listed != null) {
            return listed.label();
        }
        return id == null ? name : name + " (id " + id + ")";
    }
}
