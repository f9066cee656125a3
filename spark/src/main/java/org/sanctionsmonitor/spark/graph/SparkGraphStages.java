package org.sanctionsmonitor.spark.graph;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sanctionsmonitor.crypto.ChainHop;
import org.sanctionsmonitor.crypto.ChainHopDetector;
import org.sanctionsmonitor.crypto.DailyPrices;
import org.sanctionsmonitor.crypto.FanOutFanIn;
import org.sanctionsmonitor.crypto.FanOutFanInDetector;
import org.sanctionsmonitor.crypto.GraphAnalysis;
import org.sanctionsmonitor.crypto.HackProceeds;
import org.sanctionsmonitor.crypto.MixerRoundTrip;
import org.sanctionsmonitor.crypto.MixerRoundTripDetector;
import org.sanctionsmonitor.crypto.PassThrough;
import org.sanctionsmonitor.crypto.PassThroughDetector;
import org.sanctionsmonitor.crypto.PatternContext;
import org.sanctionsmonitor.crypto.ServiceLikeAddress;
import org.sanctionsmonitor.crypto.ServiceLikeDetector;
import org.sanctionsmonitor.crypto.Structuring;
import org.sanctionsmonitor.crypto.StructuringDetector;
import org.sanctionsmonitor.graph.Exposure;
import org.sanctionsmonitor.graph.GraphParameters;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.spark.RecordCodec;

/**
 * Unlabelled hubs, exposure, pass-through, structuring and fan-out/fan-in of a check on Spark's
 * executors, in place of core's detectors on the driver ({@link GraphAnalysis.Offload}). The
 * driver's graph analysis hands every transfer here in its graph order (so a transfer's
 * {@code seq} is its index in core's graph, the tie-break between transfers at the same time)
 * with its USD value; they go to Spark in encoded chunks, held on the driver until the stages
 * run. After reading, {@link HubStage} runs first (its hubs join the stop set), then
 * {@link ExposureStage}, {@link PassThroughStage}, {@link StructuringStage} and {@link FanStage}
 * over the same persisted rows, and their rows become core's facts:
 *
 * <ul>
 * <li>exposures through {@link ExposureFacts#toCore};</li>
 * <li>structuring: core's own {@link StructuringDetector} over a graph of only the transfers the
 * rows counted (each sender's busiest window, nothing else of it), which gives the same fact;</li>
 * <li>pass-through: core's {@link PassThroughDetector} per address over its event receipts and
 * all their onward transfers (each receipt then sees the same onward transfers as in the whole
 * graph), keeping the fact about that address;</li>
 * <li>hubs: core's {@link ServiceLikeDetector#fact} over the first transfers of the busiest
 * window, with the counterparties and transfers touched measured on Spark ({@link HubStage});</li>
 * <li>fan-out/fan-in: core's {@link FanOutFanInDetector} per candidate over its pairs' transfers
 * ({@link FanStage}).</li>
 * </ul>
 *
 * The few transfers the rows name come back from the executors (decoded from the chunks), with
 * each of their addresses as the whole input first wrote it; the small graphs value them as core
 * does, so explanations, evidence and price notes are the single JVM's.
 */
public final class SparkGraphStages implements GraphAnalysis.Offload {

    /** A block of transfers in graph order: the first one's seq, the records encoded, their USD values. */
    record Chunk(long first, byte[] records, double[] usd) implements Serializable {
    }

    private final SparkSession spark;
    private final int partitions;
    private final int chunkRecords;
    /** The encoded transfers, held until the stages run. */
    private List<Chunk> chunks = new ArrayList<>();
    private List<Object> pending = new ArrayList<>();
    private double[] pendingUsd;
    private long seq;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    /** The chunks on the executors and their rows, made once for every stage of the run. */
    private JavaRDD<Chunk> blocks;
    private Dataset<Row> rows;
    private long hubs;
    private long fanCandidates;
    private long mixerTrips;
    private long bridgeTransfers;
    private long hackPaths;

    /**
     * @param partitions   partitions of the transfer rows
     * @param chunkRecords transfers per encoded chunk
     */
    public SparkGraphStages(SparkSession spark, int partitions, int chunkRecords) {
        if (partitions < 1 || chunkRecords < 1) {
            throw new IllegalArgumentException("partitions and chunkRecords must be at least 1: " + partitions + ", " + chunkRecords);
        }
        this.spark = spark;
        this.partitions = partitions;
        this.chunkRecords = chunkRecords;
        this.pendingUsd = new double[chunkRecords];
    }

    @Override
    public void transfer(Transfer t, double usd) {
        pendingUsd[pending.size()] = usd;
        pending.add(t);
        seq++;
        if (pending.size() == chunkRecords) {
            flush();
        }
    }

