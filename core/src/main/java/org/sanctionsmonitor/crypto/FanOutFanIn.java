package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;
import static org.sanctionsmonitor.crypto.PatternContext.hours;
import static org.sanctionsmonitor.crypto.PatternContext.oneDecimal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * An address ({@code source}) that split funds across several addresses which each sent on to
 * one common address ({@code matchedValue}), as measured: every branch (a split to an
 * intermediary and one of its onward transfers to the common address) within the search horizon
 * {@code fan_horizon_hours} of its split. CYB-032 decides which branches recombine inside one
 * {@code fan_window_hours} and compares their number with {@code fan_min_branches};
 * {@link #recombined} makes the finding of the branches it counted.
 *
 * @param branches  distinct intermediate addresses that recombined
 * @param spanHours from the first split to the last recombining transfer
 * @param usd       the USD value of the splitting transfers (NaN when one is unknown)
 * @param source    the splitting address as the sentence names it ("0xab... on ethereum")
 * @param pairs     the branches measured, by time of the split (then of the onward transfer)
 */
public record FanOutFanIn(Subject subject, String matchedValue, int branches, double spanHours, double usd,
        String explanation, List<Evidence> extraEvidence, String source, List<Branch> pairs) implements LaunderingPattern {

    /**
     * One split and one onward transfer of its intermediary to the common address.
     *
     * @param subject      the source, sourced at the split
     * @param intermediary the intermediary's node
     * @param splitTxId    the split's transaction id
     * @param splitTime    the split's time, epoch seconds
     * @param onwardTime   the onward transfer's time, epoch seconds
     * @param splitUsd     the split's USD value (NaN when unknown)
     * @param priceNote    "TX-1 at ETH ..." when the split was valued from a daily price, else null
     */
    public record Branch(Subject subject, int intermediary, String splitTxId, long splitTime, long onwardTime,
            double splitUsd, String priceNote, Evidence out, Evidence in) {
    }

    public FanOutFanIn {
        extraEvidence = List.copyOf(extraEvidence);
        pairs = List.copyOf(pairs);
    }

    /**
     * The finding for {@code counted}: branches of this fact through distinct intermediaries, in the
     * order of their splits, the first of them the first split counted.
     */
    public FanOutFanIn recombined(List<Branch> counted) {
        return of(source, matchedValue, counted);
    }

    /** The fact for {@code branches} (at least one; {@link #branches} counts their distinct intermediaries). */
    static FanOutFanIn of(String source, String sink, List<Branch> branches) {
        List<Evidence> outs = new ArrayList<>();
        List<Evidence> ins = new ArrayList<>();
        Set<String> notes = new TreeSet<>();
        Set<Integer> intermediaries = new HashSet<>();
        double usd = 0;
        long last = 0;
        for (Branch b : branches) {
            intermediaries.add(b.intermediary());
            usd += b.splitUsd();
            last = Math.max(last, b.onwardTime());
            if (b.priceNote() != null) {
                notes.add(b.priceNote());
            }
            if (outs.size() + ins.size() < MAX_EVIDENCE) {
                outs.add(b.out());
                ins.add(b.in());
            }
        }
        List<Evidence> evidence = new ArrayList<>(outs);
        evidence.addAll(ins);
        Branch first = branches.get(0);
        double span = hours(last - first.splitTime());
        String expl = source + " split funds across " + intermediaries.size() + " addresses that recombined at " + sink
                + " within " + oneDecimal(span) + " hours, starting with " + first.splitTxId()
                + (notes.isEmpty() ? "" : "; USD values from daily prices: " + String.join(", ", notes)) + ".";
        return new FanOutFanIn(first.subject(), sink, intermediaries.size(), span, usd, expl, evidence, source, branches);
    }

    @Override
    public String pattern() {
        return "fan_out_fan_in";
    }
}
