package org.sanctionsmonitor.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.sanctionsmonitor.check.CheckOptions;
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
    private final RecordPipeline pipeline;
    private final CheckOptions options;
    private final int partitions;
    private final int chunkRecords;
    private final boolean shareDriver;
    private final String runId = UUID.randomUUID().toString();
    private final List<byte[]> chunks = new ArrayList<>();
    private List<Object> chunk = new ArrayList<>();
    private long records;
    private long sessions;
    private int partitionsRun;
    private long nanos;

    SparkLane(SparkSession spark, RecordPipeline pipeline, CheckOptions options, int partitions, int chunkRecords,
            boolean shareDriver) {
        this.chunkRecords = chunkRecords;
        this.spark = spark;
        this.pipeline = pipeline;
        this.options = options;
        this.partitions = partitions;
        this.shareDriver = shareDriver;
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
            chunks.add(RecordCodec.encodeAll(chunk));
            chunk = new ArrayList<>();
        }
    }

    @Override
    public List<Finding> finishUnordered() {
        if (!chunk.isEmpty()) {
            chunks.add(RecordCodec.encodeAll(chunk));
            chunk = new ArrayList<>();
        }
        if (chunks.isEmpty()) {
            return List.of();
        }
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        WorldSpec spec = new WorldSpec(runId, RecordCodec.encode(options), ExecutorWorld.ruleFiles(pipeline.rules()), shareDriver);
        ExecutorWorld.register(runId, pipeline);
        try {
            Broadcast<WorldSpec> world = jsc.broadcast(spec);
            int slices = Math.max(1, Math.min(partitions, chunks.size()));
            JavaRDD<byte[]> input = jsc.parallelize(chunks, slices);
            partitionsRun = input.getNumPartitions();
            List<byte[]> out = input.mapPartitions(it -> screenAndRule(world.value(), it)).collect();
            world.destroy();
            List<Finding> findings = new ArrayList<>();
            for (byte[] b : out) {
                List<Object> decoded = RecordCodec.decodeAll(b);
                sessions += (Long) decoded.get(0);
                for (int i = 1; i < decoded.size(); i++) {
                    findings.add((Finding) decoded.get(i));
                }
            }
            chunks.clear();
            return findings;
        } finally {
            ExecutorWorld.unregister(runId);
            nanos = System.nanoTime() - t0;
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

    int partitionsRun() {
        return partitionsRun;
    }

    long millis() {
        return nanos / 1_000_000;
    }
}
