package org.sanctionsmonitor.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One statement that a party owns a share of another (a row of the ownership feed, or a
 * relationship a list states): names as written, ids where known (a list entry id, or the
 * source's own id of the party), the share in percent ({@code null} where the source states a
 * link without a share), whether the owner controls the owned party ({@code null}: not stated), the
 * date the statement was true and who says so.
 */
public record OwnershipStatement(String owner, String ownerId, String owned, String ownedId, BigDecimal share,
        Boolean control, LocalDate asOf, String sourceName, Map<String, String> attributes, Provenance source) {

    public OwnershipStatement {
        attributes = Facts.frozen(attributes);
    }

    /** "50%", "control", "50%, control" or "link": how explanations state what the statement says. */
    public String shareText() {
        String s = share == null ? null : share.toPlainString() + "%";
        if (Boolean.TRUE.equals(control)) {
            return s == null ? "control" : s + ", control";
        }
        return s == null ? "link" : s;
    }

    /** "50% per Companies House (samples/ownership.csv:4)". */
    public String cite() {
        return shareText() + (sourceName == null ? "" : " per " + sourceName) + " (" + source + ")";
    }

    public Map<String, String> facts() {
        Map<String, String> m = new LinkedHashMap<>();
        Facts.put(m, "owner", owner);
        Facts.put(m, "owner_id", ownerId);
        Facts.put(m, "owned", owned);
        Facts.put(m, "owned_id", ownedId);
        Facts.put(m, "share", share == null ? null : share.toPlainString());
        Facts.put(m, "control", control == null ? null : control ? "yes" : "no");
        Facts.put(m, "as_of", asOf == null ? null : asOf.toString());
        Facts.put(m, "source", sourceName);
        Facts.putAll(m, attributes);
        return m;
    }
}
