package org.sanctionsmonitor.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * Finds laundering-pattern candidates in the transfer graph (mechanics only: rules decide, with
 * the reviewed parameters, which are findings). Each detector is documented at its method; every
 * one skips addresses labelled as services (exchanges, mixers, bridges) where it would otherwise
 * mark ordinary custody flows. Amounts are compared only between transfers of the same asset,
 * except where the USD value is used (pass-through minimum, chain hops, structuring).
 */
public final class PatternAnalysis {

    /** Most transfers shown as evidence for one candidate (the counts are always complete). */
    static final int MAX_EVIDENCE = 24;

    /**
     * An address that sends more than this many transfers inside one pattern window is treated as
     * an unlabelled service (a hub) by the pass-through and fan detectors: scanning every hub's
     * outflow for every inflow would be quadratic, and such flows are custody, not layering.
     */
    static final int HUB_FANOUT = 64;

    private final TransferGraph g;
    private final GraphParameters p;
    private final boolean[] service;
    private final boolean[] mixer;
    private final boolean[] bridge;
    private final Map<Integer, ListedEntity> listedService;

    /**
     * @param service       nodes labelled with a stop label type (exchange, mixer, bridge, ...)
     * @param listedService labelled nodes whose service is listed, with the list entry
     */
    public PatternAnalysis(TransferGraph g, GraphParameters p, boolean[] service, boolean[] mixer, boolean[] bridge,
            Map<Integer, ListedEntity> listedService) {
        this.g = g;
        this.p = p;
        this.service = service;
        this.mixer = mixer;
        this.bridge = bridge;
        this.listedService = listedService;
    }

    private long seconds(String hoursParam) {
        return (long) (p.number(hoursParam) * 3600);
    }

    private Evidence ev(int t, String stage) {
        TransferGraph.GraphTransfer s = g.subject(t);
        Map<String, String> f = new LinkedHashMap<>();
        f.put("stage", stage);
        f.putAll(s.facts());
        return new Evidence("path", "transfer", s.subjectId(), s.source(), f);
    }

