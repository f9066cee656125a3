package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;
import static org.sanctionsmonitor.crypto.PatternContext.hours;
import static org.sanctionsmonitor.crypto.PatternContext.oneDecimal;
import static org.sanctionsmonitor.crypto.PatternContext.usdText;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * One sender's transfers valued inside the search band (from {@code structuring_search_floor_usd}
 * to just under {@code structuring_search_ceiling_usd}), as measured: each with its time and USD
 * value, in time order. CYB-034 decides which of them are just under the reporting threshold
 * ({@code structuring_threshold_usd} and {@code structuring_margin}) and how many fall in one
 * {@code structuring_window_hours} window; {@link #counted} makes the finding of the transfers it
 * counted.
 *
 * @param transfers the number of transfers ({@code sent.size()})
 * @param spanHours from the first to the last of them
 * @param totalUsd  their USD value together
 * @param sender    the sender as the sentence names it ("customer CUST-1", or "0xab... on ethereum")
 * @param sent      the transfers, in time (then input) order
 */
public record Structuring(Subject subject, String matchedValue, int transfers, double spanHours, double totalUsd,
        String explanation, List<Evidence> extraEvidence, String sender, List<Sent> sent) implements LaunderingPattern {

    /**
     * One transfer of the sender, measured.
     *
     * @param subject   the sender, sourced at this transfer
     * @param txId      the transfer's id
     * @param time      epoch seconds
     * @param usd       its USD value (from amount_usd or a daily price)
     * @param priceNote "TX-1 at ETH 2517.34 on ..." when valued from a daily price, else null
     */
    public record Sent(Subject subject, String txId, long time, double usd, Evidence evidence, String priceNote) {
    }

    public Structuring {
        extraEvidence = List.copyOf(extraEvidence);
        sent = List.copyOf(sent);
    }

    /**
     * The finding for the transfers {@code counted} (of this sender, in time order, at least one),
     * which the rule found between {@code lowUsd} and just under {@code thresholdUsd}: their count,
     * span and value, the first as the subject's source, their evidence.
     */
    public Structuring counted(List<Sent> counted, double thresholdUsd, double lowUsd) {
        return of(sender, counted, "each between USD " + TransferGraph.amountText(lowUsd) + " and just under the USD "
                + TransferGraph.amountText(thresholdUsd) + " reporting threshold");
    }

    /** The fact for {@code sent} (at least one transfer), with {@code what} describing them in the sentence. */
    static Structuring of(String sender, List<Sent> sent, String what) {
        Sent first = sent.get(0);
        Sent last = sent.get(sent.size() - 1);
        List<Evidence> evidence = new ArrayList<>();
        Set<String> notes = new TreeSet<>();
        double sum = 0;
        for (Sent s : sent) {
            sum += s.usd();
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(s.evidence());
            }
            if (s.priceNote() != null) {
                notes.add(s.priceNote());
            }
        }
        double span = hours(last.time() - first.time());
        String expl = sender + " sent " + sent.size() + " transfers " + what + " within " + oneDecimal(span) + " hours ("
                + usdText(sum) + " in all), from " + first.txId() + " to " + last.txId()
                + (notes.isEmpty() ? "" : "; USD values from daily prices: " + String.join(", ", notes)) + ".";
        return new Structuring(first.subject(), first.subject().subjectId(), sent.size(), span, sum, expl, evidence, sender, sent);
    }

    @Override
    public String pattern() {
        return "structuring";
    }
}
