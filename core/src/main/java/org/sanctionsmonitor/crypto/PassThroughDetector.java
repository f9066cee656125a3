package org.sanctionsmonitor.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;

/**
 * Rapid pass-through, measured: an address receives funds and sends the same asset on after it.
 * Each receipt's onward transfers within the search horizon {@code pass_through_horizon_minutes}
 * (a reviewed bound on which transfers Java follows, not the rule's window) are measured with their
 * delays and amounts; a receipt is kept when, at some onward transfer, the amount sent on so far
 * lies between {@code pass_through_ratio_floor} and 2 minus it of the amount received (the floor
 * below which nothing is kept). One fact per address with such receipts. A receipt after which the
 * address sends more than {@code hub_fanout} transfers within the table's
 * {@code pass_through_window_minutes} is not examined (a hub: a search bound), and of the others the
 * first {@code hub_fanout} transfers after it within the horizon are measured. CYB-031 decides: the receipts forwarded within {@code pass_through_window_minutes}
 * between {@code pass_through_min_ratio} and 2 minus it, and their value against
 * {@code pass_through_min_usd} or the asset's reviewed native floor.
 */
public final class PassThroughDetector {

    private final PatternContext c;

    public PassThroughDetector(PatternContext c) {
        this.c = c;
    }

    public void run(Consumer<? super PassThrough> out) {
        TransferGraph g = c.g;
        long horizon = (long) (c.p.number("pass_through_horizon_minutes") * 60);
        long window = (long) (c.p.number("pass_through_window_minutes") * 60); // judges hubs only
        double floor = c.p.number("pass_through_ratio_floor");
        Map<Integer, List<PassThrough.Receipt>> byAddress = new TreeMap<>();
        for (int rank = 0; rank < g.transfers(); rank++) {
            int t = g.byTime(rank);
            int a = g.to[t];
            if (a == g.from[t] || c.service[a]) {
                continue;
            }
            double x = g.amount[t];
            double sum = 0;
            boolean inBand = false;
            IntList outs = new IntList(4);
            int k0 = g.firstOutAfter(a, g.time(t));
            for (int k = k0; k < g.outStart[a + 1]; k++) {
                int o = g.outIdx[k];
                if (g.time(o) - g.time(t) > horizon) {
                    break;
                }
                if (k - k0 >= c.hubFanout) {
                    if (g.time(o) - g.time(t) <= window) {
                        outs.clear(); // a hub: not examined
                    }
                    break; // at most hub_fanout onward transfers are measured
                }
                if (g.asset[o] == g.asset[t] && g.to[o] != a) {
                    sum += g.amount[o];
                    outs.add(o);
                    inBand |= sum >= floor * x && sum <= (2 - floor) * x;
                }
            }
            if (outs.size() == 0 || !inBand) {
                continue;
            }
            // the evidence only for the receipts kept: most receipts are not
            List<PassThrough.Onward> onward = new ArrayList<>(outs.size());
            for (int k = 0; k < outs.size(); k++) {
                int o = outs.get(k);
                onward.add(new PassThrough.Onward(g.time(o) - g.time(t), g.amount[o], c.ev(o, "out")));
            }
            String note = g.priceNote(t);
            byAddress.computeIfAbsent(a, k -> new ArrayList<>()).add(new PassThrough.Receipt(c.addressSubject(a, t), g.txId(t),
                    g.assets[g.asset[t]], x, c.amt(t), g.usd[t], note == null ? null : g.txId(t) + " at " + note, c.ev(t, "in"), onward));
        }
        byAddress.forEach((a, receipts) -> out.accept(PassThrough.of(g.address(a) + " on " + g.chainOfNode(a), g.address(a), receipts,
                "within the search horizon of " + TransferGraph.amountText(horizon / 60.0) + " minutes")));
    }
}