    private void flush() {
        if (!pending.isEmpty()) {
            chunks.add(new Chunk(seq - pending.size(), RecordCodec.encodeAll(pending),
                    java.util.Arrays.copyOf(pendingUsd, pending.size())));
            pending = new ArrayList<>();
        }
    }

    /** Transfers heard. */
    public long transfers() {
        return seq;
    }

    /** Unlabelled hubs the last run found on Spark. */
    public long hubsFound() {
        return hubs;
    }

    /** Candidate (source, recombining address) rows of fan-out/fan-in the last run made on Spark. */
    public long fanCandidates() {
        return fanCandidates;
    }

    /** Mixer round trips (deposit, withdrawal) the last run paired on Spark. */
    public long mixerRoundTripsFound() {
        return mixerTrips;
    }

    /** Bridge deposits and withdrawals the last run picked out on Spark for chain hopping. */
    public long bridgeTransfersFound() {
        return bridgeTransfers;
    }

    /** Hack-proceeds paths the last run followed on Spark (in the exposure stage's run). */
    public long hackProceedsFound() {
        return hackPaths;
    }

    /** Milliseconds per step of the last run. */
    public Map<String, Long> timings() {
        return timings;
    }

    /** Persists the chunks and their rows on the executors, once per run (the hubs come first, then the other stages). */
    private void prepare(TransferGraph g) {
        flush();
        if (seq != g.transfers()) {
            throw new IllegalStateException("the graph holds " + g.transfers() + " transfers but " + seq
                    + " were handed to the Spark stages");
        }
        if (blocks != null || chunks.isEmpty()) {
            return;
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // one parallelized collection of every chunk, persisted for the stages and the fetch of named transfers
        // (shipping blocks while reading, kept by local checkpoints, lost checkpoint blocks in the
        // conformance tests here: not done)
        blocks = jsc.parallelize(chunks, Math.max(1, Math.min(partitions, chunks.size())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        chunks = new ArrayList<>();
        rows = spark.createDataFrame(blocks.flatMap(SparkGraphStages::rows), GraphRows.SCHEMA)
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    private void release() {
        if (rows != null) {
            rows.unpersist();
            rows = null;
        }
        if (blocks != null) {
            blocks.unpersist();
            blocks = null;
        }
    }

    @Override
    public GraphAnalysis.OffloadHubs hubs(TransferGraph g, GraphParameters params, boolean[] service, DailyPrices prices) {
        long t0 = System.nanoTime();
        boolean ok = false;
        try {
            prepare(g);
            boolean[] hub = new boolean[g.nodes()];
            if (blocks == null || !anyAbove(g, service, (int) params.number("service_like_floor"))) {
                // no address sends more transfers than the floor: no hub row can come back (the stage's own first filter)
                ok = true;
                return new GraphAnalysis.OffloadHubs(hub, List.of());
            }
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<Row> hubRows = HubStage.of(spark, params, keys(g, service)).run(rows).collectAsList();
            TreeSet<Long> needed = new TreeSet<>();
            for (Row r : hubRows) {
                needed.addAll(r.<Long>getList(r.fieldIndex("evidence_seqs")));
            }
            Map<Long, Transfer> bySeq = fetch(jsc, blocks, needed);
            Map<String, String> first = ExposureFacts.firstWritten(spark, rows, ExposureFacts.nodeKeys(bySeq.values()));
            Map<String, Integer> nodes = nodes(g);
            java.util.TreeMap<Integer, ServiceLikeAddress> byNode = new java.util.TreeMap<>();
            for (ServiceLikeAddress f : hubFacts(hubRows, bySeq, first, prices, params)) {
                Integer node = nodes.get(GraphRows.nodeKey(f.chain(), f.address()));
                if (node == null) {
                    throw new IllegalStateException("hub " + f.address() + " on " + f.chain() + " is not in the driver's graph");
                }
                hub[node] = f.stopsExposure();
                byNode.put(node, f);
            }
            hubs = byNode.size();
            ok = true;
            return new GraphAnalysis.OffloadHubs(hub, List.copyOf(byNode.values()));
        } finally {
            lap("hubs", t0);
            if (!ok) {
                release();
            }
        }
    }

    @Override
    public GraphAnalysis.OffloadChainHops chainHops(TransferGraph g, GraphParameters params, boolean[] bridge,
            Map<Integer, ListedEntity> listedService, DailyPrices prices) {
        long t0 = System.nanoTime();
        boolean ok = false;
        try {
            prepare(g);
            boolean anyBridge = false;
            for (boolean b : bridge) {
                anyBridge |= b;
            }
            if (blocks == null || !anyBridge) {
                // no bridge: no deposit or withdrawal can come back
                ok = true;
                return new GraphAnalysis.OffloadChainHops(List.of(), Map.of());
            }
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            TreeSet<Long> seqs = new TreeSet<>();
            for (Row r : new ChainHopStage(spark, keys(g, bridge)).run(rows).collectAsList()) {
                seqs.add(r.getLong(0));
            }
            Map<Long, Transfer> bySeq = fetch(jsc, blocks, seqs);
            Map<String, String> first = ExposureFacts.firstWritten(spark, rows, ExposureFacts.nodeKeys(bySeq.values()));
            Map<String, ListedEntity> listed = new HashMap<>();
            listedService.forEach((node, e) -> listed.put(key(g, node), e));
            GraphAnalysis.OffloadChainHops hops = chainHops(seqs, bySeq, first, prices, params, keys(g, bridge), listed);
            bridgeTransfers = seqs.size();
            ok = true;
            return hops;
        } finally {
            lap("chain_hops", t0);
            if (!ok) {
                release();
            }
        }
    }

    /** Which nodes of {@code small} have their key in {@code keys}. */
    private static boolean[] marked(TransferGraph small, Set<String> keys) {
        boolean[] m = new boolean[small.nodes()];
        for (int n = 0; n < small.nodes(); n++) {
            m[n] = keys.contains(key(small, n));
        }
        return m;
    }

    /** The list entries of the listed services among the nodes of {@code small}, by node. */
    private static Map<Integer, ListedEntity> listedServices(TransferGraph small, Map<String, ListedEntity> listed) {
        Map<Integer, ListedEntity> out = new HashMap<>();
        for (int n = 0; n < small.nodes(); n++) {
            String k = key(small, n);
            if (listed.containsKey(k)) {
                out.put(n, listed.get(k));
            }
        }
        return out;
    }

    /**
     * Core's chain hops over only the bridge deposits and withdrawals ({@code seqs}, the graph's
     * indexes), with the bridge labels and listed services of their addresses: the detector reads
     * nothing else, and their order in time (ties by seq) is the whole graph's. The links come back
     * as the whole graph's indexes.
     *
     * @param bridges node keys labelled bridge
     * @param listed  node key → the list entry of a labelled service that is listed
     */
    static GraphAnalysis.OffloadChainHops chainHops(TreeSet<Long> seqs, Map<Long, Transfer> bySeq, Map<String, String> first,
            DailyPrices prices, GraphParameters params, Set<String> bridges, Map<String, ListedEntity> listed) {
        if (seqs.isEmpty()) {
            return new GraphAnalysis.OffloadChainHops(List.of(), Map.of());
        }
        TransferGraph small = smallGraph(seqs, bySeq, first, prices);
        boolean[] bridge = marked(small, bridges);
        Map<Integer, ListedEntity> listedService = listedServices(small, listed);
        boolean[] none = new boolean[small.nodes()];
        List<ChainHop> facts = new ArrayList<>();
        Map<Integer, Integer> smallLinks = new ChainHopDetector(new PatternContext(small, params, none, none, bridge, listedService))
                .run(facts::add);
        long[] seqOf = seqs.stream().mapToLong(Long::longValue).toArray();
        Map<Integer, Integer> links = new HashMap<>();
        smallLinks.forEach((w, d) -> links.put(Math.toIntExact(seqOf[w]), Math.toIntExact(seqOf[d])));
        return new GraphAnalysis.OffloadChainHops(facts, links);
    }

    @Override
    public List<MixerRoundTrip> mixerRoundTrips(TransferGraph g, GraphParameters params, boolean[] mixer,
            Map<Integer, ListedEntity> listedService, DailyPrices prices) {
        long t0 = System.nanoTime();
        boolean ok = false;
        try {
            prepare(g);
            if (blocks == null || !roundTripPossible(g, mixer)) {
                // no customer both deposits into and withdraws from a mixer: no row can come back
                ok = true;
                return List.of();
            }
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            List<Row> tripRows = MixerStage.of(spark, params, keys(g, mixer)).run(rows).collectAsList();
            TreeSet<Long> needed = new TreeSet<>();
            for (Row r : tripRows) {
                needed.add(r.getLong(r.fieldIndex("deposit_seq")));
                needed.add(r.getLong(r.fieldIndex("withdrawal_seq")));
            }
            Map<Long, Transfer> bySeq = fetch(jsc, blocks, needed);
            Map<String, String> first = ExposureFacts.firstWritten(spark, rows, ExposureFacts.nodeKeys(bySeq.values()));
            Map<String, ListedEntity> listed = new HashMap<>();
            listedService.forEach((node, e) -> listed.put(key(g, node), e));
            List<MixerRoundTrip> facts = mixerRoundTrips(tripRows, bySeq, first, prices, params, keys(g, mixer), listed,
                    java.util.Arrays.asList(g.owners));
            mixerTrips = tripRows.size();
            ok = true;
            return facts;
        } finally {
            lap("mixer_round_trips", t0);
            if (!ok) {
                release();
            }
        }
    }

    /**
     * Whether a {@link MixerStage} row can exist: some owner both sends into a node labelled mixer
     * and receives from one. A necessary condition, checked on the driver's graph for the same
     * reason as {@link #anyAbove}.
     */
    static boolean roundTripPossible(TransferGraph g, boolean[] mixer) {
        Set<Integer> depositors = new java.util.HashSet<>();
        for (int n = 0; n < g.nodes(); n++) {
            if (mixer[n]) {
                for (int k = g.inStart[n]; k < g.inStart[n + 1]; k++) {
                    if (g.fromOwner(g.inIdx[k]) >= 0) {
                        depositors.add(g.fromOwner(g.inIdx[k]));
                    }
                }
            }
        }
        for (int n = 0; n < g.nodes() && !depositors.isEmpty(); n++) {
            if (mixer[n]) {
                for (int k = g.outStart[n]; k < g.outStart[n + 1]; k++) {
                    if (depositors.contains(g.toOwner(g.outIdx[k]))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Core's mixer round-trip facts: its detector over only the round trips' transfers, with the
     * mixer labels and listed services of their addresses. Each deposit of a row finds its
     * withdrawal there again: that withdrawal is its nearest later one in the whole graph, so no
     * other withdrawal of the customer among the rows' transfers comes between; and a deposit
     * whose nearest withdrawal is beyond the horizon is either absent or, as a row's withdrawal
     * that is also a deposit, finds none nearer than beyond the horizon. The facts are handed on in
     * core's order: by the owner's place in the whole graph ({@code owners}, the driver's graph's
     * owners in their order).
     *
     * @param mixers node keys labelled mixer
     * @param listed node key → the list entry of a labelled service that is listed
     */
    static List<MixerRoundTrip> mixerRoundTrips(List<Row> tripRows, Map<Long, Transfer> bySeq, Map<String, String> first,
            DailyPrices prices, GraphParameters params, Set<String> mixers, Map<String, ListedEntity> listed, List<String> owners) {
        if (tripRows.isEmpty()) {
            return List.of();
        }
        TreeSet<Long> seqs = new TreeSet<>();
        Map<String, Integer> perOwner = new HashMap<>();
        for (Row r : tripRows) {
            seqs.add(r.getLong(r.fieldIndex("deposit_seq")));
            seqs.add(r.getLong(r.fieldIndex("withdrawal_seq")));
            perOwner.merge(r.getString(r.fieldIndex("owner")), 1, Integer::sum);
        }
        TransferGraph small = smallGraph(seqs, bySeq, first, prices);
        boolean[] mixer = marked(small, mixers);
        Map<Integer, ListedEntity> listedService = listedServices(small, listed);
        boolean[] none = new boolean[small.nodes()];
        List<MixerRoundTrip> out = new ArrayList<>();
        new MixerRoundTripDetector(new PatternContext(small, params, none, mixer, none, listedService)).run(out::add);
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            order.putIfAbsent(owners.get(i), i);
        }
        for (MixerRoundTrip m : out) {
            Integer rows = perOwner.remove(m.matchedValue());
            if (rows == null || rows != m.roundTrips() || !order.containsKey(m.matchedValue())) {
                throw new IllegalStateException("mixer round trips of customer " + m.matchedValue() + ": " + rows
                        + " on Spark, " + m.roundTrips() + " from their transfers");
            }
        }
        if (!perOwner.isEmpty()) {
            throw new IllegalStateException("mixer round trips on Spark without a fact from their transfers: " + perOwner);
        }
        out.sort(java.util.Comparator.comparingInt(m -> order.get(m.matchedValue())));
        return out;
    }

    @Override
    public GraphAnalysis.OffloadFacts run(GraphAnalysis.OffloadInputs in) {
        long t0 = System.nanoTime();
        TransferGraph g = in.graph();
        try {
            prepare(g);
            if (blocks == null) {
                return new GraphAnalysis.OffloadFacts(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
            }
            GraphParameters params = in.params();
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Map<String, int[]> sources = new LinkedHashMap<>();
            in.sources().forEach((node, es) -> sources.put(key(g, node), es));
            Map<Long, Long> links = new HashMap<>();
            in.links().forEach((w, d) -> links.put((long) w, (long) d));
            Map<String, String> notes = new HashMap<>();
            in.sourceNotes().forEach((node, note) -> notes.put(key(g, node), note));
            long t1 = lap("prepare", t0);

            List<AddressLabel> hackLabels = new ArrayList<>(in.hackLabels().values());
            List<String> hackKeys = new ArrayList<>();
            in.hackLabels().keySet().forEach(node -> hackKeys.add(key(g, node)));
            Map<String, AddressLabel> serviceLabels = new HashMap<>();
            in.serviceLabels().forEach((node, l) -> serviceLabels.put(key(g, node), l));
            Set<Integer> sourceNodes = new java.util.HashSet<>(in.sources().keySet());
            sourceNodes.addAll(in.hackLabels().keySet());
            ExposureRows exposure = anySends(g, sourceNodes)
                    ? exposures(spark, rows, params, sources, in.entities().size(), hackKeys, keys(g, in.stop()), keys(g, in.bridge()), links)
                    : new ExposureRows(List.of(), List.of(), 0);
            List<Row> exposureRows = exposure.listed();
            long t2 = lap("exposure", t1);
            List<Row> passRows = PassThroughStage.of(spark, params, keys(g, in.service())).run(rows).collectAsList();
            long t3 = lap("pass_through", t2);
            List<Row> structRows = StructuringStage.of(params).run(rows).collectAsList();
            long t4 = lap("structuring", t3);
            List<Row> fanRows = fanPossible(g, in.service())
                    ? FanStage.of(spark, params, keys(g, in.service())).run(rows).collectAsList()
                    : List.of();
            t4 = lap("fan_out_fan_in", t4);

            TreeSet<Long> needed = ExposureFacts.referencedSeqs(exposureRows);
            needed.addAll(ExposureFacts.referencedSeqs(exposure.hack()));
            for (Row r : passRows) {
                needed.addAll(r.<Long>getList(r.fieldIndex("receipt_seqs")));
                needed.addAll(r.<Long>getList(r.fieldIndex("event_outs")));
            }
            for (Row r : structRows) {
                needed.addAll(r.<Long>getList(r.fieldIndex("seqs")));
            }
            for (Row r : fanRows) {
                needed.addAll(fanSeqs(r));
            }
            Map<Long, Transfer> bySeq = fetch(jsc, blocks, needed);
            Map<String, String> first = ExposureFacts.firstWritten(spark, rows, ExposureFacts.nodeKeys(bySeq.values()));
            long t5 = lap("fetch_transfers", t4);

            List<Exposure> exposures = ExposureFacts.toCore(exposureRows, bySeq, first, in.prices(), in.entities(), notes);
            List<HackProceeds> hack = hackProceeds(exposure.hack(), bySeq, first, in.prices(), in.entities(), hackLabels,
                    serviceLabels);
            List<Structuring> structurings = structurings(structRows, bySeq, first, in.prices(), params);
            List<PassThrough> passThroughs = passThroughs(passRows, bySeq, first, in.prices(), params);
            Map<String, Integer> nodes = nodes(g);
            List<FanOutFanIn> fans = new ArrayList<>(fanOutFanIns(fanRows, bySeq, first, in.prices(), params));
            fans.sort(java.util.Comparator.<FanOutFanIn>comparingInt(f -> node(nodes, sourceKey(f)))
                    .thenComparingInt(f -> node(nodes, sinkKey(f))));
            lap("facts", t5);
            Map<String, Long> stats = new LinkedHashMap<>();
            stats.put("exposure_bound_passes", (long) exposure.boundPasses());
            hackPaths = hack.size();
            stats.put("distributed_transfers", seq);
            stats.put("distributed_hubs", hubs);
            fanCandidates = fanRows.size();
            stats.put("distributed_fan_candidates", fanCandidates);
            return new GraphAnalysis.OffloadFacts(exposures, passThroughs, structurings, fans, hack, stats);
        } finally {
            release();
        }
    }

    /** The listed-exposure rows and the hack-proceeds rows of one {@link ExposureStage} run, and its bound passes. */
    record ExposureRows(List<Row> listed, List<Row> hack, int boundPasses) {
    }

    /**
     * Listed exposure and hack proceeds in one {@link ExposureStage} run, as core's two runs of its
     * analysis: the hack_proceeds labels become stand-in entries after the {@code entities} list
     * entries (index {@code entities + i} for {@code hackKeys[i]}), emitted from hop 1. Core's
     * analysis never lets two entries interact (records, bests, bounds and the listed-for stop are
     * all per entry), so each entry gets the records its own run gives it, and the hack paths cost
     * no shuffles of their own: only more rows in the same rounds (and the bound passes of the
     * longer of the two dependency chains).
     *
     * @param sources node key → the list entries that list it (same chain)
     * @param hackKeys the node keys of the hack_proceeds labels, in the carriers' order
     */
    static ExposureRows exposures(SparkSession spark, Dataset<Row> rows, GraphParameters params, Map<String, int[]> sources,
            int entities, List<String> hackKeys, Set<String> stop, Set<String> bridge, Map<Long, Long> links) {
        Map<String, int[]> all = new LinkedHashMap<>(sources);
        for (int i = 0; i < hackKeys.size(); i++) {
            int e = entities + i;
            all.merge(hackKeys.get(i), new int[] {e}, (a, b) -> java.util.stream.IntStream.concat(
                    java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray());
        }
        ExposureStage stage = ExposureStage.of(spark, params, all, stop, bridge, links).hopOneFrom(entities);
        List<Row> listed = new ArrayList<>();
        List<Row> hack = new ArrayList<>();
        for (Row r : stage.run(rows).collectAsList()) {
            (r.getInt(r.fieldIndex("entity")) < entities ? listed : hack).add(r);
        }
        return new ExposureRows(listed, hack, stage.boundPasses());
    }

    /**
     * Core's hack-proceeds facts from the hack rows of {@link #exposures}: the exposure rebuilt by
     * {@link ExposureFacts#toCore}, then {@link HackProceeds#of} with the row's label and the
     * stop-type label of the transfer's recipient (the service deposited into), as core makes them.
     *
     * @param entities      the list entries the hack labels' stand-ins were appended after
     * @param labels        the hack_proceeds labels, in the carriers' order
     * @param serviceLabels node key → its stop-type label
     */
    static List<HackProceeds> hackProceeds(List<Row> hackRows, Map<Long, Transfer> bySeq, Map<String, String> first,
            DailyPrices prices, List<ListedEntity> entities, List<AddressLabel> labels, Map<String, AddressLabel> serviceLabels) {
        if (hackRows.isEmpty()) {
            return List.of();
        }
        List<ListedEntity> carriers = new ArrayList<>(entities);
        for (AddressLabel l : labels) {
            carriers.add(GraphAnalysis.hackCarrier(carriers.size() - entities.size(), l));
        }
        List<Exposure> paths = ExposureFacts.toCore(hackRows, bySeq, first, prices, carriers, Map.of());
        List<HackProceeds> out = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            Row r = hackRows.get(i);
            Transfer t = bySeq.get(r.getLong(r.fieldIndex("seq")));
            out.add(HackProceeds.of(paths.get(i), labels.get(r.getInt(r.fieldIndex("entity")) - entities.size()),
                    serviceLabels.get(GraphRows.nodeKey(t.chain(), t.toAddress()))));
        }
        return out;
    }

    /**
     * Whether any of {@code nodes} sends a transfer to another address: the necessary condition of
     * an exposure or hack-proceeds row (a path starts with a transfer out of a source), checked on
     * the driver's graph so that an input without one (most rules/tests scenarios) does not pay
     * the exposure stage's rounds for nothing.
     */
    static boolean anySends(TransferGraph g, Set<Integer> nodes) {
        for (int n : nodes) {
            for (int k = g.outStart[n]; k < g.outStart[n + 1]; k++) {
                if (g.to[g.outIdx[k]] != n) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Node key → node of the driver's graph. */
    private static Map<String, Integer> nodes(TransferGraph g) {
        Map<String, Integer> m = new HashMap<>(g.nodes() * 2);
        for (int n = 0; n < g.nodes(); n++) {
            m.put(key(g, n), n);
        }
        return m;
    }

    private static int node(Map<String, Integer> nodes, String key) {
        Integer n = nodes.get(key);
        if (n == null) {
            throw new IllegalStateException("address " + key.replace('\u0001', ' ') + " of a Spark fact is not in the driver's graph");
        }
        return n;
    }

    private static String sourceKey(FanOutFanIn f) {
        return GraphRows.nodeKey(f.subject().facts().get("chain"), f.subject().facts().get("address"));
    }

    private static String sinkKey(FanOutFanIn f) {
        return GraphRows.nodeKey(f.subject().facts().get("chain"), f.matchedValue());
    }

    /** Every transfer of a fan row's pairs. */
    static TreeSet<Long> fanSeqs(Row r) {
        TreeSet<Long> seqs = new TreeSet<>();
        for (Row p : r.<Row>getList(r.fieldIndex("pairs"))) {
            seqs.add(p.getLong(0));
            seqs.add(p.getLong(1));
        }
        return seqs;
    }

    /**
     * Core's fan-out/fan-in facts: per candidate (source, recombining address), its detector over
     * only the row's transfers, keeping the fact about that source and address (none when no
     * window holds two intermediaries). Those transfers give the detector exactly the pairs it
     * finds in the whole graph: each e1 of the row was followed there (its intermediary is not a
     * hub), so each of its e2 in the window pairs with it, and a source that is not a hub in the
     * whole graph is none in a part of it.
     */
    static List<FanOutFanIn> fanOutFanIns(List<Row> fanRows, Map<Long, Transfer> bySeq, Map<String, String> first,
            DailyPrices prices, GraphParameters params) {
        List<FanOutFanIn> out = new ArrayList<>();
        for (Row r : fanRows) {
            String source = r.getString(r.fieldIndex("source_key"));
            String sink = r.getString(r.fieldIndex("sink_key"));
            List<FanOutFanIn> facts = new ArrayList<>();
            new FanOutFanInDetector(context(smallGraph(fanSeqs(r), bySeq, first, prices), params)).run(f -> {
                if (sourceKey(f).equals(source) && sinkKey(f).equals(sink)) {
                    facts.add(f);
                }
            });
            if (facts.size() > 1) {
                throw new IllegalStateException("fan-out/fan-in from " + source.replace('\u0001', ' ') + " to "
                        + sink.replace('\u0001', ' ') + ": " + facts.size() + " facts from one candidate");
            }
            out.addAll(facts);
        }
        return out;
    }

    /**
     * Whether an address without a stop label sends more than {@code floor} transfers: the
     * necessary condition of a {@link HubStage} row, checked on the driver's graph so that a
     * small feed (every rules/tests scenario) does not pay the stage's shuffles for nothing.
     */
    static boolean anyAbove(TransferGraph g, boolean[] service, int floor) {
        for (int n = 0; n < g.nodes(); n++) {
            if (!service[n] && g.outStart[n + 1] - g.outStart[n] > floor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@link FanStage} candidate can exist: a source without a stop label sending to two
     * or more distinct other addresses without a stop label that themselves send on (a candidate
     * comes from two or more intermediaries). A necessary condition, checked on the driver's graph
     * for the same reason as {@link #anyAbove}.
     */
    static boolean fanPossible(TransferGraph g, boolean[] service) {
        for (int s = 0; s < g.nodes(); s++) {
            if (service[s] || g.outStart[s + 1] - g.outStart[s] < 2) {
                continue;
            }
            int first = -1;
            for (int k = g.outStart[s]; k < g.outStart[s + 1]; k++) {
                int r = g.to[g.outIdx[k]];
                if (r != s && !service[r] && g.outStart[r + 1] > g.outStart[r]) {
                    if (first < 0) {
                        first = r;
                    } else if (r != first) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Core's hub facts: per hub, {@link ServiceLikeDetector#fact} on a graph of the window's first
     * transfers (the evidence), with the counterparties and transfers touched measured on Spark.
     */
    static List<ServiceLikeAddress> hubFacts(List<Row> hubRows, Map<Long, Transfer> bySeq, Map<String, String> first,
            DailyPrices prices, GraphParameters params) {
        List<ServiceLikeAddress> out = new ArrayList<>(hubRows.size());
        for (Row r : hubRows) {
            String key = r.getString(r.fieldIndex("address_key"));
            TreeSet<Long> seqs = new TreeSet<>(r.<Long>getList(r.fieldIndex("evidence_seqs")));
            TransferGraph small = smallGraph(seqs, bySeq, first, prices);
            int node = -1;
            for (int n = 0; n < small.nodes() && node < 0; n++) {
                if (key(small, n).equals(key)) {
                    node = n;
                }
            }
            if (node < 0 || small.outStart[node + 1] - small.outStart[node] != seqs.size()
                    || small.time(small.outIdx[small.outStart[node]]) != r.getLong(r.fieldIndex("best_time"))) {
                throw new IllegalStateException("hub " + key.replace('\u0001', ' ') + ": its window's transfers on Spark "
                        + seqs + " are not its outgoing transfers from " + r.getLong(r.fieldIndex("best_time")));
            }
            int counterparties = r.getInt(r.fieldIndex("counterparties"));
            out.add(new ServiceLikeDetector(context(small, params)).fact(node, counterparties,
                    small.outStart[node], r.getLong(r.fieldIndex("touched")), counterparties > (int) params.number("hub_fanout")));
        }
        return out;
    }

    private long lap(String step, long since) {
        long now = System.nanoTime();
        timings.put(step, (now - since) / 1_000_000);
        return now;
    }

    /** A chunk's transfers as rows (on an executor). */
    private static Iterator<Row> rows(Chunk c) {
        List<Object> ts = decode(c);
        List<Row> out = new ArrayList<>(ts.size());
        for (int i = 0; i < ts.size(); i++) {
            out.add(GraphRows.row((Transfer) ts.get(i), c.first() + i, c.usd()[i]));
        }
        return out.iterator();
    }

    /** The records of a chunk, decoded with this job's class loader (under spark-submit a task's is Spark's). */
    private static List<Object> decode(Chunk c) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SparkGraphStages.class.getClassLoader());
        try {
            return RecordCodec.decodeAll(c.records());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The transfers with the seqs given, decoded on the executors from the chunks that hold them. */
    private static Map<Long, Transfer> fetch(JavaSparkContext jsc, JavaRDD<Chunk> blocks, TreeSet<Long> seqs) {
        Map<Long, Transfer> m = new HashMap<>();
        if (seqs.isEmpty()) {
            return m;
        }
        Broadcast<TreeSet<Long>> wanted = jsc.broadcast(seqs);
        try {
            List<byte[]> found = blocks.flatMap(c -> {
                TreeSet<Long> w = wanted.value();
                Long next = w.ceiling(c.first());
                if (next == null || next >= c.first() + c.usd().length) {
                    return java.util.Collections.<byte[]>emptyIterator();
                }
                List<Object> ts = decode(c);
                List<Object> keep = new ArrayList<>();
                for (long s : w.subSet(c.first(), c.first() + ts.size())) {
                    keep.add(s);
                    keep.add(ts.get((int) (s - c.first())));
                }
                return List.of(RecordCodec.encodeAll(keep)).iterator();
            }).collect();
            for (byte[] b : found) {
                List<Object> pairs = RecordCodec.decodeAll(b);
                for (int i = 0; i < pairs.size(); i += 2) {
                    m.put((Long) pairs.get(i), (Transfer) pairs.get(i + 1));
                }
            }
        } finally {
            wanted.destroy();
        }
        if (m.size() != seqs.size()) {
            throw new IllegalStateException("the Spark stages named " + seqs.size() + " transfers, " + m.size() + " came back");
        }
        return m;
    }

    /** Core's structuring facts: its detector over only the transfers the rows counted. */
    static List<Structuring> structurings(List<Row> structRows, Map<Long, Transfer> bySeq, Map<String, String> first,
            DailyPrices prices, GraphParameters params) {
        if (structRows.isEmpty()) {
            return List.of();
        }
        TreeSet<Long> seqs = new TreeSet<>();
        for (Row r : structRows) {
            seqs.addAll(r.<Long>getList(r.fieldIndex("seqs")));
        }
        List<Structuring> out = new ArrayList<>();
        new StructuringDetector(context(smallGraph(seqs, bySeq, first, prices), params)).run(out::add);
        if (out.size() != structRows.size()) {
            throw new IllegalStateException("structuring: " + structRows.size() + " senders on Spark, " + out.size()
                    + " facts from their transfers");
        }
        return out;
    }

    /** Core's pass-through facts: per address, its detector over the address's event receipts and all their onward transfers. */
    static List<PassThrough> passThroughs(List<Row> passRows, Map<Long, Transfer> bySeq, Map<String, String> first,
            DailyPrices prices, GraphParameters params) {
        List<PassThrough> out = new ArrayList<>(passRows.size());
        for (Row r : passRows) {
            TreeSet<Long> seqs = new TreeSet<>(r.<Long>getList(r.fieldIndex("receipt_seqs")));
            seqs.addAll(r.<Long>getList(r.fieldIndex("event_outs")));
            String address = r.getString(r.fieldIndex("address"));
            List<PassThrough> facts = new ArrayList<>();
            new PassThroughDetector(context(smallGraph(seqs, bySeq, first, prices), params)).run(p -> {
                if (p.matchedValue().equals(address)) {
                    facts.add(p);
                }
            });
            if (facts.size() != 1 || facts.get(0).events() != r.getInt(r.fieldIndex("events"))) {
                throw new IllegalStateException("pass-through at " + address + ": " + r.getInt(r.fieldIndex("events"))
                        + " events on Spark, " + (facts.isEmpty() ? "no fact" : facts.get(0).events() + " events")
                        + " from its transfers");
            }
            out.add(facts.get(0));
        }
        return out;
    }

    private static PatternContext context(TransferGraph g, GraphParameters params) {
        boolean[] none = new boolean[g.nodes()];
        return new PatternContext(g, params, none, none, none, Map.of());
    }

    /**
     * A graph of only the transfers {@code seqs}, in their input order, each address interned first
     * as the whole input first wrote it, valued as core's graph stage values them.
     */
    static TransferGraph smallGraph(TreeSet<Long> seqs, Map<Long, Transfer> bySeq, Map<String, String> first, DailyPrices prices) {
        TransferGraph.Builder b = new TransferGraph.Builder();
        for (long s : seqs) {
            Transfer t = bySeq.get(s);
            for (String a : List.of(t.fromAddress(), t.toAddress())) {
                String f = first.get(GraphRows.nodeKey(t.chain(), a));
                if (f == null) {
                    throw new IllegalArgumentException("no first-written form given for " + a + " on " + t.chain());
                }
                b.node(t.chain(), f);
            }
        }
        for (long s : seqs) {
            Transfer t = bySeq.get(s);
            if (t.amountUsd() != null) {
                b.add(t);
            } else {
                DailyPrices.Valuation v = prices.value(t.asset(), t.timestamp(), t.amount());
                if (v == null) {
                    b.add(t);
                } else {
                    b.addValued(t, TransferGraph.Ends.of(t), v.usd(), v.note());
                }
            }
        }
        return b.build();
    }

    private static String key(TransferGraph g, int node) {
        return GraphRows.nodeKey(g.chainOfNode(node), g.address(node));
    }

    private static Set<String> keys(TransferGraph g, boolean[] flags) {
        Set<String> s = new LinkedHashSet<>();
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                s.add(key(g, i));
            }
        }
        return s;
    }
}
