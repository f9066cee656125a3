package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.finding.Evidence;

/**
 * Rapid pass-through: an address receives funds and, within {@code pass_through_window_minutes},
 * sends out (same asset) between {@code pass_through_min_ratio} and (2 minus it) of the amount.
 * The window and ratio define an event; one fact per address, counting its events, with the
 * largest receipt's USD value (from amount_usd or a daily price) and, for receipts without one,
 * the largest native amount. CYB-031 decides on the value: {@code pass_through_min_usd}, or the
 * asset's reviewed native floor where no USD value is known.
 */
public final class PassThroughDetector {

    private final PatternContext c;

    public PassThroughDetector(PatternContext c) {
        this.c = c;
    }

    private static final class Acc {
        int events;
        int first = -1;
        long start;
        long end;
        double maxMinutes;
        double maxUsd = Double.NaN;
        int unvalued;
        int largestUnvalued = -1;
        final IntList receipts = new IntList(4);
        final List<Evidence> evidence = new ArrayList<>();
    }

    public void run(Consumer<? super PassThrough> out) {
        TransferGraph g = c.g;
        double windowMinutes = c.p.number("pass_through_window_minutes");
        long window = (long) (windowMinutes * 60);
        double ratio = c.p.number("pass_through_min_ratio");
        Map<Integer, Acc> byAddress = new TreeMap<>();
        for (int rank = 0; rank < g.transfers(); rank++) {
            int t = g.byTime(rank);
            int a = g.to[t];
            if (a == g.from[t] || c.service[a]) {
                continue;
            }
            double x = g.amount[t];
            double sum = 0;
            IntList outs = new IntList(4);
            int k0 = g.firstOutAfter(a, g.time(t));
            for (int k = k0; k < g.outStart[a + 1]; k++) {
                int o = g.outIdx[k];
                if (g.time(o) - g.time(t) > window) {
                    break;
                }
                if (k - k0 >= c.hubFanout) {
                    outs.clear(); // a hub: not examined
                    break;
                }
                if (g.asset[o] == g.asset[t] && g.to[o] != a) {
                    sum += g.amount[o];
                    outs.add(o);
                }
            }
            if (outs.size() == 0 || sum < ratio * x || sum > (2 - ratio) * x) {
                continue;
            }
            Acc acc = byAddress.computeIfAbsent(a, k -> new Acc());
            acc.events++;
            long lastOut = g.time(outs.get(outs.size() - 1));
            if (acc.first < 0) {
                acc.first = t;
                acc.start = g.time(t);
            }
            acc.end = Math.max(acc.end, lastOut);
            acc.maxMinutes = Math.max(acc.maxMinutes, (lastOut - g.time(t)) / 60.0);
            acc.receipts.add(t);
            if (Double.isNaN(g.usd[t])) {
                acc.unvalued++;
                if (acc.largestUnvalued < 0 || g.amount[t] > g.amount[acc.largestUnvalued]) {
                    acc.largestUnvalued = t;
                }
            } else if (Double.isNaN(acc.maxUsd) || g.usd[t] > acc.maxUsd) {
                acc.maxUsd = g.usd[t];
            }
            if (acc.evidence.size() < MAX_EVIDENCE) {
                acc.evidence.add(c.ev(t, "in"));
                for (int k = 0; k < outs.size() && acc.evidence.size() < MAX_EVIDENCE; k++) {
                    acc.evidence.add(c.ev(outs.get(k), "out"));
                }
            }
        }
        byAddress.forEach((a, acc) -> {
            int first = acc.first;
            int e = acc.events;
            String unvaluedNote = "";
            String asset = null;
            double amount = Double.NaN;
            if (acc.largestUnvalued >= 0) {
                asset = g.assets[g.asset[acc.largestUnvalued]];
                amount = g.amount[acc.largestUnvalued];
                unvaluedNote = "; " + acc.unvalued + (acc.unvalued == 1 ? " receipt has" : " receipts have")
                        + " no USD value (no amount_usd and no daily price), so the USD floor could not be applied to "
                        + (acc.unvalued == 1 ? "it" : "them") + ": the largest, " + c.amt(acc.largestUnvalued) + " in "
                        + g.txId(acc.largestUnvalued) + ", is compared with the reviewed native floor for " + asset;
            }
            String expl = g.address(a) + " on " + g.chainOfNode(a) + " forwarded what it received almost in full within "
                    + TransferGraph.amountText(windowMinutes) + " minutes " + e + (e == 1 ? " time" : " times")
                    + ", first after " + g.txId(first) + " (" + c.amt(first) + ")" + unvaluedNote + c.priceNote(acc.receipts) + ".";
            out.accept(new PassThrough(c.addressSubject(a, first), g.address(a), e, acc.maxMinutes, acc.unvalued == 0,
                    acc.maxUsd, asset, amount, expl, acc.evidence));
        });
    }
}
