package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;
import static org.sanctionsmonitor.crypto.PatternContext.hours;

import java.util.ArrayList;
import java.util.List;

import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * A run of candidate peel steps, as measured from where it starts: at each step an address split
 * what it received into its first two onward transfers of the asset, a main one (the larger, at
 * least {@code peel_main_ratio_floor} of the amount but less than all) and a peel, together no more
 * than received, the later of the two within the search horizon {@code peel_horizon_hours}; the
 * main transfer is the next step's input. CYB-030 decides which steps are peel steps (the later
 * onward transfer within {@code peel_window_hours}, the main one at least {@code peel_main_min_ratio}
 * of the amount) and reports each run of consecutive peel steps from {@code peel_min_hops}:
 * {@link #run} makes the fact of one run.
 *
 * @param steps         consecutive steps
 * @param spanHours     from the transfer into the first address to the last main transfer
 * @param minMainRatio  the smallest share of what an address received that its main transfer carried
 * @param usd           the USD value of the transfer into the chain (NaN when unknown)
 * @param measured      the candidate steps, in chain order
 */
public record PeelChain(Subject subject, String matchedValue, int steps, double spanHours, double minMainRatio,
        double usd, String explanation, List<Evidence> extraEvidence, List<Step> measured) implements LaunderingPattern {

    /**
     * One candidate step, measured.
     *
     * @param subject      the splitting address, sourced at its input transfer
     * @param inTxId       the input transfer's id, and its amount as the sentence writes it
     * @param amount       the input's native amount
     * @param main         the main onward transfer's amount
     * @param peel         the peel's amount
     * @param gapSeconds   from the input to the later of the two onward transfers
     * @param otherEntries the other candidate steps whose main transfer is this step's input: this step
     *                     continues a run when one of them is a peel step, even where this chain's previous
     *                     step is not
     * @param firstEntry   true when this chain reaches the step through the first candidate entry (in time
     *                     order) at every merge on its way: a run starting here is reported from this chain only
     */
    public record Step(Subject subject, String inTxId, String inAmountText, String asset, long inTime, double inUsd,
            String inPriceNote, Evidence in, double amount, double main, String mainTxId, long mainTime, Evidence mainEvidence,
            double peel, Evidence peelEvidence, long gapSeconds, List<Entry> otherEntries, boolean firstEntry) {

        public Step {
            otherEntries = List.copyOf(otherEntries);
        }
    }

    /** Another candidate step into a step's input: its measured gap, main amount and input amount. */
    public record Entry(long gapSeconds, double main, double amount) {
    }

    public PeelChain {
        extraEvidence = List.copyOf(extraEvidence);
        measured = List.copyOf(measured);
    }

    /** The fact of the run of {@code count} steps of this chain from step {@code from}. */
    public PeelChain run(int from, int count) {
        return of(measured.subList(from, from + count));
    }

    static PeelChain of(List<Step> run) {
        Step first = run.get(0);
        Step last = run.get(run.size() - 1);
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(first.in());
        double peeled = 0;
        double minRatio = 1;
        for (Step s : run) {
            peeled += s.peel();
            minRatio = Math.min(minRatio, s.main() / s.amount());
            if (evidence.size() < MAX_EVIDENCE) {
                evidence.add(s.mainEvidence());
                evidence.add(s.peelEvidence());
            }
        }
        String start = first.subject().subjectId();
        String expl = run.size() + " peel steps starting at " + start + " on " + first.subject().facts().get("chain") + " after "
                + first.inTxId() + " (" + first.inAmountText() + "): at each step most of the funds move on to a new address and a small part ("
                + TransferGraph.amountText(Math.round(peeled * 1e8) / 1e8) + " " + first.asset()
                + " in all) peels off; the chain ends with " + last.mainTxId()
                + (first.inPriceNote() == null ? "" : "; USD values from daily prices: " + first.inPriceNote()) + ".";
        return new PeelChain(first.subject(), first.inTxId(), run.size(), hours(last.mainTime() - first.inTime()), minRatio,
                first.inUsd(), expl, evidence, run);
    }

    @Override
    public String pattern() {
        return "peel_chain";
    }
}
