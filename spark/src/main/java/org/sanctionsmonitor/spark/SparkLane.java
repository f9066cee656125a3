package org.sanctionsmonitor.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.sanctionsmonitor.check.RecordPipeline;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Shipment;

/**
 * The payments and shipments of a check, screened and ruled on Spark's executors. The driver's
 * readers hand records here in input order; they are encoded ({@link RecordCodec}) in chunks of
 * {@link RuleRunner#BATCH} records (by default), the chunks spread over {@code partitions} partitions, and each
 * partition runs on an executor: exact and fuzzy name screening, trade and ownership screening
 * with the executor's {@link ExecutorWorld}, then the rules in one {@link RuleRunner} per
 * partition (a session per batch). The findings come back to the driver, which orders them with
 * the other lanes' by {@link RuleRunner#order}: finding ids and order depend on the records, never
 * on which partition or session held them (no rule joins two payments or two shipments).
 */
final class SparkLane implements RecordPipeline.Lane {

    private final SparkSession spark;
    private final RunWorld run;
    private final int partitions;
    private final int chunkRecords;
    private Blocks blocks;
    private List<Object> chunk = new ArrayList<>();
    private long records;
    private long sessions;
    private int partitionsRun;
    private int blocksRun;
    private long nanos;

    SparkLane(SparkSession spark, RunWorld run, int partitions, int chunkRecords) {
        this.chunkRecords = chunkRecords;
        this.spark = spark;
        this.run = run;
        this.partitions = partitions;
    }

    @Override
    public void payment(Payment p) {
        add(p);
    }

    @Override
    public void shipment(Shipment s) {
        add(s);
    }

    private void add(Object record) {
        chunk.add(record);
        records++;
        if (chunk.size() >= chunkRecords) {
            ship();
        }
    }

    /** The chunk to the current block; a full block goes to Spark while reading goes on. */
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
        long t0 = System.nanoTime();
        try {
            blocks.add(RecordCodec.encodeAll(chunk));
        } catch (RuntimeException e) {
            blocks.cancel();
            run.unregister();
            throw e;
        }
        chunk = new ArrayList<>();
        nanos += System.nanoTime() - t0;
    }

    @Override
    public List<Finding> finishUnordered() {
        ship();
        if (blocks == null) {
            return List.of();
        }
        long t0 = System.nanoTime();
        try {
            List<byte[]> out = blocks.finish();
            partitionsRun = blocks.maxPartitions();
            blocksRun = blocks.blocks();
            List<Finding> findings = new ArrayList<>();
            for (byte[] b : out) {
                List<Object> decoded = RecordCodec.decodeAll(b);
                sessions += (Long) decoded.get(0);
                for (int i = 1; i < decoded.size(); i++) {
                    findings.add((Finding) decoded.get(i));
                }
            }
            return findings;
        } finally {
            blocks.cancel();
            blocks = null;
            run.unregister();
            nanos += System.nanoTime() - t0;
        }
    }

    /**
     * One partition on an executor: its records screened and ruled; one result, the number of
     * sessions and then the findings, encoded.
     */
    private static Iterator<byte[]> screenAndRule(WorldSpec spec, Iterator<byte[]> chunks) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // under spark-submit the task's context class loader is Spark's; Drools loads the rules'
        // classes through it, so it must be the one that holds this job's jar
        thread.setContextClassLoader(SparkLane.class.getClassLoader());
        try {
            RecordPipeline world = ExecutorWorld.get(spec);
            RuleRunner runner = world.otherRunner();
            while (chunks.hasNext()) {
                for (Object r : RecordCodec.decodeAll(chunks.next())) {
                    if (r instanceof Payment p) {
                        runner.add(p, world::screenPayment);
                    } else if (r instanceof Shipment s) {
                        runner.add(s, world::screenShipment);
                    } else {
                        throw new IllegalStateException("not a payment or shipment: " + r.getClass().getName());
                    }
                }
            }
            List<Finding> findings = runner.finishUnordered();
            List<Object> result = new ArrayList<>(findings.size() + 1);
            result.add(runner.sessions());
            result.addAll(findings);
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

    /** The most partitions one block had. */
    int partitionsRun() {
        return partitionsRun;
    }

    /** Spark jobs submitted, one per block. */
    int blocksRun() {
        return blocksRun;
    }

    long millis() {
        return nanos / 1_000_000;
    }
}
