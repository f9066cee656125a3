package org.sanctionsmonitor.crypto;

import java.util.List;

import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * An address that forwarded what it received almost in full (between {@code pass_through_min_ratio}
 * and 2 minus it, same asset) within {@code pass_through_window_minutes}, {@code events} times.
 * The rule decides on the value: {@code maxUsd} against {@code pass_through_min_usd} when every
 * receipt has a USD value, else {@code maxAmount} against the asset's reviewed native floor.
 *
 * @param events     pass-through events (receipts forwarded almost in full)
 * @param maxMinutes the slowest event's time from receipt to its last onward transfer
 * @param valued     true when every receipt counted has a USD value (from amount_usd or a daily price)
 * @param maxUsd     the largest receipt's USD value (NaN when not valued)
 * @param asset      the asset of the largest receipt
 * @param maxAmount  the largest receipt's native amount
 */
public record PassThrough(Subject subject, String matchedValue, int events, double maxMinutes, boolean valued,
        double maxUsd, String asset, double maxAmount, String explanation, List<Evidence> extraEvidence)
        implements LaunderingPattern {

    public PassThrough {
        extraEvidence = List.copyOf(extraEvidence);
    }


    @Override
    public String pattern() {
        return "pass_through";
    }
}
