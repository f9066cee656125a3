package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * An address that received funds and sent the same asset on, as measured: every receipt whose
 * onward transfers (within the search horizon {@code pass_through_horizon_minutes}) add up, at
 * some point, to between {@code pass_through_ratio_floor} and 2 minus it of the amount, with each
 * onward transfer's delay and amount. CYB-031 decides which receipts were forwarded almost in full
 * (within {@code pass_through_window_minutes}, between {@code pass_through_min_ratio} and 2 minus
 * it): {@link #forwarded} makes the fact of those events, and the rule compares its value with
 * {@code pass_through_min_usd} (or, without a USD value, the asset's reviewed native floor).
 *
 * @param events     receipts (as measured: every receipt carried; as forwarded: the events)
 * @param maxMinutes the slowest event's time from receipt to its last onward transfer counted
 * @param valued     true when every receipt counted has a USD value (from amount_usd or a daily price)
 * @param maxUsd     the largest receipt's USD value (NaN when not valued)
 * @param asset      the asset of the largest receipt without a USD value (null when all are valued)
 * @param maxAmount  the native amount of that receipt (NaN when all are valued)
 * @param address    the address as the sentence names it ("T... on tron")
 * @param receipts   the receipts, in time order
 */
public record PassThrough(Subject subject, String matchedValue, int events, double maxMinutes, boolean valued,
        double maxUsd, String asset, double maxAmount, String explanation, List<Evidence> extraEvidence, String address,
        List<Receipt> receipts) implements LaunderingPattern {

    /**
     * One receipt and the same asset sent on after it, within the search horizon.
     *
     * @param subject   the address, sourced at this receipt
     * @param amountText the amount as the sentence writes it ("2.5 ETH")
     * @param priceNote "TX-1 at ETH ..." when valued from a daily price, else null
     * @param onward    the onward transfers, in time order
     */
    public record Receipt(Subject subject, String txId, String asset, double amount, String amountText, double usd,
            String priceNote, Evidence in, List<Onward> onward) {

        public Receipt {
            onward = List.copyOf(onward);
        }

        /** This receipt with only its first {@code n} onward transfers (those the rule counted). */
        public Receipt forwardedBy(int n) {
            return new Receipt(subject, txId, asset, amount, amountText, usd, priceNote, in, onward.subList(0, n));
        }
    }

    /**
     * An onward transfer.
     *
     * @param seconds from the receipt to it
     * @param amount  its native amount (the receipt's asset)
     */
    public record Onward(long seconds, double amount, Evidence evidence) {
    }

    public PassThrough {
        extraEvidence = List.copyOf(extraEvidence);
        receipts = List.copyOf(receipts);
    }

    /**
     * The fact for the receipts the rule found forwarded almost in full (at least one, each with only
     * the onward transfers it counted) within {@code windowMinutes}.
     */
    public PassThrough forwarded(List<Receipt> forwarded, double windowMinutes) {
        return of(address, matchedValue, forwarded, "within " + TransferGraph.amountText(windowMinutes) + " minutes");
    }

    /** The fact for {@code receipts} (at least one), with {@code within} naming the window in the sentence. */
    static PassThrough of(String address, String matchedValue, List<Receipt> receipts, String within) {
        double maxMinutes = 0;
        double maxUsd = Double.NaN;
        int unvalued = 0;
        Receipt largestUnvalued = null;
        List<Evidence> evidence = new ArrayList<>();
        Set<String> notes = new TreeSet<>();
        for (Receipt r : receipts) {
            if (!r.onward().isEmpty()) {
                maxMinutes = Math.max(maxMinutes, r.onward().get(r.onward().size() - 1).seconds() / 60.0);
            }
            if (Double.isNaN(r.usd())) {
                unvalued++;
                if (largestUnvalued == null || r.amount() > largestUnvalued.amount()) {
                    largestUnvalued = r;
                }
            } else if (Double.isNaN(maxUsd) || r.usd() > maxUsd) {
                maxUsd = r.usd();
            }
            if (r.priceNote() != null) {
                notes.add(r.priceNote());
            }
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(r.in());
                for (int k = 0; k < r.onward().size() && evidence.size() < MAX_EVIDENCE; k++) {
                    evidence.add(r.onward().get(k).evidence());
                }
            }
        }
        Receipt first = receipts.get(0);
        int e = receipts.size();
        String unvaluedNote = "";
        if (largestUnvalued != null) {
            unvaluedNote = "; " + unvalued + (unvalued == 1 ? " receipt has" : " receipts have")
                    + " no USD value (no amount_usd and no daily price), so the USD floor could not be applied to "
                    + (unvalued == 1 ? "it" : "them") + ": the largest, " + largestUnvalued.amountText() + " in "
                    + largestUnvalued.txId() + ", is compared with the reviewed native floor for " + largestUnvalued.asset();
        }
        String expl = address + " forwarded what it received almost in full " + within + " " + e + (e == 1 ? " time" : " times")
                + ", first after " + first.txId() + " (" + first.amountText() + ")" + unvaluedNote
                + (notes.isEmpty() ? "" : "; USD values from daily prices: " + String.join(", ", notes)) + ".";
        return new PassThrough(first.subject(), matchedValue, e, maxMinutes, unvalued == 0, maxUsd,
                largestUnvalued == null ? null : largestUnvalued.asset(), largestUnvalued == null ? Double.NaN : largestUnvalued.amount(),
                expl, evidence, address, receipts);
    }

    @Override
    public String pattern() {
        return "pass_through";
    }
}
