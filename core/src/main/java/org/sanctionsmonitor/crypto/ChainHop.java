package org.sanctionsmonitor.crypto;

import java.util.List;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * A bridge deposit on one chain matched to a later bridge withdrawal on another chain.
 *
 * @param hours      from the deposit to the withdrawal
 * @param matchedBy  "owner" (the withdrawal's to_owner is the deposit's from_owner), "usd" (values
 *                   within the tolerance) or "amount" (no USD value known: native amounts of the same
 *                   asset within the tolerance)
 * @param difference the relative difference of the two values (USD, or native for "amount"); NaN
 *                   when matched by owner and a value is unknown
 * @param usd        the deposit's USD value (NaN when unknown)
 */
public record ChainHop(Subject subject, ListedEntity entity, String matchedValue, double hours, String matchedBy,
        double difference, double usd, String explanation, List<Evidence> extraEvidence) implements LaunderingPattern {

    public ChainHop {
        extraEvidence = List.copyOf(extraEvidence);
    }

    @Override
    public String pattern() {
        return "chain_hop";
    }
}
