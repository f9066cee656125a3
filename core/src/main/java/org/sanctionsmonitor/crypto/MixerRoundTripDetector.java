package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;
import static org.sanctionsmonitor.crypto.PatternContext.hours;
import static org.sanctionsmonitor.crypto.PatternContext.oneDecimal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.finding.Evidence;

/**
 * Mixer round trip: a customer (from_owner) deposits into a labelled mixer and (as to_owner)
 * receives from a labelled mixer within {@code mixer_round_trip_window_hours} after it. One fact
 * per customer, counting deposits followed by such a withdrawal, with the shortest gap (CYB-012
 * compares it with the window); the list entry is set when one of the mixers is listed.
 */
public final class MixerRoundTripDetector {

    private final PatternContext c;

    public MixerRoundTripDetector(PatternContext c) {
        this.c = c;
    }

    public void run(Consumer<? super MixerRoundTrip> out) {
        TransferGraph g = c.g;
        long window = c.seconds("mixer_round_trip_window_hours");
        Map<Integer, IntList> deposits = new TreeMap<>();
        Map<Integer, IntList> withdrawals = new HashMap<>();
        for (int rank = 0; rank < g.transfers(); rank++) {
            int t = g.byTime(rank);
            if (c.mixer[g.to[t]] && g.fromOwner(t) >= 0) {
                deposits.computeIfAbsent(g.fromOwner(t), k -> new IntList(2)).add(t);
            }
            if (c.mixer[g.from[t]] && g.toOwner(t) >= 0) {
                withdrawals.computeIfAbsent(g.toOwner(t), k -> new IntList(2)).add(t);
            }
        }
        deposits.forEach((owner, ds) -> {
            IntList ws = withdrawals.get(owner);
            if (ws == null) {
                return;
            }
            int pairs = 0;
            long minGap = Long.MAX_VALUE;
            List<Evidence> evidence = new ArrayList<>();
            ListedEntity entity = null;
            int first = -1;
            int firstW = -1;
            for (int i = 0; i < ds.size(); i++) {
                int d = ds.get(i);
                for (int k = 0; k < ws.size(); k++) {
                    int w = ws.get(k);
                    long gap = g.time(w) - g.time(d);
                    if (gap > 0 && gap <= window) {
                        pairs++;
                        if (first < 0) {
                            first = d;
                            firstW = w;
                        }
                        minGap = Math.min(minGap, gap);
                        if (entity == null) {
                            entity = c.listedService.getOrDefault(g.to[d], c.listedService.get(g.from[w]));
                        }
                        if (evidence.size() < MAX_EVIDENCE) {
                            evidence.add(c.ev(d, "mixer_deposit"));
                            evidence.add(c.ev(w, "mixer_withdrawal"));
                        }
                        break;
                    }
                }
            }
            if (pairs == 0) {
                return;
            }
            String name = g.owner(owner);
            String expl = "customer " + name + " sent funds into a mixer (" + g.txId(first) + " to " + g.address(g.to[first])
                    + ") and received from a mixer " + oneDecimal(hours(g.time(firstW) - g.time(first)))
                    + " hours later (" + g.txId(firstW) + " from " + g.address(g.from[firstW]) + ")"
                    + (pairs > 1 ? "; " + pairs + " such round trips in all" : "")
                    + (entity != null ? "; the mixer is listed as " + entity.label() : "") + ".";
            out.accept(new MixerRoundTrip(c.customerSubject(name, first), entity, name, pairs, hours(minGap), g.usd[first],
                    expl, evidence));
        });
    }
}
