package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;
import static org.sanctionsmonitor.crypto.PatternContext.hours;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.finding.Evidence;

/**
 * Peel chains: funds received by an address are, within {@code peel_window_hours}, split into a
 * main transfer carrying at least {@code peel_main_min_ratio} of them (but less than all) and a
 * smaller peel, the two together no more than was received; the main transfer is the next step's
 * input. The window and ratio define a step; one fact per maximal chain of two or more steps (the
 * floor below which no fact is made), about the address where the chain starts. CYB-030 decides
 * on the number of steps ({@code peel_min_hops}).
 */
public final class PeelChainDetector {

    private final PatternContext c;

    public PeelChainDetector(PatternContext c) {
        this.c = c;
    }

    public void run(Consumer<? super PeelChain> out) {
        TransferGraph g = c.g;
        long window = c.seconds("peel_window_hours");
        double ratio = c.p.number("peel_main_min_ratio");
        int n = g.transfers();
        int[] next = new int[n];
        int[] peel = new int[n];
        boolean[] hasPrev = new boolean[n];
        Arrays.fill(next, -1);
        for (int t = 0; t < n; t++) {
            int a = g.to[t];
            if (a == g.from[t] || c.service[a]) {
                continue;
            }
            double x = g.amount[t];
            int o1 = -1;
            int o2 = -1;
            for (int k = g.firstOutAfter(a, g.time(t)); k < g.outStart[a + 1]; k++) {
                int o = g.outIdx[k];
                if (g.time(o) - g.time(t) > window) {
                    break;
                }
                if (g.asset[o] != g.asset[t] || g.to[o] == a) {
                    continue;
                }
                if (o1 < 0) {
                    o1 = o;
                } else {
                    o2 = o;
                    break;
                }
            }
            if (o2 < 0) {
                continue;
            }
            int main = g.amount[o1] >= g.amount[o2] ? o1 : o2;
            int small = main == o1 ? o2 : o1;
            double m = g.amount[main];
            if (m >= ratio * x && m < x && m + g.amount[small] <= x * 1.000001) {
                next[t] = main;
                peel[t] = small;
                hasPrev[main] = true;
            }
        }
        for (int rank = 0; rank < g.transfers(); rank++) {
            int t = g.byTime(rank);
            if (next[t] < 0 || hasPrev[t]) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(c.ev(t, "in"));
            int steps = 0;
            int last = t;
            double peeled = 0;
            double minRatio = 1;
            for (int x = t; next[x] >= 0; x = next[x]) {
                steps++;
                peeled += g.amount[peel[x]];
                minRatio = Math.min(minRatio, g.amount[next[x]] / g.amount[x]);
                if (evidence.size() < MAX_EVIDENCE) {
                    evidence.add(c.ev(next[x], "main"));
                    evidence.add(c.ev(peel[x], "peel"));
                }
                last = next[x];
            }
            if (steps < 2) {
                continue;
            }
            int start = g.to[t];
            String expl = steps + " peel steps starting at " + g.address(start) + " on " + g.chainOfNode(start) + " after "
                    + g.txId(t) + " (" + c.amt(t) + "): at each step most of the funds move on to a new address and a small part ("
                    + TransferGraph.amountText(Math.round(peeled * 1e8) / 1e8) + " " + g.assets[g.asset[t]]
                    + " in all) peels off; the chain ends with " + g.txId(last) + c.priceNote(t) + ".";
            out.accept(new PeelChain(c.addressSubject(start, t), g.txId(t), steps, hours(g.time(last) - g.time(t)), minRatio,
                    g.usd[t], expl, evidence));
        }
    }
}
