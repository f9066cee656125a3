package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.MAX_EVIDENCE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.graph.TransferGraph;

/**
 * Unlabelled services: per address without a stop label, the most distinct counterparties it
 * sends to inside any {@code hub_window_hours} window (a sliding window over its outgoing
 * transfers in time order, one counter per recipient: linear in the transfers). Every address
 * above the search floor {@code service_like_floor} gets a {@link ServiceLikeAddress} fact with
 * the count, and CYB-004 decides (with {@code hub_fanout}) which ask for a label. An address above
 * {@code hub_fanout} is also marked as a hub, so that exposure is not spread through it (as through
 * a labelled exchange): that cut-off is the exposure analysis' own, applied here.
 */
public final class ServiceLikeDetector {

    private final PatternContext c;

    public ServiceLikeDetector(PatternContext c) {
        this.c = c;
    }

    /**
     * Marks hubs (above hub_fanout) in the returned array (by node) and hands the fact of each
     * address above the floor to {@code out}, in node order.
     */
    public boolean[] run(Consumer<? super ServiceLikeAddress> out) {
        TransferGraph g = c.g;
        long window = c.seconds("hub_window_hours");
        int floor = (int) c.p.number("service_like_floor");
        boolean[] hub = new boolean[g.nodes()];
        int[] seen = new int[g.nodes()];
        for (int s = 0; s < g.nodes(); s++) {
            int start = g.outStart[s];
            int end = g.outStart[s + 1];
            if (c.service[s] || end - start <= floor) {
                continue; // labelled, or too few transfers to have that many counterparties
            }
            int distinct = 0;
            int best = 0;
            int bestAt = start;
            int j = start;
            for (int i = start; i < end; i++) {
                while (j < end && g.time(g.outIdx[j]) - g.time(g.outIdx[i]) <= window) {
                    if (seen[g.to[g.outIdx[j]]]++ == 0) {
                        distinct++;
                    }
                    j++;
                }
                if (distinct > best) {
                    best = distinct;
                    bestAt = i;
                }
                if (--seen[g.to[g.outIdx[i]]] == 0) {
                    distinct--;
                }
            }
            if (best > floor) {
                hub[s] = best > c.hubFanout;
                out.accept(fact(s, best, bestAt, (long) end - start + g.inStart[s + 1] - g.inStart[s], hub[s]));
            }
        }
        return hub;
    }

    /**
     * The fact about hub {@code s}: {@code counterparties} in its busiest window, which starts at
     * its outgoing position {@code bestAt}, and {@code touched} transfers sent or received in all; {@code hub} whether it is above hub_fanout
     * (it stops exposure).
     * Public for the Spark job, which measures these over every transfer and builds the fact on a
     * graph of the window's first transfers only (those the evidence shows).
     */
    public ServiceLikeAddress fact(int s, int counterparties, int bestAt, long touched, boolean hub) {
        TransferGraph g = c.g;
        long window = c.seconds("hub_window_hours");
        int first = g.outIdx[bestAt];
        List<Evidence> evidence = new ArrayList<>();
        for (int k = bestAt; k < g.outStart[s + 1] && evidence.size() < MAX_EVIDENCE
                && g.time(g.outIdx[k]) - g.time(first) <= window; k++) {
            evidence.add(c.ev(g.outIdx[k], "payout"));
        }
        double hours = PatternContext.hours(window);
        String chain = g.chainOfNode(s);
        String expl = g.address(s) + " on " + chain + " has no stop label (exposure_stop_label_types) but sent to " + counterparties
                + " distinct counterparties within " + PatternContext.oneDecimal(hours) + " hours from "
                + g.subject(first).timestamp() + " (" + touched + " transfers sent or received in all): it behaves like a"
                + " service, so exposure was " + (hub ? "not" : "still (at most hub_fanout counterparties)")
                + " spread through it; label it so that its payouts are judged as a service's";
        return new ServiceLikeAddress(c.addressSubject(s, first), chain, g.address(s), counterparties, hours, touched, hub, expl,
                evidence);
    }
}
