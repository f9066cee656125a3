package org.sanctionsmonitor.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeMap;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.sanctionsmonitor.check.RecordPipeline;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.screening.AddressMatch;

/**
 * The transfers of a check, screened and ruled on Spark's executors: exact address screening
 * (addresses and their checksums, against the executor's list index) and label hits, then the
 * transfer rules in one {@link RuleRunner} per partition (a session per batch), as the single
 * JVM's transfer lane runs them. The driver's readers hand transfers here in input order; they
 * are encoded ({@link RecordCodec}) in chunks, and the chunks go to Spark in {@link Blocks} while
 * reading goes on (the driver holds a bounded number of them).
 *
 * <p>Each partition returns its findings and the input positions of its transfers with exact
 * address matches (few); the driver screens those again to note the listed addresses in its
 * transfer graph in input order, as the single JVM does. No rule joins two transfers, so the
 * findings do not depend on the partitioning; the driver orders them with the others.</p>
 */
final class SparkTransferLane implements RecordPipeline.TransferLane {

    private final SparkSession spark;
    private final RunWorld run;
    private final int partitions;
    private final int chunkRecords;
    private Blocks blocks;
    private List<Object> chunk = new ArrayList<>();
    private long records;
    private long sessions;
    private long withMatches;
    private int partitionsRun;
    private int blocksRun;

    SparkTransferLane(SparkSession spark, RunWorld run, int partitions, int chunkRecords) {
        this.spark = spark;
        this.run = run;
        this.partitions = partitions;
        this.chunkRecords = chunkRecords;
    }

    @Override
    public void transfer(Transfer t) {
        chunk.add(t);
        records++;
        if (chunk.size() >= chunkRecords) {
            ship();
        }
    }

    /** The chunk (its first input position, then its transfers) to the current block; a full block goes to Spark now. */
    private void ship() {
        if (chunk.isEmpty()) {
            return;
        }
        if (blocks == null) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Broadcast<WorldSpec> world = run.spec(jsc);
            run.register();
            blocks = new Blocks(jsc, partitions, rdd -> rdd.mapPartitions(it -> screenAndRule(world.value(), it)).collectAsync());
        }
        List<Object> c = new ArrayList<>(chunk.size() + 1);
        c.add(records - chunk.size());
        c.addAll(chunk);
        try {
            blocks.add(RecordCodec.encodeAll(c));
        } catch (RuntimeException e) {
            blocks.cancel();
            run.unregister();
            throw e;
        }
        chunk = new ArrayList<>();
    }

    @Override
    public RecordPipeline.TransferResults finish() {
        ship();
        if (blocks == null) {
            return new RecordPipeline.TransferResults(List.of(), List.of());
        }
        try {
            List<byte[]> out = blocks.finish();
            partitionsRun = blocks.maxPartitions();
            blocksRun = blocks.blocks();
            List<Finding> findings = new ArrayList<>();
            TreeMap<Long, Transfer> matched = new TreeMap<>();
            for (byte[] b : out) {
                List<Object> d = RecordCodec.decodeAll(b);
                sessions += (Long) d.get(0);
                int nFindings = (Integer) d.get(1);
                for (int i = 2; i < 2 + nFindings; i++) {
                    findings.add((Finding) d.get(i));
                }
                for (int i = 2 + nFindings; i < d.size(); i += 2) {
                    matched.put((Long) d.get(i), (Transfer) d.get(i + 1));
                }
            }
            withMatches = matched.size();
            return new RecordPipeline.TransferResults(findings, new ArrayList<>(matched.values()));
        } finally {
            blocks.cancel();
            blocks = null;
            run.unregister();
        }
    }

    /**
     * One partition on an executor: its transfers screened and ruled; one result: the number of
     * sessions, the number of findings, the findings, then (input position, transfer) for each
     * transfer with an exact address match.
     */
    private static Iterator<byte[]> screenAndRule(WorldSpec spec, Iterator<byte[]> chunks) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SparkTransferLane.class.getClassLoader()); // under spark-submit the task's is Spark's
        try {
            RecordPipeline world = ExecutorWorld.get(spec);
            RuleRunner runner = world.transferRunner();
            List<Object> matched = new ArrayList<>();
            while (chunks.hasNext()) {
                List<Object> c = RecordCodec.decodeAll(chunks.next());
                long seq = (Long) c.get(0);
                for (int i = 1; i < c.size(); i++, seq++) {
                    if (!(c.get(i) instanceof Transfer t)) {
                        throw new IllegalStateException("not a transfer: " + c.get(i).getClass().getName());
                    }
                    List<Match> candidates = new ArrayList<>(2);
                    world.screenTransferCandidates(t, candidates::add);
                    if (candidates.stream().anyMatch(m -> m instanceof AddressMatch)) {
                        matched.add(seq);
                        matched.add(t);
                    }
                    runner.add(t, candidates);
                }
            }
            List<Finding> findings = runner.finishUnordered();
            List<Object> result = new ArrayList<>(findings.size() + matched.size() + 2);
            result.add(runner.sessions());
            result.add(findings.size());
            result.addAll(findings);
            result.addAll(matched);
            return List.of(RecordCodec.encodeAll(result)).iterator();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public long sessions() {
        return sessions;
    }

    long records() {
        return records;
    }

    long withAddressMatches() {
        return withMatches;
    }

    int partitionsRun() {
        return partitionsRun;
    }

    int blocksRun() {
        return blocksRun;
    }
}
