package org.sanctionsmonitor.ownership;

/**
 * Inserted once every entity blocked by ownership has been derived (the first {@code fireAllRules}
 * returned). The rules that report what is <em>not</em> blocked (the review findings) wait for it,
 * so an entity whose block is derived late in a chain is never also reported as under the line.
 */
public record OwnershipSettled() {
}
