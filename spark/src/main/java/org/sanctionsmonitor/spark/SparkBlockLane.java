package org.sanctionsmonitor.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.sanctionsmonitor.check.RecordPipeline;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.finding.Finding;

/**
 * A lane whose records go to Spark while they are read ({@link SparkLane}: payments and
 * shipments; {@link SparkTransferLane}: transfers). The driver's readers hand records here in
 * input order; they are encoded ({@link RecordCodec}) in chunks of {@code chunkRecords} (the rule
 * runner's batch in the job), each chunk led by the input position of its first record; the chunks
 * go to Spark in {@link Blocks}, and each partition is screened and ruled on an executor by
 * {@link RuledPartitions} with the lane's {@link RecordWork}. Each block's findings go to the
 * pipeline's sink as soon as the block is done, so the driver's memory does not grow with them.
 */
abstract class SparkBlockLane {

    /** What a lane does with one record on an executor (given its input position). */
    @FunctionalInterface
    interface RecordWork extends java.io.Serializable {
        void accept(RecordPipeline world, RuleRunner runner, long position, Object record, List<Object> extras);
    }

    private final SparkSession spark;
    private final RunWorld run;
    private final int partitions;
    private final int chunkRecords;
    private final RuledPartitions.Runner runner;
    private final RecordWork work;
    private final RuledPartitions.Results results = new RuledPartitions.Results();
    private Blocks blocks;
    private List<Object> chunk = new ArrayList<>();
    private long records;
    private int partitionsRun;
    private int blocksRun;
    private long findingsWhileReading;
    private long nanos;

    SparkBlockLane(SparkSession spark, RunWorld run, int partitions, int chunkRecords, RuledPartitions.Runner runner,
            RecordWork work) {
        this.spark = spark;
        this.run = run;
        this.partitions = partitions;
        this.chunkRecords = chunkRecords;
        this.runner = runner;
        this.work = work;
    }

    /** What the lane does on the driver with what a partition added after its findings (nothing by default). */
    void extras(List<Object> extras) {
        if (!extras.isEmpty()) {
            throw new IllegalStateException("unexpected partition result: " + extras.size() + " values after the findings");
        }
    }

    /** A record in input order; a full chunk to the current block, a full block to Spark now. */
    final void add(Object record) {
        chunk.add(record);
        records++;
        if (chunk.size() >= chunkRecords) {
            ship();
        }
    }

    private void ship() {
        if (chunk.isEmpty()) {
            return;
        }
        if (blocks == null) {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            Broadcast<WorldSpec> world = run.spec(jsc);
            run.register();
            RecordWork w = work;
            blocks = new Blocks(jsc, partitions,
                    rdd -> rdd.mapPartitions(RuledPartitions.task(world, runner, (p, r, chunks, extras) -> perRecord(w, p, r, chunks, extras)))
                            .collectAsync(),
                    result -> extras(results.take(result)));
        }
        long t0 = System.nanoTime();
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
        nanos += System.nanoTime() - t0;
    }

    /** On the executor: each chunk's records, with their input positions, to the lane's work. */
    private static void perRecord(RecordWork work, RecordPipeline world, RuleRunner runner, Iterator<byte[]> chunks,
            List<Object> extras) {
        while (chunks.hasNext()) {
            List<Object> c = RecordCodec.decodeAll(chunks.next());
            long position = (Long) c.get(0);
            for (int i = 1; i < c.size(); i++, position++) {
                work.accept(world, runner, position, c.get(i), extras);
            }
        }
    }

    /** Ships what is left and waits for every block; their findings went to the sink (or are held: {@link #drain}). */
    final void finishBlocks() {
        ship();
        if (blocks == null) {
            return;
        }
        long t0 = System.nanoTime();
        findingsWhileReading = results.findings();
        try {
            blocks.finish();
            partitionsRun = blocks.maxPartitions();
            blocksRun = blocks.blocks();
        } finally {
            blocks.cancel();
            blocks = null;
            run.unregister();
            nanos += System.nanoTime() - t0;
        }
    }

    /** The findings held when no sink was given. */
    final List<Finding> drain() {
        return results.drain();
    }

    public final void sendFindingsTo(Consumer<Finding> sink) {
        results.sendTo(sink);
    }

    public final long sessions() {
        return results.sessions();
    }

    final long records() {
        return records;
    }

    /** The most partitions one block had. */
    final int partitionsRun() {
        return partitionsRun;
    }

    /** Spark jobs submitted, one per block. */
    final int blocksRun() {
        return blocksRun;
    }

    /** Findings that came back from the executors. */
    final long findings() {
        return results.findings();
    }

    /** Of those, the ones handed to the sink before the last record was read (blocks done while reading). */
    final long findingsWhileReading() {
        return findingsWhileReading;
    }

    final long millis() {
        return nanos / 1_000_000;
    }
}
