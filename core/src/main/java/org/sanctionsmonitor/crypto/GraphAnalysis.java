package org.sanctionsmonitor.crypto;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.sanctionsmonitor.graph.Exposure;
import org.sanctionsmonitor.graph.ExposureAnalysis;
import org.sanctionsmonitor.graph.GraphParameters;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.screening.AddressMatch;
import org.sanctionsmonitor.screening.LabelIndex;
import org.sanctionsmonitor.finding.Match;

/**
 * The graph stage of a check: while the transfers stream through screening and the record-local
 * rules, {@link #add} keeps the compact row the graph needs and notes which addresses are listed
 * (from the exact, same-chain {@link AddressMatch}es); after reading, {@link #run} builds the
 * graph and emits the derived facts ({@link Exposure} and the {@link LaunderingPattern}s) for
 * the rules. A transfer without amount_usd is valued from the daily prices of its UTC day when
 * one is known ({@link DailyPrices}); the manifest counts those valued and those left unvalued.
 */
public final class GraphAnalysis {

    /** The label type whose addresses start hack-proceeds paths. */
    public static final String HACK_PROCEEDS = "hack_proceeds";

    private final GraphParameters params;
    private final LabelIndex labels;
    private final DailyPrices prices;
    private long valued;
    private long unvalued;
    private final Map<String, Long> unvaluedAssets = new java.util.TreeMap<>();
    /** Nodes listed only through the same EVM key on another chain (CYB-001), with the sentence explaining the hop. */
    private final Map<Integer, String> crossChainNotes = new HashMap<>();
    private final Set<Integer> sameChainNodes = new java.util.HashSet<>();
    private TransferGraph.Builder builder = new TransferGraph.Builder();
    private final Map<Integer, Set<ListedEntity>> listedNodes = new HashMap<>();
    private final Map<String, Long> stats = new LinkedHashMap<>();
    /** One sentence per unlabelled service-like address (hub), for the summary's and manifest's warnings. */
    private final List<String> warnings = new ArrayList<>();
    /** Where exposure, pass-through and structuring run instead of here; null: in this JVM. */
    private Offload offload;

    /**
     * Exposure, pass-through and structuring computed elsewhere (the Spark job's executors) instead
     * of by this JVM's detectors: it hears every transfer the graph keeps, in the graph's order,
     * and after reading gets the inputs this analysis gives its own detectors; the facts it
     * returns must be the ones those detectors would make (the Spark module's conformance tests).
     */
    public interface Offload {
        /** A transfer, in the graph's order (its index), with its USD value as the graph holds it (NaN: none). */
        void transfer(Transfer t, double usd);

        /**
         * Unlabelled hubs ({@link ServiceLikeDetector}) over the transfers heard, before the other
         * stages; null (the default): this JVM's detector finds them.
         *
         * @param service nodes of {@code graph} with a stop label type
         * @param prices  the daily prices the graph's transfers were valued with
         */
        default OffloadHubs hubs(TransferGraph graph, GraphParameters params, boolean[] service, DailyPrices prices) {
            return null;
        }

        /**
         * Mixer round trips ({@link MixerRoundTripDetector}) over the transfers heard, after the
         * hubs and before {@link #run}; null (the default): this JVM's detector finds them. The
         * facts are handed on as given, so they must be in the detector's order (by owner).
         *
         * @param mixer         nodes of {@code graph} labelled mixer
         * @param listedService labelled nodes whose service is listed, with the list entry
         * @param prices        the daily prices the graph's transfers were valued with
         */
        default List<MixerRoundTrip> mixerRoundTrips(TransferGraph graph, GraphParameters params, boolean[] mixer,
                Map<Integer, ListedEntity> listedService, DailyPrices prices) {
            return null;
        }

        /**
         * Chain hops ({@link ChainHopDetector}) over the transfers heard, after the hubs; null (the
         * default): this JVM's detector finds them. The facts are handed on as given (in the
         * detector's order: by deposit in time order), the links feed exposure and hack proceeds.
         *
         * @param bridge        nodes of {@code graph} labelled bridge
         * @param listedService labelled nodes whose service is listed, with the list entry
         * @param prices        the daily prices the graph's transfers were valued with
         */
        default OffloadChainHops chainHops(TransferGraph graph, GraphParameters params, boolean[] bridge,
                Map<Integer, ListedEntity> listedService, DailyPrices prices) {
            return null;
        }

