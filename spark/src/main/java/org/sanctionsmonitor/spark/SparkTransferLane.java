package org.sanctionsmonitor.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.spark.sql.SparkSession;
import org.sanctionsmonitor.check.RecordPipeline;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.screening.AddressMatch;

/**
 * The transfers of a check, screened and ruled on Spark's executors, in blocks while they are read
 * ({@link SparkBlockLane}): exact address screening (addresses and their checksums, against the
 * executor's list index) and label hits, then the transfer rules in one {@link RuleRunner} per
 * partition ({@link RecordPipeline#transferRunner}), a session per batch, as the single JVM's
 * transfer lane runs them.
 *
 * <p>Each partition returns its findings (to the driver's sink as each block is done) and the
 * input positions of its transfers with exact address matches (few); the driver screens those
 * again to note the listed addresses in its transfer graph in input order, as the single JVM does.
 * No rule joins two transfers, so the findings do not depend on the partitioning.</p>
 */
final class SparkTransferLane extends SparkBlockLane implements RecordPipeline.TransferLane {

    private final TreeMap<Long, Transfer> matched = new TreeMap<>();
    private long withMatches;

    SparkTransferLane(SparkSession spark, RunWorld run, int partitions, int chunkRecords) {
        super(spark, run, partitions, chunkRecords, RecordPipeline::transferRunner, SparkTransferLane::screenAndRule);
    }

    @Override
    public void transfer(Transfer t) {
        add(t);
    }

    /** A partition's transfers with exact address matches: (input position, transfer) pairs. */
    @Override
    void extras(List<Object> extras) {
        for (int i = 0; i < extras.size(); i += 2) {
            matched.put((Long) extras.get(i), (Transfer) extras.get(i + 1));
        }
    }

    @Override
    public RecordPipeline.TransferResults finish() {
        finishBlocks();
        withMatches = matched.size();
        List<Transfer> inOrder = new ArrayList<>(matched.values());
        matched.clear();
        return new RecordPipeline.TransferResults(drain(), inOrder);
    }

    /** One transfer on an executor: screened, noted when it matched a listed address, added to the partition's runner. */
    private static void screenAndRule(RecordPipeline world, RuleRunner runner, long position, Object record, List<Object> extras) {
        if (!(record instanceof Transfer t)) {
            throw new IllegalStateException("not a transfer: " + record.getClass().getName());
        }
        List<Match> candidates = new ArrayList<>(2);
        world.screenTransferCandidates(t, candidates::add);
        if (candidates.stream().anyMatch(m -> m instanceof AddressMatch)) {
            extras.add(position);
            extras.add(t);
        }
        runner.add(t, candidates);
    }

    long withAddressMatches() {
        return withMatches;
    }
}
