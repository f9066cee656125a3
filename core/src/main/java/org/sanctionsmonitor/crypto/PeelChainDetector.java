package org.sanctionsmonitor.crypto;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;

/**
 * Peel chains, measured: funds received by an address are split into its first two onward transfers
 * of the asset, the later of them within the search horizon {@code peel_horizon_hours}, a main
 * transfer of at least the search floor {@code peel_main_ratio_floor} of the amount (but less than
 * all) and a smaller peel, the two together no more than was received: a candidate step, whose main
 * transfer is the next step's input. One fact per chain of candidate steps from a step no candidate
 * step leads into, with two or more steps (the floor below which no fact is made), about the address
 * where it starts, each step with its delay and amounts. CYB-030 decides which steps are peel steps
 * ({@code peel_window_hours}, {@code peel_main_min_ratio}) and on the length of each run of them
 * ({@code peel_min_hops}).
 */
public final class PeelChainDetector {

    private final PatternContext c;

    public PeelChainDetector(PatternContext c) {
        this.c = c;
    }

    public void run(Consumer<? super PeelChain> out) {
        TransferGraph g = c.g;
        long horizon = c.seconds("peel_horizon_hours");
        double floor = c.p.number("peel_main_ratio_floor");
        int n = g.transfers();
        int[] next = new int[n];
        int[] peel = new int[n];
        long[] gap = new long[n];
        IntList[] entries = new IntList[n];
        Arrays.fill(next, -1);
        for (int rank = 0; rank < n; rank++) {
            int t = g.byTime(rank);
            int a = g.to[t];
            if (a == g.from[t] || c.service[a]) {
                continue;
            }
            double x = g.amount[t];
            int o1 = -1;
            int o2 = -1;
            for (int k = g.firstOutAfter(a, g.time(t)); k < g.outStart[a + 1]; k++) {
                int o = g.outIdx[k];
                if (g.time(o) - g.time(t) > horizon) {
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
            if (m >= floor * x && m < x && m + g.amount[small] <= x * 1.000001) {
                next[t] = main;
                peel[t] = small;
                gap[t] = g.time(o2) - g.time(t);
                if (entries[main] == null) {
                    entries[main] = new IntList(1);
                }
                entries[main].add(t); // in time order
            }
        }
        for (int rank = 0; rank < n; rank++) {
            int t = g.byTime(rank);
            if (next[t] < 0 || entries[t] != null) {
                continue;
            }
            if (next[next[t]] < 0) {
                continue; // one step: no fact, and no evidence made
            }
            List<PeelChain.Step> steps = new ArrayList<>();
            int prev = -1;
            boolean primary = true; // reached through the first entry at every merge so far
            for (int x = t; next[x] >= 0; x = next[x]) {
                List<PeelChain.Entry> others = new ArrayList<>();
                if (entries[x] != null) {
                    for (int i = 0; i < entries[x].size(); i++) {
                        int e = entries[x].get(i);
                        if (e != prev) {
                            others.add(new PeelChain.Entry(gap[e], g.amount[next[e]], g.amount[e]));
                        }
                    }
                }
                primary = primary && (entries[x] == null || entries[x].get(0) == prev);
                String note = g.priceNote(x);
                steps.add(new PeelChain.Step(c.addressSubject(g.to[x], x), g.txId(x), c.amt(x), g.assets[g.asset[x]], g.time(x), g.usd[x],
                        note == null ? null : g.txId(x) + " at " + note, c.ev(x, "in"), g.amount[x], g.amount[next[x]],
                        g.txId(next[x]), g.time(next[x]), c.ev(next[x], "main"), g.amount[peel[x]], c.ev(peel[x], "peel"), gap[x],
                        others, primary));
                prev = x;
            }
            if (steps.size() >= 2) {
                out.accept(PeelChain.of(steps));
            }
        }
    }
}
