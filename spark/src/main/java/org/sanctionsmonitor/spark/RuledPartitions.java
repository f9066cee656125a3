package org.sanctionsmonitor.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.sanctionsmonitor.check.RecordPipeline;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.finding.Finding;

/**
 * What the Spark job's lanes ({@link SparkLane}, {@link SparkTransferLane}, {@link SparkCapLane})
 * share: the task that screens and rules one partition on an executor, and the driver's side that
 * takes each partition's result as it comes back.
 *
 * <p>On the executor, a task sets the context class loader to the job's own (under spark-submit
 * the task's is Spark's, and Drools loads the rules' classes through it), takes the run's
 * {@link ExecutorWorld}, makes one {@link RuleRunner} for the partition (a session per batch), lets
 * the lane feed it, and returns one encoded result: the number of sessions, the number of
 * findings, the findings, then what else the lane adds (the transfer lane: the transfers with
 * exact address matches). An empty partition returns nothing and builds no world.</p>
 *
 * <p>On the driver, {@link Results} decodes each result as it arrives and hands the findings to the
 * pipeline's sink (the batch check's on-disk sorter) at once, so the driver holds no more than the
 * results in flight, whatever the number of findings.</p>
 */
final class RuledPartitions {

    private RuledPartitions() {
    }

    /** Which of the pipeline's rule runners a lane's partitions use ({@code RecordPipeline::otherRunner}, ...). */
    @FunctionalInterface
    interface Runner extends Serializable {
        RuleRunner of(RecordPipeline world);
    }

    /** What a lane does with one partition's input on an executor: it feeds the runner, and may add to the result. */
    @FunctionalInterface
    interface Work<T> extends Serializable {
        void run(RecordPipeline world, RuleRunner runner, Iterator<T> input, List<Object> extras);
    }

    /** The task for {@code mapPartitions}: one result per non-empty partition. */
    static <T> FlatMapFunction<Iterator<T>, byte[]> task(Broadcast<WorldSpec> world, Runner runner, Work<T> work) {
        return input -> run(world.value(), runner, work, input);
    }

    private static <T> Iterator<byte[]> run(WorldSpec spec, Runner runnerOf, Work<T> work, Iterator<T> input) {
        if (!input.hasNext()) {
            return Collections.emptyIterator();
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RuledPartitions.class.getClassLoader());
        try {
            RecordPipeline world = ExecutorWorld.get(spec);
            RuleRunner runner = runnerOf.of(world);
            List<Object> extras = new ArrayList<>();
            work.run(world, runner, input, extras);
            List<Finding> findings = runner.finishUnordered();
            List<Object> result = new ArrayList<>(findings.size() + extras.size() + 2);
            result.add(runner.sessions());
            result.add(findings.size());
            result.addAll(findings);
            result.addAll(extras);
            return List.of(RecordCodec.encodeAll(result)).iterator();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The driver's side of a lane: each partition's result as it comes back, its findings handed
     * to the sink (held only until a sink is given, or when there is none), its sessions counted.
     */
    static final class Results {
        private Consumer<Finding> sink;
        private List<Finding> held = new ArrayList<>();
        private long sessions;
        private long findings;
        private long partitions;

        /** From now on findings go to {@code sink} as they come; those held so far go now. */
        synchronized void sendTo(Consumer<Finding> sink) {
            this.sink = sink;
            held.forEach(sink);
            held = new ArrayList<>();
        }

        /** One partition's result: its sessions counted, its findings handed on; what the lane added after them. */
        synchronized List<Object> take(byte[] result) {
            List<Object> d = RecordCodec.decodeAll(result);
            sessions += (Long) d.get(0);
            int n = (Integer) d.get(1);
            for (int i = 2; i < 2 + n; i++) {
                Finding f = (Finding) d.get(i);
                if (sink != null) {
                    sink.accept(f);
                } else {
                    held.add(f);
                }
            }
            findings += n;
            partitions++;
            return d.subList(2 + n, d.size());
        }

        /** The findings held (none when a sink was given), and forgets them. */
        synchronized List<Finding> drain() {
            List<Finding> out = held;
            held = new ArrayList<>();
            return out;
        }

        synchronized long sessions() {
            return sessions;
        }

        /** Findings that came back from the executors. */
        synchronized long findings() {
            return findings;
        }

        /** Partition results taken. */
        synchronized long partitions() {
            return partitions;
        }
    }
}
