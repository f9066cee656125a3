package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;
import static org.sanctionsmonitor.crypto.PatternContext.hours;
import static org.sanctionsmonitor.crypto.PatternContext.oneDecimal;
import static org.sanctionsmonitor.crypto.PatternContext.usdText;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;

/**
 * Structuring: transfers by one sender (its from_owner when given, else its address) valued
 * between {@code structuring_threshold_usd} × (1 − {@code structuring_margin}) and just under the
 * threshold; one fact per sender with the largest number of such transfers inside any
 * {@code structuring_window_hours} window (two or more: the floor below which no fact is made).
 * The threshold is in USD: a transfer without amount_usd is valued from the daily prices, and one
 * without a price cannot be placed under the threshold (counted in the manifest as unvalued).
 * CYB-034 decides on the count ({@code structuring_min_count}).
 */
public final class StructuringDetector {

    private final PatternContext c;

    public StructuringDetector(PatternContext c) {
        this.c = c;
    }

    public void run(Consumer<? super Structuring> out) {
        TransferGraph g = c.g;
        double thr = c.p.number("structuring_threshold_usd");
        double low = thr * (1 - c.p.number("structuring_margin"));
        long window = c.seconds("structuring_window_hours");
        Map<String, IntList> bySender = new TreeMap<>();
        for (int rank = 0; rank < g.transfers(); rank++) {
            int t = g.byTime(rank);
            double u = g.usd[t];
            if (u >= low && u < thr) {
                String key = g.fromOwner(t) >= 0 ? "C|" + g.owner(g.fromOwner(t)) : "A|" + g.chainOfNode(g.from[t]) + "|" + g.from[t];
                bySender.computeIfAbsent(key, k -> new IntList(4)).add(t);
            }
        }
        bySender.forEach((key, list) -> {
            int bestI = 0;
            int bestN = 0;
            int j = 0;
            for (int i = 0; i < list.size(); i++) {
                while (j < list.size() && g.time(list.get(j)) - g.time(list.get(i)) <= window) {
                    j++;
                }
                if (j - i > bestN) {
                    bestN = j - i;
                    bestI = i;
                }
            }
            if (bestN < 2) {
                return;
            }
            int first = list.get(bestI);
            int lastT = list.get(bestI + bestN - 1);
            List<Evidence> evidence = new ArrayList<>();
            IntList counted = new IntList(bestN);
            double sum = 0;
            for (int k = bestI; k < bestI + bestN; k++) {
                sum += g.usd[list.get(k)];
                counted.add(list.get(k));
                if (evidence.size() < MAX_EVIDENCE) {
                    evidence.add(c.ev(list.get(k), "just_under_threshold"));
                }
            }
            boolean customer = key.startsWith("C|");
            String who = customer ? "customer " + g.owner(g.fromOwner(first)) : g.address(g.from[first]) + " on " + g.chainOfNode(g.from[first]);
            String expl = who + " sent " + bestN + " transfers each between USD " + TransferGraph.amountText(low) + " and just under the USD "
                    + TransferGraph.amountText(thr) + " reporting threshold within "
                    + oneDecimal(hours(g.time(lastT) - g.time(first))) + " hours (" + usdText(sum) + " in all), from "
                    + g.txId(first) + " to " + g.txId(lastT) + c.priceNote(counted) + ".";
            Subject subject = customer ? c.customerSubject(g.owner(g.fromOwner(first)), first) : c.addressSubject(g.from[first], first);
            out.accept(new Structuring(subject, subject.subjectId(), bestN, hours(g.time(lastT) - g.time(first)), sum, expl, evidence));
        });
    }
}
