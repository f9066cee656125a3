package org.sanctionsmonitor.screening;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Subject;

/**
 * A payment whose bank BIC shares at least its bank and country codes (the first six characters)
 * with the SWIFT/BIC of a listed bank, and how many leading characters they share: SAN-020 decides
 * how many must agree (eight: bank, country and location, so that a listed head-office BIC covers
 * its branches).
 *
 * @param field     beneficiary_bank_bic or originator_bank_bic
 * @param listedBic the BIC as the list gives it
 */
public record BicMatch(Payment payment, ListedEntity entity, String field, String bic, String listedBic, int matchedPrefix)
        implements Match {

    /**
     * A record BIC and a listed BIC that share at least their first six characters (bank and
     * country: the screening index proposes nothing less); {@code matchedPrefix} is how many
     * leading characters they share (6 to 11), so SAN-020 states whether the location (8) or the
     * branch (11) must match.
     */
    public BicMatch(Payment payment, ListedEntity entity, String field, String bic, String listedBic) {
        this(payment, entity, field, bic, listedBic, commonPrefix(bic, listedBic));
    }

    static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }


    @Override
    public Subject subject() {
        return payment;
    }

    @Override
    public String matchedValue() {
        return bic;
    }

    @Override
    public Double score() {
        return 1.0;
    }

    @Override
    public String explanation() {
        return field + " " + bic + " is the SWIFT/BIC " + listedBic + " listed for " + entity.label()
                + (bic.equals(listedBic) ? "" : matchedPrefix >= 8 ? " (the same first eight characters: bank, country and location)"
                        : " (the same first " + matchedPrefix + " characters: bank and country, another location)") + ".";
    }
}
