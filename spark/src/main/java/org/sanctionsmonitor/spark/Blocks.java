package org.sanctionsmonitor.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Records shipped to Spark in blocks while they are read, so the driver holds a bounded number of
 * them: encoded chunks gather into a block of {@code 2 × partitions} chunks, each full block is
 * submitted as its own Spark job at once (asynchronously: reading goes on while the executors
 * work), and when more than {@link #IN_FLIGHT} blocks are running the reader waits for the oldest.
 * Each block's results go to the lane's handler as soon as the block is done (checked at every
 * submit), in the order the blocks were submitted, and are not kept here.
 */
final class Blocks {

    /** Blocks running at once before the reader waits. */
    static final int IN_FLIGHT = 2;

    private final JavaSparkContext jsc;
    private final int partitions;
    private final int blockChunks;
    private final Function<JavaRDD<byte[]>, JavaFutureAction<List<byte[]>>> job;
    private final Deque<JavaFutureAction<List<byte[]>>> running = new ArrayDeque<>();
    private final Consumer<byte[]> results;
    private List<byte[]> pending = new ArrayList<>();
    private int blocks;
    private int maxPartitions;
    private long maxPendingChunks;

    /**
     * @param job     what runs on a block: a Spark action over its chunks, started asynchronously
     * @param results takes each result of a block, block by block in submission order, on the reading thread
     */
    Blocks(JavaSparkContext jsc, int partitions, Function<JavaRDD<byte[]>, JavaFutureAction<List<byte[]>>> job,
            Consumer<byte[]> results) {
        this.jsc = jsc;
        this.partitions = Math.max(1, partitions);
        this.blockChunks = 2 * this.partitions;
        this.job = job;
        this.results = results;
    }

    /** A chunk in input order; a full block goes to Spark now. */
    void add(byte[] chunk) {
        pending.add(chunk);
        if (pending.size() >= blockChunks) {
            submit();
        }
    }

    private void submit() {
        if (pending.isEmpty()) {
            return;
        }
        JavaRDD<byte[]> rdd = jsc.parallelize(pending, Math.min(partitions, pending.size()));
        maxPartitions = Math.max(maxPartitions, rdd.getNumPartitions());
        running.add(job.apply(rdd));
        blocks++;
        pending = new ArrayList<>();
        while (running.size() > IN_FLIGHT || !running.isEmpty() && running.peek().isDone()) {
            take();
        }
        maxPendingChunks = Math.max(maxPendingChunks, (long) running.size() * blockChunks);
    }

    private void take() {
        try {
            running.poll().get().forEach(results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a Spark job", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        }
    }

    /** Submits what is left and waits for every block, its results to the handler. */
    void finish() {
        submit();
        while (!running.isEmpty()) {
            take();
        }
    }

    /** Stops the blocks still running (after a failure elsewhere). */
    void cancel() {
        running.forEach(f -> f.cancel(true));
        running.clear();
        pending.clear();
    }

    int blocks() {
        return blocks;
    }

    /** The most partitions one block had. */
    int maxPartitions() {
        return maxPartitions;
    }
}
