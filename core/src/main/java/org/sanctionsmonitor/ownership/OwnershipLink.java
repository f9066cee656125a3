package org.sanctionsmonitor.ownership;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanctionsmonitor.model.Facts;
import org.sanctionsmonitor.model.OwnershipStatement;
import org.sanctionsmonitor.finding.Evidence;

/**
 * What every statement about one owner and one owned party says, merged: {@code owner} and
 * {@code owned} are the parties' keys (the rules join on them). {@code share} is the highest share
 * stated ({@code null} when no statement gives one), {@code lowestShare} the lowest;
 * {@code conflicting} is true when statements give different shares. The higher share decides
 * (a screening tool must not clear an entity on the more convenient of two figures), and the
 * conflict is a finding of its own (OWN-091) naming both. {@code control} is true when any
 * statement says the owner controls the owned party.
 */
public record OwnershipLink(String owner, String owned, BigDecimal share, BigDecimal lowestShare, boolean control,
        boolean conflicting, Party ownerParty, OwnedEntity ownedEntity, List<OwnershipStatement> statements) {

    /** The evidence role of one link of an ownership chain (the report draws these as a graph: report/ExposurePath). */
    public static final String ROLE = "ownership";

    public OwnershipLink {
        statements = List.copyOf(statements);
    }

    /** "60%", "control" or "60%, control". */
    public String shareText() {
        String s = share == null ? null : share.toPlainString() + "%";
        return control ? (s == null ? "control" : s + ", control") : s == null ? "link" : s;
    }

    /** Every statement, cited: "60% per Companies House (samples/ownership.csv:2); 40% per ...". */
    public String sources() {
        return statements.stream().map(OwnershipStatement::cite).collect(Collectors.joining("; "));
    }

    /** "KOMID (OFAC-SDN 9345) owns 60% of ACME LTD (samples/ownership.csv:2)". */
    public String describe() {
        String what = share == null ? "controls" : control ? "owns " + share.toPlainString() + "% of and controls"
                : "owns " + share.toPlainString() + "% of";
        return ownerParty.label() + " " + what + " " + ownedEntity.party().label() + " (" + sources() + ")";
    }

    /** The link as evidence: role {@value #ROLE}, the parties, the deciding share and every statement. */
    public Evidence evidence(String ownerStatus) {
        Map<String, String> m = new LinkedHashMap<>();
        Facts.put(m, "owner", ownerParty.name());
        Facts.put(m, "owner_key", owner);
        Facts.put(m, "owner_status", ownerStatus);
        Facts.put(m, "owned", ownedEntity.party().name());
        Facts.put(m, "owned_key", owned);
        Facts.put(m, "share", share == null ? null : share.toPlainString());
        Facts.put(m, "control", control ? "yes" : "no");
        Facts.put(m, "statements", sources());
        return new Evidence(ROLE, "ownership", owner + " > " + owned, statements.get(0).source(), m);
    }
}
