package org.sanctionsmonitor.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.Subject;

/**
 * Structuring, measured: per sender (its from_owner when given, else its address), the transfers
 * valued inside the search band, from {@code structuring_search_floor_usd} to just under
 * {@code structuring_search_ceiling_usd} (reviewed bounds on which transfers Java collects, not
 * the rule's threshold); one fact per sender with two or more of them inside one
 * {@code structuring_horizon_hours} (the floor below which no fact is made), carrying all of them
 * with their times and USD values. CYB-034 decides: the transfers between
 * {@code structuring_threshold_usd} × (1 − {@code structuring_margin}) and the threshold, the most
 * of them inside one {@code structuring_window_hours}, against {@code structuring_min_count}. The
 * band is in USD: a transfer without amount_usd is valued from the daily prices, and one without a
 * price is not collected (counted in the manifest as unvalued).
 */
public final class StructuringDetector {

    private final PatternContext c;

    public StructuringDetector(PatternContext c) {
        this.c = c;
    }

    public void run(Consumer<? super Structuring> out) {
        TransferGraph g = c.g;
        double floor = c.p.number("structuring_search_floor_usd");
        double ceiling = c.p.number("structuring_search_ceiling_usd");
        long horizon = c.seconds("structuring_horizon_hours");
        Map<String, IntList> bySender = new TreeMap<>();
        for (int rank = 0; rank < g.transfers(); rank++) {
            int t = g.byTime(rank);
            double u = g.usd[t];
            if (u >= floor && u < ceiling) {
                String key = g.fromOwner(t) >= 0 ? "C|" + g.owner(g.fromOwner(t)) : "A|" + g.chainOfNode(g.from[t]) + "|" + g.from[t];
                bySender.computeIfAbsent(key, k -> new IntList(4)).add(t);
            }
        }
        bySender.forEach((key, list) -> {
            if (!twoWithin(list, horizon)) {
                return;
            }
            int first = list.get(0);
            boolean customer = key.startsWith("C|");
            String who = customer ? "customer " + g.owner(g.fromOwner(first)) : g.address(g.from[first]) + " on " + g.chainOfNode(g.from[first]);
            List<Structuring.Sent> sent = new ArrayList<>(list.size());
            for (int k = 0; k < list.size(); k++) {
                int t = list.get(k);
                Subject subject = customer ? c.customerSubject(g.owner(g.fromOwner(t)), t) : c.addressSubject(g.from[t], t);
                String note = g.priceNote(t);
                sent.add(new Structuring.Sent(subject, g.txId(t), g.time(t), g.usd[t], c.ev(t, "just_under_threshold"),
                        note == null ? null : g.txId(t) + " at " + note));
            }
            out.accept(Structuring.of(who, sent, "valued from USD " + TransferGraph.amountText(floor) + " to just under USD "
                    + TransferGraph.amountText(ceiling) + " (the search band)"));
        });
    }

    /** True when two of the transfers (in time order) are at most {@code horizon} seconds apart. */
    private boolean twoWithin(IntList list, long horizon) {
        for (int i = 1; i < list.size(); i++) {
            if (c.g.time(list.get(i)) - c.g.time(list.get(i - 1)) <= horizon) {
                return true;
            }
        }
        return false;
    }
}
