package org.sanctionsmonitor.crypto;

import static org.sanctionsmonitor.crypto.PatternContext.hours;
import static org.sanctionsmonitor.crypto.PatternContext.oneDecimal;
import static org.sanctionsmonitor.crypto.PatternContext.usdText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.IntList;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * Chain hopping: a deposit into a labelled bridge on one chain matched to a withdrawal from a
 * labelled bridge on another chain, made after it. The links within {@code chain_hop_window_hours}
 * and {@code chain_hop_amount_tolerance} carry exposure; a deposit without one is also measured
 * against its first match up to the search horizons {@code chain_hop_horizon_hours} (time) and
 * {@code chain_hop_amount_horizon} (value difference), so that the rule, not Java, decides the
 * window and the tolerance.
 * Heuristic: the withdrawal's to_owner equals the deposit's from_owner (matched "owner"); or,
 * without a common owner, their USD values differ by at most {@code chain_hop_amount_tolerance}
 * of the deposit (matched "usd"); or, when a USD value is unknown, the same asset's native amounts
 * differ by at most that share (matched "amount"). Deposits are taken in time order and each takes
 * the earliest unused withdrawal that matches (owner matches before value matches); a withdrawal
 * is used once. The window and tolerance define which pairs are linked (a linked withdrawal also
 * carries the deposit's exposure); the facts, emitted in deposit order, carry the measured hours
 * and difference, and CYB-033 compares them with the parameters: a rule file or table may widen
 * either up to its horizon (a wider one is refused when the rules are loaded).
 */
public final class ChainHopDetector {

    private final PatternContext c;

    public ChainHopDetector(PatternContext c) {
        this.c = c;
    }

    /** @return withdrawal transfer → deposit transfer (the links within the window), for the exposure analysis */
    public Map<Integer, Integer> run(Consumer<? super ChainHop> out) {
        TransferGraph g = c.g;
        boolean[] bridge = c.bridge;
        long window = c.seconds("chain_hop_window_hours");
        long horizon = c.seconds("chain_hop_horizon_hours");
        double tol = c.p.number("chain_hop_amount_tolerance");
        double tolHorizon = c.p.number("chain_hop_amount_horizon");
        IntList withdrawals = new IntList(16);
        for (int rank = 0; rank < g.transfers(); rank++) {
            int t = g.byTime(rank);
            if (bridge[g.from[t]] && !bridge[g.to[t]]) {
                withdrawals.add(t);
            }
        }
        IntList deposits = new IntList(16);
        for (int rank = 0; rank < g.transfers(); rank++) {
            int d = g.byTime(rank);
            if (bridge[g.to[d]] && !bridge[g.from[d]]) {
                deposits.add(d);
            }
        }
        boolean[] used = new boolean[withdrawals.size()];
        int[] pairedWith = new int[deposits.size()];
        Map<Integer, Integer> links = new HashMap<>();
        // the links: each deposit takes the earliest unused match within the window
        for (int i = 0; i < deposits.size(); i++) {
            int d = deposits.get(i);
            int best = match(d, withdrawals, used, 0, window, tol);
            pairedWith[i] = best;
            if (best >= 0) {
                used[best] = true;
                links.put(withdrawals.get(best), d);
            }
        }
        // up to the search horizons: a deposit without a link is measured against the earliest match
        // still unused (by owner up to the time horizon, else by value up to the value horizon), for
        // the rule to judge (it carries no exposure); no unused withdrawal inside the window matched
        // it within the tolerance, so each such pair lies beyond the window or the tolerance
        for (int i = 0; i < deposits.size(); i++) {
            if (pairedWith[i] < 0) {
                int best = match(deposits.get(i), withdrawals, used, 0, horizon, tolHorizon);
                pairedWith[i] = best;
                if (best >= 0) {
                    used[best] = true;
                }
            }
        }
        for (int i = 0; i < deposits.size(); i++) {
            if (pairedWith[i] >= 0) {
                out.accept(fact(deposits.get(i), withdrawals.get(pairedWith[i])));
            }
        }
        return links;
    }

    /**
     * The withdrawal (index into {@code withdrawals}) a deposit pairs with among the unused ones on
     * another chain whose gap is in (from, to] seconds: the earliest with the deposit's owner, else
     * the earliest whose value differs by at most {@code tol}; -1 when none.
     */
    private int match(int d, IntList withdrawals, boolean[] used, long from, long to, double tol) {
        TransferGraph g = c.g;
        int chainD = g.nodeChain[g.to[d]];
        int best = -1;
        int lo = 0;
        int hi = withdrawals.size();
        while (lo < hi) { // first withdrawal strictly after the deposit
            int mid = (lo + hi) >>> 1;
            if (g.time(withdrawals.get(mid)) <= g.time(d)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k = lo; k < withdrawals.size(); k++) {
            int w = withdrawals.get(k);
            long gap = g.time(w) - g.time(d);
            if (gap <= from || used[k] || g.nodeChain[g.from[w]] == chainD) {
                continue;
            }
            if (gap > to) {
                break;
            }
            if (g.fromOwner(d) >= 0 && g.fromOwner(d) == g.toOwner(w)) {
                return k;
            }
            if (best < 0 && difference(d, w) <= tol) {
                best = k;
            }
        }
        return best;
    }

    private ChainHop fact(int d, int w) {
        TransferGraph g = c.g;
        boolean byOwner = g.fromOwner(d) >= 0 && g.fromOwner(d) == g.toOwner(w);
        boolean valued = !Double.isNaN(g.usd[d]) && !Double.isNaN(g.usd[w]);
        String how = byOwner ? "owner" : valued ? "usd" : "amount";
        double diff = difference(d, w);
        String by = switch (how) {
            case "owner" -> "the same owner " + g.owner(g.fromOwner(d));
            case "usd" -> "value (" + usdText(g.usd[d]) + " in, " + usdText(g.usd[w]) + " out)";
            default -> "native amount (" + c.amt(d) + " in, " + c.amt(w) + " out; no USD value known, so the USD comparison could not be applied)";
        };
        String expl = "bridge deposit " + g.txId(d) + " (" + c.amt(d) + " on " + g.chains[g.nodeChain[g.to[d]]] + " to "
                + g.address(g.to[d]) + ") re-emerges " + oneDecimal(hours(g.time(w) - g.time(d)))
                + " hours later as bridge withdrawal " + g.txId(w) + " (" + c.amt(w) + " on " + g.chainOfNode(g.from[w])
                + " to " + g.address(g.to[w]) + "), matched by " + by + c.priceNote(d, w) + ".";
        ListedEntity e = c.listedService.getOrDefault(g.to[d], c.listedService.get(g.from[w]));
        return new ChainHop(g.subject(d), e, g.txId(w), hours(g.time(w) - g.time(d)), how, diff, g.usd[d], expl,
                List.of(c.ev(d, "bridge_deposit"), c.ev(w, "bridge_withdrawal")));
    }

    /**
     * The relative difference of a withdrawal's value from its deposit's: in USD when both are
     * valued; else in native units when both are the same asset; else NaN (no comparison).
     */
    private double difference(int d, int w) {
        TransferGraph g = c.g;
        if (!Double.isNaN(g.usd[d]) && !Double.isNaN(g.usd[w])) {
            return g.usd[d] > 0 ? Math.abs(g.usd[w] - g.usd[d]) / g.usd[d] : Double.NaN;
        }
        if (g.asset[d] == g.asset[w] && g.amount[d] > 0) {
            return Math.abs(g.amount[w] - g.amount[d]) / g.amount[d];
        }
        return Double.NaN;
    }
}
