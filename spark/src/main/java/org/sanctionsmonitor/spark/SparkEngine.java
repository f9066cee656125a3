package org.sanctionsmonitor.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.spark.sql.SparkSession;
import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.check.RecordPipeline;

/**
 * The check's engine on Spark: the driver runs core's {@link BatchCheck} (rules compiled,
 * verified and checked against rules.lock, lists, readers, the transfer graph and its other
 * detectors, the writers) and sends to the executors payments and shipments ({@link SparkLane}),
 * transfers ({@link SparkTransferLane}), unlabelled hubs, exposure, pass-through, structuring and
 * fan-out/fan-in ({@link org.sanctionsmonitor.spark.graph.SparkGraphStages}) and the cap tallies
 * ({@link SparkCapLane}). The manifest's {@code engine} entry says which stages ran where.
 */
public final class SparkEngine implements BatchCheck.Engine {

    /** What runs on the executors. */
    static final List<String> DISTRIBUTED = List.of(
            "payments and shipments: exact and fuzzy name screening, BIC, trade and ownership screening, "
                    + "and their rule sessions (one rule runner per partition, a session per batch of "
                    + org.sanctionsmonitor.engine.RuleRunner.BATCH + ")",
            "transfers: exact address screening (addresses and checksums) and label hits, and their rule sessions "
                    + "(one rule runner per partition, a session per batch of " + org.sanctionsmonitor.engine.RuleRunner.BATCH + ")",
            "the UNSCR 2397 cap tallies: running totals per cap and year in the single JVM's order (a shuffle by cap and "
                    + "year, sorted within partitions), and the cap rules' sessions (one rule runner per partition)",
            "transfers: unlabelled hubs (distinct counterparties per address in hub_window_hours, a running sum by "
                    + "address), feeding exposure's stop set and CYB-004's facts",
            "transfers: exposure to depth N and hack-proceeds paths (CYB-023..025) in one run of iterative joins per hop, "
                    + "the listed-funds bound by window passes, "
                    + "rapid pass-through and structuring (window functions), fan-out/fan-in (the sources' transfers joined "
                    + "with the intermediaries' next ones by number), mixer round trips (each customer's deposits joined "
                    + "with its next withdrawal by number), and picking out the bridge deposits and withdrawals chain hops are "
                    + "matched from; the facts are made on the driver by core's code "
                    + "from the rows and go to the driver's rule sessions");

    /** What still runs on the driver, as in the single JVM. */
    static final List<String> ON_DRIVER = List.of(
            "compiling, verifying and lock-checking the rules",
            "loading the lists and building the screening index (again once per executor JVM on a cluster)",
            "reading every feed with core's readers (rows, rejects, SHA-256s)",
            "transfers: the transfer graph's rows and listed addresses (the transfers with exact address matches screened "
                    + "again), its other detector (peel chains), the chain-hop matching over the bridge transfers alone (one "
                    + "global order), and the rule "
                    + "sessions of every graph fact",
            "vessel events (screening and rule sessions); keeping the capped supplies to the DPRK for the cap tallies "
                    + "(a filter in input order, a few records per run)",
            "the ownership stage",
            "ordering the findings and writing the reports");

    private final Supplier<SparkSession> session;
    private final java.util.function.IntSupplier partitions;
    private final int chunkRecords;
    private final boolean shareDriver;
    private SparkLane lane;
    private org.sanctionsmonitor.spark.graph.SparkGraphStages graph;
    private SparkTransferLane transferLane;
    private SparkCapLane capLane;
    private RunWorld run;

    /** The run's world, made by {@link #lane} (or here, for the pipeline given, when the lanes are asked in another order). */
    private RunWorld world(RecordPipeline pipeline, CheckOptions o) {
        if (run == null || run.pipeline() != pipeline) {
            run = new RunWorld(pipeline, o, shareDriver);
        }
        return run;
    }

