package org.sanctionsmonitor.ownership;

import java.math.BigDecimal;

import org.sanctionsmonitor.finding.ReferenceFact;
import org.sanctionsmonitor.finding.ReferenceRow;

/**
 * One regime's ownership test, a row of {@code rules/reference/ownership-regimes.csv}: blocked
 * owners' shares at or above {@code minShare} block the owned entity ({@code aboveOnly}: only
 * strictly above it), summed over owners where {@code aggregate}, one owner at a time otherwise;
 * {@code controlBlocks}: control by a blocked owner blocks without any share; {@code reviewShare}:
 * the lower bound from which shares under the test are a review finding.
 */
public record OwnershipTest(String regime, BigDecimal minShare, boolean aboveOnly, boolean aggregate,
        boolean controlBlocks, BigDecimal reviewShare, String legalBasis, ReferenceRow row) implements ReferenceFact {

    /** "at least 50%" or "more than 50%". */
    public String thresholdText() {
        return (aboveOnly ? "more than " : "at least ") + minShare.toPlainString() + "%";
    }

    /** Whether a share (or an aggregate) passes the test's threshold. */
    public boolean passes(BigDecimal share) {
        int c = share.compareTo(minShare);
        return aboveOnly ? c > 0 : c >= 0;
    }
}
