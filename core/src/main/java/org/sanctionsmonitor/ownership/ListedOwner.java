package org.sanctionsmonitor.ownership;

/** A list entry that owns or controls a party in the ownership graph: blocked under every regime's test. */
public record ListedOwner(String regime, String key, Party party) implements BlockedParty {
}