        /** The offloaded detectors' facts over the transfers heard. */
        OffloadFacts run(OffloadInputs in);
    }

    /** Chain hops found elsewhere: the facts in the detector's order, and the links (withdrawal → deposit, graph indexes). */
    public record OffloadChainHops(List<ChainHop> facts, Map<Integer, Integer> links) {
    }

    /** Unlabelled hubs found elsewhere: a flag per node of the graph, and their facts in node order. */
    public record OffloadHubs(boolean[] hub, List<ServiceLikeAddress> facts) {
    }

    /**
     * What the detectors read besides the transfers: {@code sources} (node → entity indexes),
     * {@code service} (stop label types), {@code stop} (services and unlabelled hubs: exposure
     * stops there), {@code bridge}, {@code links} (bridge withdrawal → deposit), the entries,
     * the cross-chain notes per source node and the daily prices; for hack proceeds,
     * {@code hackLabels} (node → its hack_proceeds label, in node order) and {@code serviceLabels}
     * (node → its stop-type label: the service a deposit goes into).
     */
    public record OffloadInputs(TransferGraph graph, GraphParameters params, Map<Integer, int[]> sources, boolean[] service,
            boolean[] stop, boolean[] bridge, Map<Integer, Integer> links, List<ListedEntity> entities,
            Map<Integer, String> sourceNotes, DailyPrices prices, Map<Integer, AddressLabel> hackLabels,
            Map<Integer, AddressLabel> serviceLabels) {
    }

    /**
     * The facts of the offloaded detectors, and counters for the manifest's analysis section;
     * {@code fanOutFanIns} null: this JVM's fan-out/fan-in detector runs; {@code hackProceeds}
     * null: this JVM follows the hack-proceeds paths.
     */
    public record OffloadFacts(List<Exposure> exposures, List<PassThrough> passThroughs, List<Structuring> structurings,
            List<FanOutFanIn> fanOutFanIns, List<HackProceeds> hackProceeds, Map<String, Long> stats) {
    }

    /** Runs exposure, pass-through and structuring through {@code o} instead of here. */
    public void offload(Offload o) {
        this.offload = o;
    }

    public GraphAnalysis(GraphParameters params, LabelIndex labels) {
        this(params, labels, DailyPrices.none());
    }

    public GraphAnalysis(GraphParameters params, LabelIndex labels, DailyPrices prices) {
        this.params = params;
        this.labels = labels;
        this.prices = prices;
    }

    /** Keeps a transfer's compact row; notes its listed ends from the screening candidates. */
    public void add(Transfer t, List<? extends Match> candidates) {
        add(t, TransferGraph.Ends.of(t), candidates);
    }

    /** The same, with the transfer's address keys made beforehand (on a worker thread). */
    public void add(Transfer t, TransferGraph.Ends ends, List<? extends Match> candidates) {
        double usd;
        if (t.amountUsd() != null) {
            builder.add(t, ends);
            usd = t.amountUsd().doubleValue();
        } else {
            DailyPrices.Valuation v = prices.value(t.asset(), t.timestamp(), t.amount());
            if (v != null) {
                builder.addValued(t, ends, v.usd(), v.note());
                valued++;
                usd = v.usd();
            } else {
                builder.add(t, ends);
                unvalued++;
                unvaluedAssets.merge(t.asset(), 1L, Long::sum);
                usd = Double.NaN;
            }
        }
        if (offload != null) {
            offload.transfer(t, usd);
        }
        listed(t, candidates);
    }

    /**
     * Notes a transfer's listed ends from its exact-screening matches; for transfers screened
     * elsewhere (the Spark job), after all were {@link #add added} with none, in input order.
     */
    public void listed(Transfer t, List<? extends Match> candidates) {
        for (Match m : candidates) {
            if (m instanceof AddressMatch a) {
                for (AddressMatch.Hit h : a.hits()) {
                    int node = builder.node(t.chain(), h.side().equals("from") ? t.fromAddress() : t.toAddress());
                    listedNodes.computeIfAbsent(node, k -> new LinkedHashSet<>()).add(a.entity());
                    if (!a.sameChain()) {
                        crossChainNotes.putIfAbsent(node, crossChainNote(h, t.chain()));
                    } else {
                        sameChainNodes.add(node);
                    }
                }
            }
        }
    }

