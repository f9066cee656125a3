package org.sanctionsmonitor.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.screening.AddressMatch;
import org.sanctionsmonitor.screening.LabelIndex;

/**
 * The graph stage of a check: while the transfers stream through screening and the record-local
 * rules, {@link #add} keeps the compact row the graph needs and notes which addresses are listed
 * (from the exact, same-chain {@link AddressMatch}es); after reading, {@link #run} builds the
 * graph and emits the derived facts ({@link Exposure}, {@link PatternCandidate}) for the rules.
 */
public final class GraphAnalysis {

    private final GraphParameters params;
    private final LabelIndex labels;
    private TransferGraph.Builder builder = new TransferGraph.Builder();
    private final Map<Integer, Set<ListedEntity>> listedNodes = new HashMap<>();
    private final Map<String, Long> stats = new LinkedHashMap<>();

    public GraphAnalysis(GraphParameters params, LabelIndex labels) {
        this.params = params;
        this.labels = labels;
    }

    /** Keeps a transfer's compact row; notes its listed ends from the screening candidates. */
    public void add(Transfer t, List<? extends Match> candidates) {
        add(t, TransferGraph.Ends.of(t), candidates);
    }

    /** The same, with the transfer's address keys made beforehand (on a worker thread). */
    public void add(Transfer t, TransferGraph.Ends ends, List<? extends Match> candidates) {
        builder.add(t, ends);
        for (Match m : candidates) {
            if (m instanceof AddressMatch a && a.sameChain()) {
                for (AddressMatch.Hit h : a.hits()) {
                    int node = builder.node(t.chain(), h.side().equals("from") ? t.fromAddress() : t.toAddress());
                    listedNodes.computeIfAbsent(node, k -> new LinkedHashSet<>()).add(a.entity());
                }
            }
        }
    }

    /** Counters for the manifest: transfers, addresses, exposures, candidates per pattern, timings. */
    public Map<String, Long> stats() {
        return stats;
    }

    /** Builds the graph, runs the analyses and hands each derived fact to {@code out}. */
    public void run(Consumer<Match> out) {
        long t0 = System.nanoTime();
        TransferGraph.Builder b = builder;
        int nodes;
        boolean[] service;
        boolean[] mixer;
        boolean[] bridge;
        Map<Integer, ListedEntity> listedService = new HashMap<>();
        Set<String> stopTypes = params.labelSet("exposure_stop_label_types");
        TransferGraph g = b.build();
        nodes = g.nodes();
        service = new boolean[nodes];
        mixer = new boolean[nodes];
        bridge = new boolean[nodes];
        for (LabelIndex.Resolved r : labels.all()) {
            int node = b.existingNode(r.label().chain(), r.label().address());
            if (node < 0) {
                continue;
            }
            String type = r.label().labelType();
            service[node] |= stopTypes.contains(type);
            mixer[node] |= type.equals("mixer");
            bridge[node] |= type.equals("bridge");
            if (!r.entities().isEmpty()) {
                listedService.putIfAbsent(node, r.entities().get(0));
            }
        }
        builder = null; // the address index is no longer needed
        List<ListedEntity> entities = new ArrayList<>();
        Map<ListedEntity, Integer> entityIds = new HashMap<>();
        Map<Integer, int[]> sources = new HashMap<>();
        listedNodes.forEach((node, es) -> sources.put(node, es.stream()
                .mapToInt(e -> entityIds.computeIfAbsent(e, k -> {
                    entities.add(k);
                    return entities.size() - 1;
                })).toArray()));
        stats.put("transfers", (long) g.transfers());
        stats.put("addresses", (long) nodes);
        stats.put("listed_addresses", (long) sources.size());
        stats.put("build_ms", (System.nanoTime() - t0) / 1_000_000);

        Map<String, Long> perPattern = new LinkedHashMap<>();
        Consumer<PatternCandidate> patterns = c -> {
            perPattern.merge(c.pattern(), 1L, Long::sum);
            out.accept(c);
        };
        long t1 = System.nanoTime();
        PatternAnalysis pa = new PatternAnalysis(g, params, service, mixer, bridge, listedService);
        Map<Integer, Integer> links = pa.chainHops(patterns);
        long t2 = System.nanoTime();
        ExposureAnalysis ea = new ExposureAnalysis(g, (int) params.number("exposure_max_hops"),
                (long) (params.number("exposure_lookback_days") * 86400), sources, service, bridge, links, entities);
        ea.run(out::accept);
        long t3 = System.nanoTime();
        pa.peelChains(patterns);
        pa.passThrough(patterns);
        pa.fanOutFanIn(patterns);
        pa.structuring(patterns);
        pa.mixerRoundTrips(patterns);
        long t4 = System.nanoTime();
        stats.put("exposures", ea.exposures());
        stats.put("exposure_records", ea.records());
        stats.put("tainted_addresses", ea.taintedAddresses());
        for (String pattern : List.of("PEEL_CHAIN", "PASS_THROUGH", "FAN_OUT_FAN_IN", "CHAIN_HOP", "STRUCTURING", "MIXER_ROUND_TRIP")) {
            stats.put("candidates_" + pattern.toLowerCase(java.util.Locale.ROOT), perPattern.getOrDefault(pattern, 0L));
        }
        stats.put("exposure_ms", (t3 - t2) / 1_000_000);
        stats.put("patterns_ms", (t2 - t1 + t4 - t3) / 1_000_000);
    }
}
