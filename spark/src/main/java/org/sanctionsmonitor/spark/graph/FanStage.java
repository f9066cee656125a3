package org.sanctionsmonitor.spark.graph;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sanctionsmonitor.graph.GraphParameters;

/**
 * Fan-out then fan-in (core's {@link org.sanctionsmonitor.crypto.FanOutFanInDetector}): the
 * candidate pairs of each (source, recombining address). A source s (no stop label, two or more
 * outgoing transfers, not a hub by the {@code fan_source_hub_transfers} floor) sends e1 to r (not
 * s, no stop label); r's first {@code hub_fanout} + 1 outgoing transfers after e1 and within
 * {@code fan_horizon_hours} of it are its onward transfers e2, unless more than {@code hub_fanout} of
 * them come within {@code fan_window_hours} (r is a hub);
 * each e2 to d (neither r nor s) pairs e1 with e2 under (s, d).
 *
 * <p>r's outgoing transfers are numbered in (time, seq) order; a running count over r's outgoing
 * transfers and the e1 arriving at it gives each e1 the number of the first one after it, and
 * an equi-join by (r, number) takes only the next {@code hub_fanout} + 1: bounded by the hub
 * cut-off, as in {@link PassThroughStage}. The source floor is a range frame counting each
 * source's outgoing transfers in the window, for the sources above the floor only.</p>
 *
 * <p>A row is a candidate: its pairs come from two or more intermediaries. Which of them
 * recombine inside one window, and the fact, are core's: the driver runs core's detector over the
 * row's transfers only ({@link SparkGraphStages#fanOutFanIns}), which finds exactly these pairs
 * again.</p>
 */
public final class FanStage {

    private final SparkSession spark;
    private final long window;
    private final long horizon;
    private final int hubFanout;
    private final long sourceHub;
    private final Set<String> service;

    /**
     * @param windowSeconds  {@code fan_window_hours} in whole seconds: the window in which hubs are judged
     * @param horizonSeconds {@code fan_horizon_hours} in whole seconds: how far onward transfers are followed
     * @param hubFanout     an intermediary with more onward transfers than this in the window is a hub
     * @param sourceHub     {@code fan_source_hub_transfers}: a source sending more than this in all, and
     *                      more than {@code hubFanout} in one window, is a hub and not searched
     * @param service       node keys with a stop label type
     */
    public FanStage(SparkSession spark, long windowSeconds, long horizonSeconds, int hubFanout, long sourceHub, Set<String> service) {
        this.spark = spark;
        this.window = windowSeconds;
        this.horizon = horizonSeconds;
        this.hubFanout = hubFanout;
        this.sourceHub = sourceHub;
        this.service = service;
    }

    /** The stage with the reviewed table's window (for hubs), search horizon, hub_fanout and fan_source_hub_transfers. */
    public static FanStage of(SparkSession spark, GraphParameters p, Set<String> service) {
        return new FanStage(spark, (long) (p.number("fan_window_hours") * 3600), (long) (p.number("fan_horizon_hours") * 3600),
                (int) p.number("hub_fanout"),
                (long) p.number("fan_source_hub_transfers"), service);
    }

    /**
     * One row per candidate (source, recombining address): {@code source_key}, {@code sink_key},
     * {@code branches} (distinct intermediaries over all its pairs, at least 2) and {@code pairs}
     * (struct {@code seq1}, {@code seq2}: each e1 with each of its e2, sorted).
     *
     * @param transfers rows of {@link GraphRows#SCHEMA}
     */
    public Dataset<Row> run(Dataset<Row> transfers) {
        List<Row> rows = new ArrayList<>();
        service.forEach(n -> rows.add(RowFactory.create(n)));
        Dataset<Row> services = broadcast(spark.createDataFrame(rows, new StructType().add("svc", DataTypes.StringType, false)));

        Dataset<Row> outs = transfers.select(col("from_key").as("a"), col("to_key").as("b"), col("time"), col("seq"));
        Dataset<Row> sent = outs.groupBy("a").agg(count(lit(1)).as("sent"))
                .filter(col("sent").geq(2))
                .join(services, col("a").equalTo(col("svc")), "left_anti");
        // above the floor, a source whose busiest window holds more than hub_fanout transfers is a hub
        Dataset<Row> hubs = outs.join(sent.filter(col("sent").gt(sourceHub)).select(col("a").as("x")), col("a").equalTo(col("x")),
                        "left_semi")
                .withColumn("in_window", count(lit(1)).over(Window.partitionBy("a").orderBy("time").rangeBetween(0, window)))
                .groupBy("a").agg(max("in_window").as("busiest"))
                .filter(col("busiest").gt(hubFanout))
                .select(col("a").as("h"));
        Dataset<Row> sources = sent.select(col("a").as("s")).join(hubs, col("s").equalTo(col("h")), "left_anti");
        Dataset<Row> e1 = outs.join(sources, col("a").equalTo(col("s")))
                .filter(col("b").notEqual(col("s")))
                .join(services, col("b").equalTo(col("svc")), "left_anti")
                .select(col("s"), col("b").as("r"), col("time").as("t1"), col("seq").as("seq1"));

        // the number of r's outgoing transfers up to e1's time: the next one is the first after it
        Dataset<Row> numbered = outs.withColumn("idx", row_number().over(Window.partitionBy("a").orderBy("time", "seq")));
        Dataset<Row> placed = outs.select(col("a").as("r"), col("time"), lit(0).as("ord"), col("seq"), lit(1).as("is_out"),
                        lit(null).cast(DataTypes.StringType).as("s"), lit(null).cast(DataTypes.LongType).as("seq1"))
                .unionByName(e1.select(col("r"), col("t1").as("time"), lit(1).as("ord"), col("seq1").as("seq"), lit(0).as("is_out"),
                        col("s"), col("seq1")))
                .withColumn("before", sum(col("is_out")).over(Window.partitionBy("r").orderBy("time", "ord", "seq")
                        .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .filter(col("ord").equalTo(1))
                .withColumn("idx", explode(sequence(col("before").plus(1), col("before").plus(hubFanout + 1))));
        Dataset<Row> o = numbered.select(col("a").as("o_a"), col("idx").as("o_idx"), col("time").as("t2"), col("seq").as("seq2"),
                col("b").as("d"));
        Dataset<Row> onward = placed.join(o, col("r").equalTo(col("o_a")).and(col("idx").equalTo(col("o_idx"))))
                .filter(col("t2").minus(col("time")).leq(horizon));
        // e1 whose intermediary sends more than hub_fanout within the window is not followed
        Dataset<Row> followed = onward.groupBy("s", "r", "seq1")
                .agg(count(when(col("t2").minus(col("time")).leq(window), lit(1))).as("within"))
                .filter(col("within").leq(hubFanout))
                .select(col("s").as("f_s"), col("r").as("f_r"), col("seq1").as("f_seq1"));
        Dataset<Row> pairs = onward.join(followed, col("s").equalTo(col("f_s")).and(col("r").equalTo(col("f_r")))
                        .and(col("seq1").equalTo(col("f_seq1"))), "left_semi")
                .filter(col("d").notEqual(col("r")).and(col("d").notEqual(col("s"))));
        return pairs.groupBy("s", "d")
                .agg(count_distinct(col("r")).cast("int").as("branches"),
                        sort_array(collect_list(struct(col("seq1"), col("seq2")))).as("pairs"))
                .filter(col("branches").geq(2))
                .select(col("s").as("source_key"), col("d").as("sink_key"), col("branches"), col("pairs"));
    }
}
