package org.sanctionsmonitor.crypto;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;

/**
 * Fan-out then fan-in, measured: an address sends to several addresses that each, after receiving,
 * send on to one common address within the search horizon {@code fan_horizon_hours} of the split
 * (a reviewed bound on which onward transfers Java follows, not the rule's window). One fact per
 * (source, recombining address) with two or more distinct intermediaries (the floor below which no
 * fact is made), carrying every branch with its times. CYB-032 decides: the branches that recombine
 * inside one {@code fan_window_hours}, against {@code fan_min_branches}. Hubs are not followed, judged
 * with the table's {@code fan_window_hours} (search bounds, not thresholds a rule compares): an
 * intermediary that sends more than {@code hub_fanout} transfers within that window after the split,
 * or a source that sends more than {@code fan_source_hub_transfers} in all and more than
 * {@code hub_fanout} inside one window; of an intermediary that is not a hub, the first
 * {@code hub_fanout} + 1 onward transfers within the horizon are followed.
 */
public final class FanOutFanInDetector {

    private final PatternContext c;

    public FanOutFanInDetector(PatternContext c) {
        this.c = c;
    }

    public void run(Consumer<? super FanOutFanIn> out) {
        TransferGraph g = c.g;
        long horizon = c.seconds("fan_horizon_hours");
        long window = c.seconds("fan_window_hours"); // judges hubs only: which addresses are followed at all
        // the reviewed floor: a source sending more than this in all (and more than hub_fanout inside one fan_window_hours) is a hub
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
                // the first hub_fanout + 1 onward transfers within the horizon; r is a hub when all of them come within the window
                int inWindow = 0;
                while (qEnd < g.outStart[r + 1] && qEnd - q0 <= c.hubFanout && g.time(g.outIdx[qEnd]) - g.time(e1) <= horizon) {
                    if (g.time(g.outIdx[qEnd]) - g.time(e1) <= window) {
                        inWindow++;
                    }
                    qEnd++;
                }
                if (inWindow > c.hubFanout) {
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
                fact(s, en.getKey(), en.getValue(), out);
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

    private void fact(int s, int d, IntList pairs, Consumer<? super FanOutFanIn> out) {
        TransferGraph g = c.g;
        int m = pairs.size() / 2;
        Set<Integer> intermediaries = new HashSet<>();
        for (int j = 0; j < m; j++) {
            intermediaries.add(g.to[pairs.get(2 * j)]);
        }
        if (intermediaries.size() < 2) {
            return; // before any evidence is made: most pairs have one intermediary
        }
        List<FanOutFanIn.Branch> branches = new ArrayList<>(m);
        // pairs were added in the order of s's outgoing transfers, i.e. by time of e1
        for (int j = 0; j < m; j++) {
            int e1 = pairs.get(2 * j);
            int e2 = pairs.get(2 * j + 1);
            String note = g.priceNote(e1);
            branches.add(new FanOutFanIn.Branch(c.addressSubject(s, e1), g.to[e1], g.txId(e1), g.time(e1), g.time(e2), g.usd[e1],
                    note == null ? null : g.txId(e1) + " at " + note, c.ev(e1, "fan_out"), c.ev(e2, "fan_in")));
        }
        out.accept(FanOutFanIn.of(g.address(s) + " on " + g.chainOfNode(s), g.address(d), branches));
    }
}