    private Subject addressSubject(int node, int firstTransfer) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("chain", g.chainOfNode(node));
        f.put("address", g.address(node));
        return new GraphSubject("address", g.address(node), g.subject(firstTransfer).source(), f);
    }

    private Subject customerSubject(String owner, int firstTransfer) {
        return new GraphSubject("customer", owner, g.subject(firstTransfer).source(), Map.of("owner", owner));
    }

    private static double hours(long seconds) {
        return seconds / 3600.0;
    }

    private static String usdText(double usd) {
        return Double.isNaN(usd) ? "an unknown USD value" : "USD " + String.format(Locale.ROOT, "%.2f", usd);
    }

    private String amt(int t) {
        return TransferGraph.amountText(g.amount[t]) + " " + g.assets[g.asset[t]];
    }

    // ---------------------------------------------------------------- chain hops

    /**
     * Chain hopping: a deposit into a labelled bridge on one chain matched to a withdrawal from a
     * labelled bridge on another chain, made after it within {@code chain_hop_window_hours}.
     * Heuristic: the withdrawal's to_owner equals the deposit's from_owner (matched "owner"); or,
     * without a common owner, their USD values differ by at most {@code chain_hop_amount_tolerance}
     * of the deposit (matched "amount"). Deposits are taken in time order and each takes the
     * earliest unused withdrawal that matches (owner matches before amount matches); a withdrawal
     * is used once.
     *
     * @return withdrawal transfer → deposit transfer, for the exposure analysis
     */
    public Map<Integer, Integer> chainHops(Consumer<PatternCandidate> out) {
        long window = seconds("chain_hop_window_hours");
        double tol = p.number("chain_hop_amount_tolerance");
        IntList withdrawals = new IntList(16);
        for (int t : g.byTime) {
            if (bridge[g.from[t]] && !bridge[g.to[t]]) {
                withdrawals.add(t);
            }
        }
        boolean[] used = new boolean[withdrawals.size()];
        Map<Integer, Integer> links = new HashMap<>();
        for (int d : g.byTime) {
            if (!bridge[g.to[d]] || bridge[g.from[d]]) {
                continue;
            }
            int chainD = g.nodeChain[g.to[d]];
            int best = -1;
            boolean byOwner = false;
            int lo = 0;
            int hi = withdrawals.size();
            while (lo < hi) { // first withdrawal strictly after the deposit
                int mid = (lo + hi) >>> 1;
                if (g.time[withdrawals.get(mid)] <= g.time[d]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo; k < withdrawals.size(); k++) {
                int w = withdrawals.get(k);
                long gap = g.time[w] - g.time[d];
                if (gap <= 0 || used[k] || g.nodeChain[g.from[w]] == chainD) {
                    continue;
                }
                if (gap > window) {
                    break;
                }
                boolean owner = g.fromOwner[d] >= 0 && g.fromOwner[d] == g.toOwner[w];
                boolean amount = !Double.isNaN(g.usd[d]) && !Double.isNaN(g.usd[w])
                        && Math.abs(g.usd[w] - g.usd[d]) <= tol * g.usd[d];
                if (owner) {
                    best = k;
                    byOwner = true;
                    break;
                }
                if (amount && best < 0) {
                    best = k;
                }
            }
            if (best < 0) {
                continue;
            }
            used[best] = true;
            int w = withdrawals.get(best);
            links.put(w, d);
            String how = byOwner ? "owner" : "amount";
            String expl = "bridge deposit " + g.txId[d] + " (" + amt(d) + " on " + g.chains[chainD] + " to "
                    + g.address(g.to[d]) + ") re-emerges " + String.format(Locale.ROOT, "%.1f", hours(g.time[w] - g.time[d]))
                    + " hours later as bridge withdrawal " + g.txId[w] + " (" + amt(w) + " on " + g.chainOfNode(g.from[w])
                    + " to " + g.address(g.to[w]) + "), matched by "
                    + (byOwner ? "the same owner " + g.owner(g.fromOwner[d]) : "value (" + usdText(g.usd[d]) + " in, " + usdText(g.usd[w]) + " out)")
                    + ".";
            ListedEntity e = listedService.getOrDefault(g.to[d], listedService.get(g.from[w]));
            out.accept(new PatternCandidate("CHAIN_HOP", g.subject(d), e, g.txId[w], 1, hours(g.time[w] - g.time[d]),
                    g.usd[d], how, expl, List.of(ev(d, "bridge_deposit"), ev(w, "bridge_withdrawal"))));
        }
        return links;
    }

    // ---------------------------------------------------------------- peel chains

    /**
     * Peel chains: funds received by an address are, within {@code peel_window_hours}, split into
     * a main transfer carrying at least {@code peel_main_min_ratio} of them (but less than all)
     * and a smaller peel, the two together no more than was received; the main transfer is the
     * next step's input. One candidate per maximal chain of two or more steps, about the address
     * where the chain starts.
     */
    public void peelChains(Consumer<PatternCandidate> out) {
        long window = seconds("peel_window_hours");
        double ratio = p.number("peel_main_min_ratio");
        int n = g.transfers();
        int[] next = new int[n];
        int[] peel = new int[n];
        boolean[] hasPrev = new boolean[n];
        Arrays.fill(next, -1);
        for (int t = 0; t < n; t++) {
            int a = g.to[t];
            if (a == g.from[t] || service[a]) {
                continue;
            }
            double x = g.amount[t];
            int o1 = -1;
            int o2 = -1;
            for (int k = g.firstOutAfter(a, g.time[t]); k < g.outStart[a + 1]; k++) {
                int o = g.outIdx[k];
                if (g.time[o] - g.time[t] > window) {
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
        for (int t : g.byTime) {
            if (next[t] < 0 || hasPrev[t]) {
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(ev(t, "in"));
            int steps = 0;
            int last = t;
            double peeled = 0;
            for (int x = t; next[x] >= 0; x = next[x]) {
                steps++;
                peeled += g.amount[peel[x]];
                if (evidence.size() < MAX_EVIDENCE) {
                    evidence.add(ev(next[x], "main"));
                    evidence.add(ev(peel[x], "peel"));
                }
                last = next[x];
            }
            if (steps < 2) {
                continue;
            }
            int start = g.to[t];
            String expl = steps + " peel steps starting at " + g.address(start) + " on " + g.chainOfNode(start) + " after "
                    + g.txId[t] + " (" + amt(t) + "): at each step most of the funds move on to a new address and a small part ("
                    + TransferGraph.amountText(Math.round(peeled * 1e8) / 1e8) + " " + g.assets[g.asset[t]]
                    + " in all) peels off; the chain ends with " + g.txId[last] + ".";
            out.accept(new PatternCandidate("PEEL_CHAIN", addressSubject(start, t), null, g.txId[t], steps,
                    hours(g.time[last] - g.time[t]), g.usd[t], "", expl, evidence));
        }
    }

    // ---------------------------------------------------------------- pass-through

    /**
     * Rapid pass-through: an address receives at least {@code pass_through_min_usd} and, within
     * {@code pass_through_window_minutes}, sends out (same asset) between
     * {@code pass_through_min_ratio} and (2 minus it) of the amount. One candidate per address,
     * counting its pass-through events.
     */
    public void passThrough(Consumer<PatternCandidate> out) {
        long window = (long) (p.number("pass_through_window_minutes") * 60);
        double ratio = p.number("pass_through_min_ratio");
        double minUsd = p.number("pass_through_min_usd");
        Map<Integer, int[]> count = new TreeMap<>();
        Map<Integer, List<Evidence>> evidence = new HashMap<>();
        Map<Integer, long[]> span = new HashMap<>();
        for (int t : g.byTime) {
            int a = g.to[t];
            if (a == g.from[t] || service[a] || !(g.usd[t] >= minUsd)) {
                continue;
            }
            double x = g.amount[t];
            double sum = 0;
            IntList outs = new IntList(4);
            int k0 = g.firstOutAfter(a, g.time[t]);
            for (int k = k0; k < g.outStart[a + 1]; k++) {
                int o = g.outIdx[k];
                if (g.time[o] - g.time[t] > window) {
                    break;
                }
                if (k - k0 >= HUB_FANOUT) {
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
            count.computeIfAbsent(a, k -> new int[1])[0]++;
            List<Evidence> ev = evidence.computeIfAbsent(a, k -> new ArrayList<>());
            if (ev.size() < MAX_EVIDENCE) {
                ev.add(ev(t, "in"));
                for (int k = 0; k < outs.size() && ev.size() < MAX_EVIDENCE; k++) {
                    ev.add(ev(outs.get(k), "out"));
                }
            }
            long[] s = span.computeIfAbsent(a, k -> new long[] {t, g.time[t], g.time[t]});
            s[2] = Math.max(s[2], g.time[outs.get(outs.size() - 1)]);
        }
        count.forEach((a, c) -> {
            long[] s = span.get(a);
            int first = (int) s[0];
            String expl = g.address(a) + " on " + g.chainOfNode(a) + " forwarded what it received almost in full within "
                    + TransferGraph.amountText(p.number("pass_through_window_minutes")) + " minutes " + c[0]
                    + (c[0] == 1 ? " time" : " times") + ", first after " + g.txId[first] + " (" + amt(first) + ").";
            out.accept(new PatternCandidate("PASS_THROUGH", addressSubject(a, first), null, g.address(a), c[0],
                    hours(s[2] - s[1]), g.usd[first], "", expl, evidence.get(a)));
        });
    }

    // ---------------------------------------------------------------- fan-out, fan-in

    /**
     * Fan-out then fan-in: an address sends to several addresses that each, after receiving, send
     * on to one common address, all within {@code fan_window_hours} of the first split. One
     * candidate per (source, recombining address) with two or more distinct intermediaries.
     */
    public void fanOutFanIn(Consumer<PatternCandidate> out) {
        long window = seconds("fan_window_hours");
        for (int s = 0; s < g.nodes(); s++) {
            if (service[s] || g.outStart[s + 1] - g.outStart[s] < 2) {
                continue;
            }
            if (g.outStart[s + 1] - g.outStart[s] > 16 * HUB_FANOUT && busiestWindow(s, window) > HUB_FANOUT) {
                continue; // s is a hub
            }
            Map<Integer, IntList> bySink = null;
            for (int k = g.outStart[s]; k < g.outStart[s + 1]; k++) {
                int e1 = g.outIdx[k];
                int r = g.to[e1];
                if (r == s || service[r]) {
                    continue;
                }
                int q0 = g.firstOutAfter(r, g.time[e1]);
                int qEnd = q0;
                while (qEnd < g.outStart[r + 1] && qEnd - q0 <= HUB_FANOUT && g.time[g.outIdx[qEnd]] - g.time[e1] <= window) {
                    qEnd++;
                }
                if (qEnd - q0 > HUB_FANOUT) {
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
                fanCandidate(s, en.getKey(), en.getValue(), window, out);
            }
        }
    }

    /** The most outgoing transfers of a node inside any window. */
    private int busiestWindow(int node, long window) {
        int best = 0;
        int j = g.outStart[node];
        for (int i = g.outStart[node]; i < g.outStart[node + 1]; i++) {
            while (j < g.outStart[node + 1] && g.time[g.outIdx[j]] - g.time[g.outIdx[i]] <= window) {
                j++;
            }
            best = Math.max(best, j - i);
        }
        return best;
    }

    private void fanCandidate(int s, int d, IntList pairs, long window, Consumer<PatternCandidate> out) {
        int m = pairs.size() / 2;
        if (m < 2) {
            return;
        }
        // pairs were added in the order of s's outgoing transfers, i.e. by time of e1
        int bestStart = -1;
        Set<Integer> best = Set.of();
        for (int i = 0; i < m; i++) {
            long end = g.time[pairs.get(2 * i)] + window;
            Set<Integer> rs = new HashSet<>();
            for (int j = i; j < m; j++) {
                if (g.time[pairs.get(2 * j + 1)] <= end && g.time[pairs.get(2 * j)] <= end) {
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
        long end = g.time[pairs.get(2 * bestStart)] + window;
        List<Evidence> outs = new ArrayList<>();
        List<Evidence> ins = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        double usd = 0;
        long last = 0;
        for (int j = bestStart; j < m; j++) {
            int e1 = pairs.get(2 * j);
            int e2 = pairs.get(2 * j + 1);
            if (g.time[e2] > end || g.time[e1] > end || !seen.add(g.to[e1])) {
                continue;
            }
            usd += g.usd[e1];
            last = Math.max(last, g.time[e2]);
            if (outs.size() + ins.size() < MAX_EVIDENCE) {
                outs.add(ev(e1, "fan_out"));
                ins.add(ev(e2, "fan_in"));
            }
        }
        List<Evidence> evidence = new ArrayList<>(outs);
        evidence.addAll(ins);
        int first = pairs.get(2 * bestStart);
        String expl = g.address(s) + " on " + g.chainOfNode(s) + " split funds across " + best.size()
                + " addresses that recombined at " + g.address(d) + " within "
                + String.format(Locale.ROOT, "%.1f", hours(last - g.time[first])) + " hours, starting with " + g.txId[first] + ".";
        out.accept(new PatternCandidate("FAN_OUT_FAN_IN", addressSubject(s, first), null, g.address(d), best.size(),
                hours(last - g.time[first]), usd, "", expl, evidence));
    }

    // ---------------------------------------------------------------- structuring

    /**
     * Structuring: transfers by one sender (its from_owner when given, else its address) valued
     * between {@code structuring_threshold_usd} × (1 − {@code structuring_margin}) and just under
     * the threshold; one candidate per sender, with the largest number of such transfers inside
     * any {@code structuring_window_hours} window (two or more).
     */
    public void structuring(Consumer<PatternCandidate> out) {
        double thr = p.number("structuring_threshold_usd");
        double low = thr * (1 - p.number("structuring_margin"));
        long window = seconds("structuring_window_hours");
        Map<String, IntList> bySender = new TreeMap<>();
        for (int t : g.byTime) {
            double u = g.usd[t];
            if (u >= low && u < thr) {
                String key = g.fromOwner[t] >= 0 ? "C|" + g.owner(g.fromOwner[t]) : "A|" + g.chainOfNode(g.from[t]) + "|" + g.from[t];
                bySender.computeIfAbsent(key, k -> new IntList(4)).add(t);
            }
        }
        bySender.forEach((key, list) -> {
            int bestI = 0;
            int bestN = 0;
            int j = 0;
            for (int i = 0; i < list.size(); i++) {
                while (j < list.size() && g.time[list.get(j)] - g.time[list.get(i)] <= window) {
                    j++;
                }
                if (j - i > bestN) {
                    bestN = j - i;
                    bestI = i;
                }
            }
            if (bestN < 2) {
                return;
            }
            int first = list.get(bestI);
            int lastT = list.get(bestI + bestN - 1);
            List<Evidence> evidence = new ArrayList<>();
            double sum = 0;
            for (int k = bestI; k < bestI + bestN; k++) {
                sum += g.usd[list.get(k)];
                if (evidence.size() < MAX_EVIDENCE) {
                    evidence.add(ev(list.get(k), "just_under_threshold"));
                }
            }
            boolean customer = key.startsWith("C|");
            String who = customer ? "customer " + g.owner(g.fromOwner[first]) : g.address(g.from[first]) + " on " + g.chainOfNode(g.from[first]);
            String expl = who + " sent " + bestN + " transfers each between USD " + TransferGraph.amountText(low) + " and just under the USD "
                    + TransferGraph.amountText(thr) + " reporting threshold within "
                    + String.format(Locale.ROOT, "%.1f", hours(g.time[lastT] - g.time[first])) + " hours (" + usdText(sum) + " in all), from "
                    + g.txId[first] + " to " + g.txId[lastT] + ".";
            Subject subject = customer ? customerSubject(g.owner(g.fromOwner[first]), first) : addressSubject(g.from[first], first);
            out.accept(new PatternCandidate("STRUCTURING", subject, null, subject.subjectId(), bestN,
                    hours(g.time[lastT] - g.time[first]), sum, "", expl, evidence));
        });
    }

    // ---------------------------------------------------------------- mixer round trips

    /**
     * Mixer round trip: a customer (from_owner) deposits into a labelled mixer and (as to_owner)
     * receives from a labelled mixer within {@code mixer_round_trip_window_hours} after it. One
     * candidate per customer, counting deposits followed by such a withdrawal; the list entry is
     * set when one of the mixers is listed.
     */
    public void mixerRoundTrips(Consumer<PatternCandidate> out) {
        long window = seconds("mixer_round_trip_window_hours");
        Map<Integer, IntList> deposits = new TreeMap<>();
        Map<Integer, IntList> withdrawals = new HashMap<>();
        for (int t : g.byTime) {
            if (mixer[g.to[t]] && g.fromOwner[t] >= 0) {
                deposits.computeIfAbsent(g.fromOwner[t], k -> new IntList(2)).add(t);
            }
            if (mixer[g.from[t]] && g.toOwner[t] >= 0) {
                withdrawals.computeIfAbsent(g.toOwner[t], k -> new IntList(2)).add(t);
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
                    long gap = g.time[w] - g.time[d];
                    if (gap > 0 && gap <= window) {
                        pairs++;
                        if (first < 0) {
                            first = d;
                            firstW = w;
                        }
                        minGap = Math.min(minGap, gap);
                        if (entity == null) {
                            entity = listedService.getOrDefault(g.to[d], listedService.get(g.from[w]));
                        }
                        if (evidence.size() < MAX_EVIDENCE) {
                            evidence.add(ev(d, "mixer_deposit"));
                            evidence.add(ev(w, "mixer_withdrawal"));
                        }
                        break;
                    }
                }
            }
            if (pairs == 0) {
                return;
            }
            String name = g.owner(owner);
            String expl = "customer " + name + " sent funds into a mixer (" + g.txId[first] + " to " + g.address(g.to[first])
                    + ") and received from a mixer " + String.format(Locale.ROOT, "%.1f", hours(g.time[firstW] - g.time[first]))
                    + " hours later (" + g.txId[firstW] + " from " + g.address(g.from[firstW]) + ")"
                    + (pairs > 1 ? "; " + pairs + " such round trips in all" : "")
                    + (entity != null ? "; the mixer is listed as " + entity.label() : "") + ".";
            out.accept(new PatternCandidate("MIXER_ROUND_TRIP", customerSubject(name, first), entity, name, pairs,
                    hours(minGap), g.usd[first], "", expl, evidence));
        });
    }
}
