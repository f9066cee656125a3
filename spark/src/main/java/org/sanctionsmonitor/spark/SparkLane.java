package org.sanctionsmonitor.spark;

import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.sanctionsmonitor.check.RecordPipeline;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Shipment;

/**
 * The payments and shipments of a check, screened and ruled on Spark's executors, in blocks while
 * they are read ({@link SparkBlockLane}): exact and fuzzy name screening, trade and ownership
 * screening with the executor's {@link ExecutorWorld}, then the rules in one {@link RuleRunner}
 * per partition ({@link RecordPipeline#otherRunner}: the single JVM's session facts), a session per
 * batch. The findings go to the driver's sink as each block is done; the sink orders them with the
 * other lanes': finding ids and order depend on the records, never on which partition or session
 * held them (no rule joins two payments or two shipments).
 */
final class SparkLane extends SparkBlockLane implements RecordPipeline.Lane {

    SparkLane(SparkSession spark, RunWorld run, int partitions, int chunkRecords) {
        super(spark, run, partitions, chunkRecords, RecordPipeline::otherRunner, SparkLane::screenAndRule);
    }

    @Override
    public void payment(Payment p) {
        add(p);
    }

    @Override
    public void shipment(Shipment s) {
        add(s);
    }

    @Override
    public List<Finding> finishUnordered() {
        finishBlocks();
        return drain();
    }

    /** One record on an executor: screened and added to the partition's runner. */
    private static void screenAndRule(RecordPipeline world, RuleRunner runner, long position, Object record, List<Object> extras) {
        if (record instanceof Payment p) {
            runner.add(p, world::screenPayment);
        } else if (record instanceof Shipment s) {
            runner.add(s, world::screenShipment);
        } else {
            throw new IllegalStateException("not a payment or shipment: " + record.getClass().getName());
        }
    }
}
