package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.hours;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * Mixer round trip, measured: a customer (from_owner) deposits into a labelled mixer and (as
 * to_owner) receives from a labelled mixer after it. Each deposit is paired with the customer's
 * nearest later withdrawal, when that comes within the search horizon
 * {@code mixer_round_trip_horizon_hours} (a reviewed bound on how far Java looks, not the rule's
 * window); one fact per customer with every such round trip and the shortest gap. CYB-012 decides
 * with {@code mixer_round_trip_window_hours}; the list entry is set when one of the mixers is listed.
 */
public final class MixerRoundTripDetector {

    private final PatternContext c;

    public MixerRoundTripDetector(PatternContext c) {
        this.c = c;
    }

    public void run(Consumer<? super MixerRoundTrip> out) {
        TransferGraph g = c.g;
        long horizon = c.seconds("mixer_round_trip_horizon_hours");
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
            String name = g.owner(owner);
            List<MixerRoundTrip.Trip> trips = new ArrayList<>();
            for (int i = 0; i < ds.size(); i++) {
                int d = ds.get(i);
                for (int k = 0; k < ws.size(); k++) { // in time order: the first later one is the nearest
                    int w = ws.get(k);
                    long gap = g.time(w) - g.time(d);
                    if (gap > 0) {
                        if (gap <= horizon) {
                            ListedEntity entity = c.listedService.getOrDefault(g.to[d], c.listedService.get(g.from[w]));
                            trips.add(new MixerRoundTrip.Trip(c.customerSubject(name, d), entity, hours(gap), g.usd[d],
                                    g.txId(d) + " to " + g.address(g.to[d]), g.txId(w) + " from " + g.address(g.from[w]),
                                    c.ev(d, "mixer_deposit"), c.ev(w, "mixer_withdrawal")));
                        }
                        break;
                    }
                }
            }
            if (!trips.isEmpty()) {
                out.accept(MixerRoundTrip.of(name, trips));
            }
        });
    }
}