    /**
     * Hack proceeds: paths from addresses labelled {@code hack_proceeds}, followed like those
     * from listed addresses (same depth, look-back, stop labels and bridge links) but from hop 1,
     * each emitted as a {@link HackProceeds} naming the label and, when the recipient is a
     * labelled service, the deposit into it. A separate run of the exposure analysis, so listed
     * exposure (CYB-020..022) is unchanged by hack labels.
     */
    private void hackProceeds(TransferGraph g, Map<Integer, AddressLabel> hackLabels, Map<Integer, AddressLabel> serviceLabels,
            boolean[] service, boolean[] bridge, Map<Integer, Integer> links, Consumer<Match> out) {
        stats.put("hack_proceeds_addresses", (long) hackLabels.size());
        stats.put("hack_proceeds_paths", hackProceeds(g, params, hackLabels, serviceLabels, service, bridge, links, out::accept));
    }

    /**
     * Core's hack-proceeds paths (see the instance method); public so that the Spark job's
     * conformance test compares its executors' facts with these.
     *
     * @param hackLabels    node → its {@code hack_proceeds} label, in node order (the carriers' order)
     * @param serviceLabels node → its stop-type label (the service a deposit goes into)
     * @param stop          nodes that receive but do not pass on (services and unlabelled hubs)
     * @return the paths emitted
     */
    public static long hackProceeds(TransferGraph g, GraphParameters params, Map<Integer, AddressLabel> hackLabels,
            Map<Integer, AddressLabel> serviceLabels, boolean[] stop, boolean[] bridge, Map<Integer, Integer> links,
            Consumer<? super HackProceeds> out) {
        if (hackLabels.isEmpty()) {
            return 0;
        }
        List<ListedEntity> carriers = new ArrayList<>();
        List<AddressLabel> byCarrier = new ArrayList<>();
        Map<Integer, int[]> sources = new HashMap<>();
        hackLabels.forEach((node, label) -> {
            sources.put(node, new int[] {carriers.size()});
            carriers.add(hackCarrier(carriers.size(), label));
            byCarrier.add(label);
        });
        ExposureAnalysis hack = new ExposureAnalysis(g, (int) params.number("exposure_max_hops"),
                (long) (params.number("exposure_lookback_days") * 86400), sources, stop, bridge, links, carriers, 1);
        long[] paths = new long[1];
        hack.run(e -> {
            paths[0]++;
            out.accept(HackProceeds.of(e, byCarrier.get(carriers.indexOf(e.entity())), serviceLabels.get(g.to[e.transfer().index()])));
        });
        return paths[0];
    }

    /**
     * The stand-in list entry a hack-proceeds label's paths are followed for (the exposure
     * analysis follows entries); its {@code index} is its place among the run's labels.
     */
    public static ListedEntity hackCarrier(int index, AddressLabel label) {
        return new ListedEntity(HACK_PROCEEDS, "label-" + index, label.name() == null ? label.address() : label.name(),
                "entity", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Map.of(), label.provenance());
    }

    /**
     * Cross-chain keys: an EVM address listed for some chains (by its asset codes) is controlled
     * by the same private key on every EVM chain, so it is an exposure source on the chain where
     * it is used too; the note says so in each Exposure from it.
     */
    private static String crossChainNote(AddressMatch.Hit h, String chain) {
        String assets = h.listed().stream().map(c -> c.asset()).distinct().sorted().collect(java.util.stream.Collectors.joining(", "));
        return "the EVM key listed for " + assets + ", used here on " + chain + ": one private key controls the address on every EVM chain";
    }

    /** Transfers without amount_usd and without a daily price, per asset. */
    public Map<String, Long> unvaluedAssets() {
        return unvaluedAssets;
    }

