package org.sanctionsmonitor.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.sanctionsmonitor.check.RecordPipeline;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.trade.CapLedger;
import org.sanctionsmonitor.trade.CapTally;
import org.sanctionsmonitor.trade.TradeCap;

import scala.Tuple2;

/**
 * The UNSCR 2397 cap tallies on Spark's executors, with the cap rules' sessions per partition.
 * The driver keeps what core's {@link CapLedger} keeps while reading (capped supplies to the
 * DPRK, a few per run, offered in input order); here each supply goes out once per cap that
 * covers it, keyed by (cap, year), shuffled so that one (cap, year) is in one partition, and
 * sorted within the partition in core's order ({@link CapLedger#ORDER}: date, input file and
 * line, subject id). Each partition then walks its keys: the running total restarts at each new
 * (cap, year), and each supply's tally is core's own ({@link CapLedger#tally}), exact in
 * BigDecimal. The tallies go into one rule runner per partition; the findings come back to the
 * driver, which orders them with the others. The totals depend on the order within a (cap,
 * year), never on the partitioning.
 */
final class SparkCapLane implements RecordPipeline.CapLane {

    /** A supply's place: its cap and year (the partition), then core's order within them. */
    record Key(int cap, int year, long epochDay, String file, long line, String subjectId) implements Serializable {
    }

    /** Core's order with the (cap, year) in front: the order the running totals add in. */
    static final class KeyOrder implements Comparator<Key>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Key a, Key b) {
            int c = Integer.compare(a.cap(), b.cap());
            if (c == 0) {
                c = Integer.compare(a.year(), b.year());
            }
            if (c == 0) {
                c = Long.compare(a.epochDay(), b.epochDay());
            }
            if (c == 0) {
                c = a.file().compareTo(b.file()); // Provenance's order: file, then line
            }
            if (c == 0) {
                c = Long.compare(a.line(), b.line());
            }
            return c != 0 ? c : a.subjectId().compareTo(b.subjectId());
        }
    }

    /** One (cap, year) per partition's share: partitions by cap and year only. */
    static final class ByCapYear extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByCapYear(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            Key k = (Key) key;
            return Math.floorMod(31 * k.cap() + k.year(), partitions);
        }
    }

    private final SparkSession spark;
    private final RunWorld run;
    private final int partitions;
    private final RuledPartitions.Results results = new RuledPartitions.Results();
    private long supplies;
    private long tallies;

    SparkCapLane(SparkSession spark, RunWorld run, int partitions) {
        this.spark = spark;
        this.run = run;
        this.partitions = partitions;
    }

    @Override
    public List<Finding> run(CapLedger ledger) {
        List<CapLedger.Entry> entries = ledger.entries();
        supplies = entries.size();
        List<TradeCap> caps = ledger.caps();
        List<Tuple2<Key, byte[]>> keyed = new ArrayList<>();
        for (CapLedger.Entry e : entries) {
            byte[] encoded = RecordCodec.encode(e);
            for (int c = 0; c < caps.size(); c++) {
                if (ledger.covers(caps.get(c), e)) {
                    keyed.add(new Tuple2<>(new Key(c, e.date().getYear(), e.date().toEpochDay(), e.source().file(),
                            e.source().line(), e.subject().subjectId()), encoded));
                }
            }
        }
        tallies = keyed.size();
        if (keyed.isEmpty()) {
            return List.of();
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<WorldSpec> world = run.spec(jsc);
        run.register();
        try {
            JavaPairRDD<Key, byte[]> sorted = jsc.parallelizePairs(keyed, Math.max(1, Math.min(partitions, keyed.size())))
                    .repartitionAndSortWithinPartitions(new ByCapYear(Math.max(1, partitions)), new KeyOrder());
            // a handful of tallies per run: one collect; each partition's findings then go to the sink
            for (byte[] result : sorted.mapPartitions(RuledPartitions.task(world, RecordPipeline::otherRunner,
                    SparkCapLane::tallyAndRule)).collect()) {
                List<Object> extras = results.take(result);
                if (!extras.isEmpty()) {
                    throw new IllegalStateException("unexpected cap partition result: " + extras.size() + " values after the findings");
                }
            }
            return results.drain();
        } finally {
            run.unregister();
        }
    }

    /** One partition on an executor: its (cap, year) groups in order, running totals, the tallies into the runner. */
    private static void tallyAndRule(RecordPipeline world, RuleRunner runner, Iterator<Tuple2<Key, byte[]>> it,
            List<Object> extras) {
        CapLedger ledger = world.capLedger();
        List<TradeCap> caps = ledger.caps();
        int cap = -1;
        int year = 0;
        BigDecimal running = BigDecimal.ZERO;
        while (it.hasNext()) {
            Tuple2<Key, byte[]> kv = it.next();
            Key k = kv._1();
            if (k.cap() != cap || k.year() != year) {
                cap = k.cap();
                year = k.year();
                running = BigDecimal.ZERO;
            }
            CapTally t = ledger.tally(caps.get(cap), (CapLedger.Entry) RecordCodec.decode(kv._2()), running);
            running = t.runningTotal();
            runner.add(t, List.of());
        }
    }

    @Override
    public void sendFindingsTo(Consumer<Finding> sink) {
        results.sendTo(sink);
    }

    @Override
    public long sessions() {
        return results.sessions();
    }

    long supplies() {
        return supplies;
    }

    long tallies() {
        return tallies;
    }
}
