package org.sanctionsmonitor.ownership;

/**
 * A party whose property is blocked under a regime for the ownership rules: a listed owner
 * ({@link ListedOwner}, inserted by Java) or an entity blocked by ownership
 * ({@link BlockedByOwnership}, derived by the rules). The rules sum the shares of an entity's
 * owners that are {@code BlockedParty} facts of the same regime.
 */
public interface BlockedParty {

    String regime();

    String key();

    Party party();
}