    /** The warnings of the last run: one per unlabelled address treated as a service. */
    public List<String> warnings() {
        return List.copyOf(warnings);
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
        Map<Integer, AddressLabel> hackLabels = new java.util.TreeMap<>();
        Map<Integer, AddressLabel> serviceLabels = new HashMap<>();
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
            if (type.equals(HACK_PROCEEDS)) {
                hackLabels.putIfAbsent(node, r.label());
            }
            if (stopTypes.contains(type)) {
                serviceLabels.putIfAbsent(node, r.label());
            }
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
        stats.put("valued_from_prices", valued);
        stats.put("without_usd_value", unvalued);
        stats.put("addresses", (long) nodes);
        stats.put("listed_addresses", (long) sources.size());
        crossChainNotes.keySet().removeAll(sameChainNodes); // listed for this chain too: no note needed
        stats.put("listed_by_evm_key_on_other_chain", (long) crossChainNotes.size());
        stats.put("build_ms", (System.nanoTime() - t0) / 1_000_000);

        Map<String, Long> perPattern = new LinkedHashMap<>();
        for (String pattern : List.of("peel_chain", "pass_through", "fan_out_fan_in", "chain_hop", "structuring", "mixer_round_trip")) {
            perPattern.put(pattern, 0L);
        }
        Consumer<LaunderingPattern> patterns = c -> {
            perPattern.merge(c.pattern(), 1L, Long::sum);
            out.accept(c);
        };
        long t1 = System.nanoTime();
        PatternContext ctx = new PatternContext(g, params, service, mixer, bridge, listedService);
        // unlabelled hubs stop exposure like labelled services; the patterns keep their own view of services
        OffloadHubs hubs = offload == null ? null : offload.hubs(g, params, service, prices);
        boolean[] hub;
        java.util.function.Consumer<ServiceLikeAddress> serviceLike = h -> {
            if (h.stopsExposure()) {
                warnings.add(h.warning());
            }
            out.accept(h);
        };
        if (hubs == null) {
            hub = new ServiceLikeDetector(ctx).run(serviceLike);
        } else {
            hub = hubs.hub();
            hubs.facts().forEach(serviceLike);
        }
        boolean[] stop = service.clone();
        for (int n = 0; n < nodes; n++) {
            stop[n] |= hub[n];
        }
        stats.put("service_like_addresses", (long) warnings.size());
        List<MixerRoundTrip> mixerTrips = offload == null ? null : offload.mixerRoundTrips(g, params, mixer, listedService, prices);
        OffloadChainHops hops = offload == null ? null : offload.chainHops(g, params, bridge, listedService, prices);
        Map<Integer, Integer> links;
        if (hops == null) {
            links = new ChainHopDetector(ctx).run(patterns);
        } else {
            hops.facts().forEach(patterns);
            links = hops.links();
        }
        long t2 = System.nanoTime();
        OffloadFacts offloaded = null;
        Map<String, Long> exposureStats = new LinkedHashMap<>();
        if (offload == null) {
            ExposureAnalysis ea = new ExposureAnalysis(g, (int) params.number("exposure_max_hops"),
                    (long) (params.number("exposure_lookback_days") * 86400), sources, stop, bridge, links, entities)
                    .sourceNotes(crossChainNotes);
            ea.run(out::accept);
            exposureStats.put("exposures", ea.exposures());
            exposureStats.put("exposure_records", ea.records());
            exposureStats.put("tainted_addresses", ea.taintedAddresses());
        } else {
            offloaded = offload.run(new OffloadInputs(g, params, sources, service, stop, bridge, links, entities,
                    crossChainNotes, prices, hackLabels, serviceLabels));
            offloaded.exposures().forEach(out::accept);
            exposureStats.put("exposures", (long) offloaded.exposures().size());
            exposureStats.putAll(offloaded.stats());
        }
        if (offloaded == null || offloaded.hackProceeds() == null) {
            hackProceeds(g, hackLabels, serviceLabels, stop, bridge, links, out);
        } else {
            offloaded.hackProceeds().forEach(out::accept);
            stats.put("hack_proceeds_addresses", (long) hackLabels.size());
            stats.put("hack_proceeds_paths", (long) offloaded.hackProceeds().size());
        }
        long t3 = System.nanoTime();
        new PeelChainDetector(ctx).run(patterns);
        if (offloaded == null) {
            new PassThroughDetector(ctx).run(patterns);
        } else {
            offloaded.passThroughs().forEach(patterns);
        }
        if (offloaded == null || offloaded.fanOutFanIns() == null) {
            new FanOutFanInDetector(ctx).run(patterns);
        } else {
            offloaded.fanOutFanIns().forEach(patterns);
        }
        if (offloaded == null) {
            new StructuringDetector(ctx).run(patterns);
        } else {
            offloaded.structurings().forEach(patterns);
        }
        if (mixerTrips == null) {
            new MixerRoundTripDetector(ctx).run(patterns);
        } else {
            mixerTrips.forEach(patterns);
        }
        long t4 = System.nanoTime();
        stats.putAll(exposureStats);
        perPattern.forEach((k, v) -> stats.put("candidates_" + k, v));
        stats.put("exposure_ms", (t3 - t2) / 1_000_000);
        stats.put("patterns_ms", (t2 - t1 + t4 - t3) / 1_000_000);
    }
}
