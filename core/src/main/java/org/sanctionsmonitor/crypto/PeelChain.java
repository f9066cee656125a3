package org.sanctionsmonitor.crypto;

import java.util.List;

import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * A peel chain about the address where it starts: at each of {@code steps} consecutive addresses
 * most of the funds received moved on (a main transfer of at least {@code peel_main_min_ratio} of
 * them) and a small part peeled off, each step within {@code peel_window_hours}.
 *
 * @param steps         consecutive peel steps
 * @param spanHours     from the transfer into the first address to the last main transfer
 * @param minMainRatio  the smallest share of what an address received that its main transfer carried
 * @param usd           the USD value of the transfer into the chain (NaN when unknown)
 */
public record PeelChain(Subject subject, String matchedValue, int steps, double spanHours, double minMainRatio,
        double usd, String explanation, List<Evidence> extraEvidence) implements LaunderingPattern {

    public PeelChain {
        extraEvidence = List.copyOf(extraEvidence);
    }


    @Override
    public String pattern() {
        return "peel_chain";
    }
}
