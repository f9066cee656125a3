package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;
import static org.sanctionsmonitor.crypto.PatternContext.hours;
import static org.sanctionsmonitor.crypto.PatternContext.oneDecimal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.finding.Evidence;

/**
 * Fan-out then fan-in: an address sends to several addresses that each, after receiving, send on
 * to one common address, all within {@code fan_window_hours} of the first split. One fact per
 * (source, recombining address) with two or more distinct intermediaries (the floor below which
 * no fact is made); CYB-032 decides on the number of branches ({@code fan_min_branches}).
 */
public final class FanOutFanInDetector {

    private final PatternContext c;

    public FanOutFanInDetector(PatternContext c) {
        this.c = c;
    }

    public void run(Consumer<? super FanOutFanIn> out) {
        TransferGraph g = c.g;
        long window = c.seconds("fan_window_hours");
        // the reviewed floor: a source sending more than this in all (and more than hub_fanout in one window) is a hub
        long sourceHub = (long) c.p.number("fan_source_hub_transfers");
        for (int s = 0; s < g.nodes(); s++) {
            if (c.service[s] || g.outStart[s + 1] - g.outStart[s] < 2) {
                continue;
            }
            if (g.outStart[s + 1] - g.outStart[s] > sourceHub && busiestWindow(s, window) > c.hubFanout) {
                continue; // s is a hub
            }
            Map<Integer, IntList> bySink = null;
            for (int k = g.outStart[s]; k < g.outStart[s + 1]; k++) {
                int e1 = g.outIdx[k];
                int r = g.to[e1];
                if (r == s || c.service[r]) {
                    continue;
                }
                int q0 = g.firstOutAfter(r, g.time(e1));
                int qEnd = q0;
                while (qEnd < g.outStart[r + 1] && qEnd - q0 <= c.hubFanout && g.time(g.outIdx[qEnd]) - g.time(e1) <= window) {
                    qEnd++;
                }
                if (qEnd - q0 > c.hubFanout) {
                    continue; // r is a hub
                }
                for (int q = q0; q < qEnd; q++) {
                    int e2 = g.outIdx[q];
                    int d = g.to[e2];
                    if (d == r || d == s) {
                        continue;
                    }
                    if (bySink == null) {
                        bySink = new TreeMap<>();
                    }
                    IntList l = bySink.computeIfAbsent(d, x -> new IntList(4));
                    l.add(e1);
                    l.add(e2);
                }
            }
            if (bySink == null) {
                continue;
            }
            for (Map.Entry<Integer, IntList> en : bySink.entrySet()) {
                fact(s, en.getKey(), en.getValue(), window, out);
            }
        }
    }

    /** The most outgoing transfers of a node inside any window. */
    private int busiestWindow(int node, long window) {
        TransferGraph g = c.g;
        int best = 0;
        int j = g.outStart[node];
        for (int i = g.outStart[node]; i < g.outStart[node + 1]; i++) {
            while (j < g.outStart[node + 1] && g.time(g.outIdx[j]) - g.time(g.outIdx[i]) <= window) {
                j++;
            }
            best = Math.max(best, j - i);
        }
        return best;
    }

    private void fact(int s, int d, IntList pairs, long window, Consumer<? super FanOutFanIn> out) {
        TransferGraph g = c.g;
        int m = pairs.size() / 2;
        if (m < 2) {
            return;
        }
        // pairs were added in the order of s's outgoing transfers, i.e. by time of e1
        int bestStart = -1;
        Set<Integer> best = Set.of();
        for (int i = 0; i < m; i++) {
            long end = g.time(pairs.get(2 * i)) + window;
            Set<Integer> rs = new HashSet<>();
            for (int j = i; j < m; j++) {
                if (g.time(pairs.get(2 * j + 1)) <= end && g.time(pairs.get(2 * j)) <= end) {
                    rs.add(g.to[pairs.get(2 * j)]);
                }
            }
            if (rs.size() > best.size()) {
                best = rs;
                bestStart = i;
            }
        }
        if (best.size() < 2) {
            return;
        }
        long end = g.time(pairs.get(2 * bestStart)) + window;
        List<Evidence> outs = new ArrayList<>();
        List<Evidence> ins = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        IntList splits = new IntList(4);
        double usd = 0;
        long last = 0;
        for (int j = bestStart; j < m; j++) {
            int e1 = pairs.get(2 * j);
            int e2 = pairs.get(2 * j + 1);
            if (g.time(e2) > end || g.time(e1) > end || !seen.add(g.to[e1])) {
                continue;
            }
            usd += g.usd[e1];
            splits.add(e1);
            last = Math.max(last, g.time(e2));
            if (outs.size() + ins.size() < MAX_EVIDENCE) {
                outs.add(c.ev(e1, "fan_out"));
                ins.add(c.ev(e2, "fan_in"));
            }
        }
        List<Evidence> evidence = new ArrayList<>(outs);
        evidence.addAll(ins);
        int first = pairs.get(2 * bestStart);
        String expl = g.address(s) + " on " + g.chainOfNode(s) + " split funds across " + best.size()
                + " addresses that recombined at " + g.address(d) + " within "
                + oneDecimal(hours(last - g.time(first))) + " hours, starting with " + g.txId(first) + c.priceNote(splits) + ".";
        out.accept(new FanOutFanIn(c.addressSubject(s, first), g.address(d), best.size(), hours(last - g.time(first)), usd,
                expl, evidence));
    }
}