    /**
     * @param session     the Spark session, started when the first lane is made
     * @param partitions  at most this many partitions for payments and shipments (0: Spark's default
     *                    parallelism), asked when the lane is made
     * @param chunkRecords records per chunk, the unit the partitions are made of ({@link
     *                    org.sanctionsmonitor.engine.RuleRunner#BATCH} in the job; tests make it small so
     *                    that a small input spans many partitions)
     * @param shareDriver tasks in the driver's JVM (local mode) use the driver's screening index and
     *                    rules instead of building their own (false: every executor builds its own, as
     *                    on a cluster)
     */
    public SparkEngine(Supplier<SparkSession> session, java.util.function.IntSupplier partitions, int chunkRecords,
            boolean shareDriver) {
        if (chunkRecords < 1) {
            throw new IllegalArgumentException("chunkRecords must be at least 1: " + chunkRecords);
        }
        this.session = session;
        this.chunkRecords = chunkRecords;
        this.partitions = partitions;
        this.shareDriver = shareDriver;
    }

    @Override
    public RecordPipeline.Lane lane(RecordPipeline pipeline, CheckOptions o) {
        int p = partitions.getAsInt();
        if (p < 0) {
            throw new IllegalArgumentException("--partitions: " + p + " is negative (0 means Spark's default parallelism)");
        }
        SparkSession s = session.get();
        run = new RunWorld(pipeline, o, shareDriver); // lane() comes first in a run: the world every lane shares
        transferLane = null;
        capLane = null;
        graph = null;
        lane = new SparkLane(s, run, p == 0 ? s.sparkContext().defaultParallelism() : p, chunkRecords);
        return lane;
    }

    @Override
    public RecordPipeline.CapLane capLane(RecordPipeline pipeline, CheckOptions o) {
        SparkSession s = session.get();
        int p = partitions.getAsInt();
        capLane = new SparkCapLane(s, world(pipeline, o), p <= 0 ? s.sparkContext().defaultParallelism() : p);
        return capLane;
    }

    @Override
    public RecordPipeline.TransferLane transferLane(RecordPipeline pipeline, CheckOptions o) {
        SparkSession s = session.get();
        int p = partitions.getAsInt();
        transferLane = new SparkTransferLane(s, world(pipeline, o), p <= 0 ? s.sparkContext().defaultParallelism() : p,
                chunkRecords);
        return transferLane;
    }

    @Override
    public org.sanctionsmonitor.crypto.GraphAnalysis.Offload graphStages(CheckOptions o) {
        SparkSession s = session.get();
        int p = partitions.getAsInt();
        graph = new org.sanctionsmonitor.spark.graph.SparkGraphStages(s, p <= 0 ? s.sparkContext().defaultParallelism() : p,
                chunkRecords);
        return graph;
    }

    @Override
    public Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "spark");
        SparkSession s = session.get();
        m.put("spark_version", s.version());
        m.put("master", s.sparkContext().master());
        m.put("default_parallelism", s.sparkContext().defaultParallelism());
        if (lane != null) {
            m.put("records_distributed", lane.records());
            m.put("partitions", lane.partitionsRun());
            m.put("record_blocks", lane.blocksRun());
            m.put("distributed_sessions", lane.sessions());
            m.put("record_findings_streamed", lane.findings());
            m.put("record_findings_streamed_while_reading", lane.findingsWhileReading());
        }
        if (transferLane != null) {
            m.put("transfers_screened_distributed", transferLane.records());
            m.put("transfer_partitions", transferLane.partitionsRun());
            m.put("transfer_blocks", transferLane.blocksRun());
            m.put("transfers_with_address_matches", transferLane.withAddressMatches());
            m.put("transfer_findings_streamed", transferLane.findings());
            m.put("transfer_findings_streamed_while_reading", transferLane.findingsWhileReading());
        }
        if (graph != null) {
            m.put("transfers_distributed", graph.transfers());
            m.put("hubs_distributed", graph.hubsFound());
            m.put("fan_candidates_distributed", graph.fanCandidates());
            m.put("mixer_round_trips_distributed", graph.mixerRoundTripsFound());
            m.put("bridge_transfers_distributed", graph.bridgeTransfersFound());
            m.put("hack_proceeds_distributed", graph.hackProceedsFound());
        }
        if (run != null && run.packageBytes() > 0) {
            m.put("compiled_rules_broadcast_bytes", run.packageBytes());
        }
        if (capLane != null) {
            m.put("cap_supplies_distributed", capLane.supplies());
            m.put("cap_tallies_distributed", capLane.tallies());
        }
        m.put("distributed", DISTRIBUTED);
        m.put("not_distributed", ON_DRIVER);
        return m;
    }

    /** The lane of the last run (for the timings). */
    SparkLane lastLane() {
        return lane;
    }
}
