package org.sanctionsmonitor.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One crypto transfer from the transfers feed. Addresses are kept as written; their comparison keys
 * come from {@link org.sanctionsmonitor.normalize.Addresses}.
 */
public record Transfer(
        String txId,
        Instant timestamp,
        String chain,
        String asset,
        String fromAddress,
        String toAddress,
        BigDecimal amount,
        BigDecimal amountUsd,
        String fromOwner,
        String toOwner,
        Map<String, String> attributes,
        Provenance source) implements Subject {

    /**
     * The record's hash from its id and input line only (equal records have equal ones, as
     * {@link #equals} compares every component): rules join facts to their record by equality
     * ({@code subject == $s}), which hashes the record for Drools' index every time, and the
     * generated hash of every component, lists and maps included, cost far more.
     */
    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(txId) + java.util.Objects.hashCode(source);
    }

    public Transfer {
        attributes = Facts.frozen(attributes);
    }

    @Override
    public String subjectType() {
        return "transfer";
    }

    @Override
    public String subjectId() {
        return txId;
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> m = new LinkedHashMap<>();
        Facts.put(m, "tx_id", txId);
        Facts.put(m, "timestamp", timestamp);
        Facts.put(m, "chain", chain);
        Facts.put(m, "asset", asset);
        Facts.put(m, "from_address", fromAddress);
        Facts.put(m, "to_address", toAddress);
        Facts.put(m, "amount", amount);
        Facts.put(m, "amount_usd", amountUsd);
        Facts.put(m, "from_owner", fromOwner);
        Facts.put(m, "to_owner", toOwner);
        Facts.putAll(m, attributes);
        return m;
    }
}
