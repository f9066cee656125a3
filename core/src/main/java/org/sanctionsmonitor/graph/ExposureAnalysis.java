package org.sanctionsmonitor.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sanctionsmonitor.model.ListedEntity;

/**
 * Follows listed funds forward in time through the transfer graph.
 *
 * <p>Transfers are visited in time order. A transfer out of a listed address delivers that entry's
 * taint at hop 1; a transfer out of an address holding taint delivers it at one hop more, but only
 * taint the sender received <em>strictly before</em> the transfer (transfers with the same
 * timestamp do not feed each other), only up to {@code maxHops}, and only while the transfer is
 * within the look-back window of the path's first hop. Sending funds <em>to</em> a listed or
 * exposed address taints nobody: taint flows only with the funds. Labelled services (stop label
 * types: exchanges, mixers, bridges) receive taint but do not pass it on to everyone they pay,
 * except that a bridge withdrawal matched to a tainted bridge deposit (the crypto stage's chain-hop detector) carries
 * the deposit's taint across chains.</p>
 *
 * <p>Per address and entry the state keeps the shortest path (fewest hops; among equal hops the
 * most recent start) and the sum of the listed funds received; a transfer's exposed amount is
 * bounded by the smaller of its own USD value and that sum.</p>
 */
public final class ExposureAnalysis {

    private final TransferGraph g;
    private final int maxHops;
    private final long lookbackSeconds;
    private final Map<Integer, int[]> sources;
    private final boolean[] stop;
    private final boolean[] bridge;
    private final Map<Integer, Integer> bridgeLink;
    private final List<ListedEntity> entities;
    /** Source nodes listed only for another EVM chain: node → the sentence that explains the hop. */
    private Map<Integer, String> sourceNotes = Map.of();
    /** The fewest hops an emitted Exposure has: 2 for listed addresses (hop 1 is SAN-001); 1 for hack proceeds. */
    private final int minEmitHops;

    // delivery records
    private final IntList recTransfer = new IntList(1024);
    private final IntList recEntity = new IntList(1024);
    private final IntList recHops = new IntList(1024);
    private final IntList recParent = new IntList(1024);
    private final IntList recBridge = new IntList(1024);
    private long[] recOrigin = new long[1024];
    private double[] recBound = new double[1024];

    /** Taint held by a node: per entity, the best record and the listed funds received. */
    private static final class Held {
        int[] entity = new int[1];
        int[] best = new int[1];
        double[] inflow = new double[1];
        int n;

        int slot(int e) {
            for (int i = 0; i < n; i++) {
                if (entity[i] == e) {
                    return i;
                }
            }
            return -1;
        }

        int add(int e) {
            if (n == entity.length) {
                entity = java.util.Arrays.copyOf(entity, n * 2);
                best = java.util.Arrays.copyOf(best, n * 2);
                inflow = java.util.Arrays.copyOf(inflow, n * 2);
            }
            entity[n] = e;
            inflow[n] = 0;
            return n++;
        }
    }

    private final Map<Integer, Held> held = new HashMap<>();
    private final Map<Integer, IntList> depositRecords = new HashMap<>();
    private long exposures;

    /**
     * @param sources    node → indexes into {@code entities} of the entries that list it (same chain)
     * @param stop       nodes that receive but do not pass on taint (labelled services)
     * @param bridge     nodes labelled bridge
     * @param bridgeLink bridge withdrawal transfer → the bridge deposit transfer it was matched to
     */
    public ExposureAnalysis(TransferGraph g, int maxHops, long lookbackSeconds, Map<Integer, int[]> sources,
            boolean[] stop, boolean[] bridge, Map<Integer, Integer> bridgeLink, List<ListedEntity> entities) {
        this(g, maxHops, lookbackSeconds, sources, stop, bridge, bridgeLink, entities, 2);
    }

    /**
     * The same, emitting paths from {@code minEmitHops} hops: the crypto stage follows hack
     * proceeds (labelled sources, not list entries) with 1, since no screening rule covers the
     * transfer out of a labelled address.
     */
    public ExposureAnalysis(TransferGraph g, int maxHops, long lookbackSeconds, Map<Integer, int[]> sources,
            boolean[] stop, boolean[] bridge, Map<Integer, Integer> bridgeLink, List<ListedEntity> entities, int minEmitHops) {
        this.minEmitHops = minEmitHops;
        this.g = g;
        this.maxHops = maxHops;
        this.lookbackSeconds = lookbackSeconds;
        this.sources = sources;
        this.stop = stop;
        this.bridge = bridge;
        this.bridgeLink = bridgeLink;
        this.entities = entities;
    }

    /**
     * Notes for source nodes that are listed only through the same EVM key on another chain
     * (the crypto stage's cross-chain keys); each Exposure from such a node carries its note.
     */
    public ExposureAnalysis sourceNotes(Map<Integer, String> notes) {
        this.sourceNotes = Map.copyOf(notes);
        return this;
    }

    public long exposures() {
        return exposures;
    }

    public long records() {
        return recTransfer.size();
    }

    public long taintedAddresses() {
        return held.size();
    }

