package org.sanctionsmonitor.spark.graph;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

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
import org.sanctionsmonitor.crypto.PatternContext;
import org.sanctionsmonitor.graph.GraphParameters;

/**
 * Unlabelled hubs (core's {@link org.sanctionsmonitor.crypto.ServiceLikeDetector}): per address
 * without a stop label, the most distinct counterparties it sends to inside any
 * {@code hub_window_hours} window starting at one of its outgoing transfers, for every address
 * above the search floor {@code service_like_floor}; CYB-004 decides with {@code hub_fanout}, and
 * above {@code hub_fanout} the address stops exposure (applied where the facts are made).
 *
 * <p>Core slides a window with one counter per recipient. A range frame cannot count distinct
 * values, so here each counterparty's transfers are turned into intervals of window starts: the
 * recipient c of a transfer at time τ (its previous transfer to c at τ′) counts for every window
 * start t with max(τ′ + 1, τ − w) ≤ t ≤ τ, and these intervals of one c do not overlap. A running
 * sum of +1 at each interval's start and −1 after its end, ordered by time, read at each outgoing
 * transfer's time, is the number of distinct counterparties in the window starting there: one
 * window by address, linear in its transfers, where a frame collecting the recipients would hold
 * a whole window per row.</p>
 */
public final class HubStage {

    private final SparkSession spark;
    private final long window;
    private final int floor;
    private final Set<String> service;

    /**
     * @param windowSeconds {@code hub_window_hours} in whole seconds, as core measures it
     * @param floor         service_like_floor: a row for more distinct counterparties than this in one window
     * @param service       node keys with a stop label type (never hubs)
     */
    public HubStage(SparkSession spark, long windowSeconds, int floor, Set<String> service) {
        this.spark = spark;
        this.window = windowSeconds;
        this.floor = floor;
        this.service = service;
    }

    /**
     * The stage with the reviewed table's window and search floor (service_like_floor): every
     * address above the floor gets a row, as core's detector gives it a fact; hub_fanout (which of
     * them stop exposure) is applied where the facts are made.
     */
    public static HubStage of(SparkSession spark, GraphParameters p, Set<String> service) {
        return new HubStage(spark, (long) (p.number("hub_window_hours") * 3600), (int) p.number("service_like_floor"), service);
    }

    /**
     * One row per hub: {@code address_key}, {@code counterparties} (in its busiest window),
     * {@code best_time} (the earliest start of such a window, epoch seconds), {@code touched}
     * (transfers it sent or received in all) and {@code evidence_seqs} (the first
     * {@value PatternContext#MAX_EVIDENCE} of its outgoing transfers in that window, in (time, seq)
     * order: those core shows as evidence).
     *
     * @param transfers rows of {@link GraphRows#SCHEMA}
     */
    public Dataset<Row> run(Dataset<Row> transfers) {
        List<Row> rows = new ArrayList<>();
        service.forEach(n -> rows.add(RowFactory.create(n)));
        Dataset<Row> services = spark.createDataFrame(rows, new StructType().add("svc", DataTypes.StringType, false));

        Dataset<Row> outs = transfers.select(col("from_key").as("a"), col("to_key").as("c"), col("time"), col("seq"));
        // core skips labelled addresses and those with too few outgoing transfers to have that many counterparties
        Dataset<Row> busy = outs.groupBy("a").agg(count(lit(1)).as("sent"))
                .filter(col("sent").gt(floor))
                .join(broadcast(services), col("a").equalTo(col("svc")), "left_anti");
        Dataset<Row> cand = outs.join(busy.select(col("a").as("b_a"), col("sent")), col("a").equalTo(col("b_a")), "left_semi");
        Dataset<Row> times = cand.select("a", "c", "time").distinct()
                .withColumn("prev", lag(col("time"), 1).over(Window.partitionBy("a", "c").orderBy("time")))
                .withColumn("from", greatest(col("time").minus(window), coalesce(col("prev").plus(1), col("time").minus(window))));
        Dataset<Row> deltas = times.select(col("a"), col("from").as("t"), lit(0).as("ord"), lit(1).as("d"))
                .unionByName(times.select(col("a"), col("time").plus(1).as("t"), lit(0).as("ord"), lit(-1).as("d")))
                .unionByName(cand.select(col("a"), col("time").as("t"), lit(1).as("ord"), lit(0).as("d")).distinct());
        Dataset<Row> measured = deltas
                .withColumn("distinct", sum(col("d")).over(Window.partitionBy("a").orderBy("t", "ord")
                        .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .filter(col("ord").equalTo(1));
        // the most counterparties, at the earliest window start that has them
        Dataset<Row> hubs = measured.groupBy("a").agg(max(struct(col("distinct"), col("t").multiply(-1).as("neg_t"))).as("best"))
                .select(col("a").as("h"), col("best.distinct").cast("int").as("counterparties"),
                        col("best.neg_t").multiply(-1).as("best_time"))
                .filter(col("counterparties").gt(floor));
        Dataset<Row> evidence = cand.join(hubs, col("a").equalTo(col("h")))
                .filter(col("time").geq(col("best_time")).and(col("time").minus(col("best_time")).leq(window)))
                .withColumn("k", row_number().over(Window.partitionBy("a").orderBy("time", "seq")))
                .filter(col("k").leq(PatternContext.MAX_EVIDENCE))
                .groupBy("a").agg(sort_array(collect_list(struct(col("time"), col("seq")))).as("ev"));
        Dataset<Row> received = transfers.groupBy(col("to_key").as("r")).agg(count(lit(1)).as("received"));
        return hubs.join(busy, col("h").equalTo(col("a")))
                .drop("a")
                .join(evidence, col("h").equalTo(col("a")))
                .join(received, col("h").equalTo(col("r")), "left")
                .select(col("h").as("address_key"), col("counterparties"), col("best_time"),
                        col("sent").plus(coalesce(col("received"), lit(0L))).as("touched"),
                        col("ev.seq").as("evidence_seqs"));
    }
}