    /** Runs the analysis; emits one Exposure per transfer and entry reached at hop 2 or more. */
    public void run(Consumer<Exposure> out) {
        int n = g.transfers();
        IntList pending = new IntList(64);
        int i = 0;
        while (i < n) {
            int j = i;
            long t0 = g.time(g.byTime(i));
            while (j < n && g.time(g.byTime(j)) == t0) {
                j++;
            }
            pending.clear();
            for (int k = i; k < j; k++) {
                visit(g.byTime(k), pending);
            }
            for (int p = 0; p < pending.size(); p++) {
                apply(pending.get(p), out);
            }
            i = j;
        }
    }

    /** Proposes the deliveries of transfer t as records (applied after the timestamp group). */
    private void visit(int t, IntList pending) {
        int f = g.from[t];
        int d = g.to[t];
        if (f == d) {
            return;
        }
        long time = g.time(t);
        double usd = g.usd[t];
        int[] src = sources.get(f);
        int first = recTransfer.size();
        if (src != null) {
            for (int e : src) {
                propose(t, e, 1, time, -1, usd, false, first);
            }
        }
        Integer dep = bridgeLink.get(t);
        if (dep != null) {
            IntList rs = depositRecords.get(dep);
            if (rs != null) {
                for (int k = 0; k < rs.size(); k++) {
                    int r = rs.get(k);
                    if (recHops.get(r) < maxHops && time - recOrigin[r] <= lookbackSeconds) {
                        propose(t, recEntity.get(r), recHops.get(r) + 1, recOrigin[r], r, min(usd, recBound[r]), true, first);
                    }
                }
            }
        }
        if (!stop[f]) {
            Held h = held.get(f);
            if (h != null) {
                for (int s = 0; s < h.n; s++) {
                    int r = h.best[s];
                    if (recHops.get(r) < maxHops && time - recOrigin[r] <= lookbackSeconds && !listedFor(f, h.entity[s])) {
                        propose(t, h.entity[s], recHops.get(r) + 1, recOrigin[r], r, min(usd, h.inflow[s]), false, first);
                    }
                }
            }
        }
        for (int r = first; r < recTransfer.size(); r++) {
            pending.add(r);
        }
    }

    private boolean listedFor(int node, int e) {
        int[] src = sources.get(node);
        if (src != null) {
            for (int x : src) {
                if (x == e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double min(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return Math.min(a, b);
    }

    /** Adds a record for (t, e) unless this transfer already has one for e with no more hops. */
    private void propose(int t, int e, int hops, long origin, int parent, double bound, boolean viaBridge, int first) {
        for (int r = first; r < recTransfer.size(); r++) {
            if (recEntity.get(r) == e) {
                if (recHops.get(r) <= hops) {
                    return;
                }
                set(r, t, e, hops, origin, parent, bound, viaBridge);
                return;
            }
        }
        int r = recTransfer.size();
        recTransfer.add(0);
        recEntity.add(0);
        recHops.add(0);
        recParent.add(0);
        recBridge.add(0);
        if (r == recOrigin.length) {
            recOrigin = java.util.Arrays.copyOf(recOrigin, r * 2);
            recBound = java.util.Arrays.copyOf(recBound, r * 2);
        }
        set(r, t, e, hops, origin, parent, bound, viaBridge);
    }

    private void set(int r, int t, int e, int hops, long origin, int parent, double bound, boolean viaBridge) {
        recTransfer.set(r, t);
        recEntity.set(r, e);
        recHops.set(r, hops);
        recParent.set(r, parent);
        recBridge.set(r, viaBridge || (parent >= 0 && recBridge.get(parent) == 1) ? 1 : 0);
        recOrigin[r] = origin;
        recBound[r] = bound;
    }

    private void apply(int r, Consumer<Exposure> out) {
        int t = recTransfer.get(r);
        int e = recEntity.get(r);
        int d = g.to[t];
        if (recHops.get(r) >= minEmitHops) {
            exposures++;
            out.accept(exposure(r));
        }
        if (bridge[d]) {
            depositRecords.computeIfAbsent(t, k -> new IntList(2)).add(r);
        }
        if (stop[d] || listedFor(d, e)) {
            return;
        }
        Held h = held.computeIfAbsent(d, k -> new Held());
        int s = h.slot(e);
        if (s < 0) {
            s = h.add(e);
            h.best[s] = r;
        } else {
            int b = h.best[s];
            if (recHops.get(r) < recHops.get(b) || (recHops.get(r) == recHops.get(b) && recOrigin[r] > recOrigin[b])) {
                h.best[s] = r;
            }
        }
        double bound = recBound[r];
        h.inflow[s] = Double.isNaN(bound) || Double.isNaN(h.inflow[s]) ? Double.NaN : h.inflow[s] + bound;
    }

    private Exposure exposure(int r) {
        List<TransferGraph.GraphTransfer> path = new ArrayList<>();
        for (int x = r; x >= 0; x = recParent.get(x)) {
            path.add(g.subject(recTransfer.get(x)));
        }
        java.util.Collections.reverse(path);
        int first = path.get(0).index();
        return new Exposure(g.subject(recTransfer.get(r)), entities.get(recEntity.get(r)), recHops.get(r), path,
                g.address(g.from[first]), recBound[r], recBridge.get(r) == 1, sourceNotes.get(g.from[first]));
    }
}
