package org.sanctionsmonitor.spark.graph;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sanctionsmonitor.graph.GraphParameters;

/**
 * Rapid pass-through (core's {@link org.sanctionsmonitor.crypto.PassThroughDetector}): an address
 * receives funds and, within the search horizon ({@code pass_through_horizon_minutes}), sends out
 * (same asset, not to itself) so that the amount sent on so far is, at some onward transfer,
 * between the ratio floor ({@code pass_through_ratio_floor}) and 2 minus it of the amount; one row
 * per address with those receipts. CYB-031 decides on core's fact made from them.
 *
 * <p>Core looks at the receiving address's next outgoing transfers after each receipt and gives up
 * on a hub (a 65th outgoing transfer within the window). Here the outgoing transfers of each
 * address are numbered in (time, seq) order, each receipt finds the number of the first one after
 * it with a running count over a window, and joins only the next 65 by (address, number): an
 * equi-join bounded by the hub cut-off instead of a range join that is quadratic on hubs. The sum
 * of the onward amounts is folded in core's order, so it is the same double.</p>
 */
public final class PassThroughStage {

    /** The reviewed table's hub_fanout as shipped: more outgoing transfers than this within the window is a hub. */
    public static final int HUB_FANOUT = 64;
    /** Receipts kept per address for evidence (core shows at most 24 evidence lines). */
    static final int EVIDENCE_RECEIPTS = 24;

    private final SparkSession spark;
    private final double windowMinutes;
    private final double ratio;
    private final Set<String> service;
    private final int hubFanout;

    private final double hubWindowMinutes;

    /** @param service node keys with a stop label type (services are not examined) */
    public PassThroughStage(SparkSession spark, double windowMinutes, double ratio, Set<String> service) {
        this(spark, windowMinutes, windowMinutes, ratio, service, HUB_FANOUT);
    }

    /**
     * @param windowMinutes    how far after a receipt its onward transfers are measured (the search horizon)
     * @param hubWindowMinutes the window in which hubs are judged
     * @param ratio            the band's floor: kept when the amount sent on so far is between it and 2 minus it
     * @param hubFanout        core's hub cut-off: a receipt followed by more outgoing transfers than this within
     *                         {@code hubWindowMinutes} is not examined
     */
    public PassThroughStage(SparkSession spark, double windowMinutes, double hubWindowMinutes, double ratio, Set<String> service,
            int hubFanout) {
        this.spark = spark;
        this.hubWindowMinutes = hubWindowMinutes;
        this.windowMinutes = windowMinutes;
        this.ratio = ratio;
        this.service = service;
        this.hubFanout = hubFanout;
    }

    /**
     * The stage with the reviewed table's search horizon ({@code pass_through_horizon_minutes}), ratio floor
     * ({@code pass_through_ratio_floor}) and hub_fanout, as core measures: the rule decides the window and ratio.
     */
    public static PassThroughStage of(SparkSession spark, GraphParameters p, Set<String> service) {
        return new PassThroughStage(spark, p.number("pass_through_horizon_minutes"), p.number("pass_through_window_minutes"),
                p.number("pass_through_ratio_floor"), service,
                (int) p.number("hub_fanout"));
    }

    /**
     * One row per address with events: {@code address_key}, {@code address} (as first written),
     * {@code events}, {@code first_seq} (the first event's receipt), {@code max_minutes},
     * {@code unvalued} (receipts without a USD value), {@code max_usd} (NaN when none is valued),
     * {@code largest_unvalued_seq} (null when all are valued), {@code receipt_seqs} (all event
     * receipts in order), {@code first_events} (the first 24 events: receipt seq and its onward
     * transfers' seqs, for evidence) and {@code event_outs} (every event's onward transfers' seqs).
     *
     * @param transfers rows of {@link GraphRows#SCHEMA}
     */
    public Dataset<Row> run(Dataset<Row> transfers) {
        long window = (long) (windowMinutes * 60);
        long hubWindow = (long) (hubWindowMinutes * 60);
        List<Row> rows = new ArrayList<>();
        service.forEach(n -> rows.add(RowFactory.create(n)));
        Dataset<Row> services = spark.createDataFrame(rows, new StructType().add("svc", DataTypes.StringType, false));

        Dataset<Row> outs = transfers.select(col("from_key").as("a"), col("time"), col("seq"), col("asset").as("o_asset"),
                col("to_key").as("o_to"), col("amount").as("o_amount"))
                .withColumn("idx", row_number().over(Window.partitionBy("a").orderBy("time", "seq")));
        Dataset<Row> receipts = transfers.filter(col("from_key").notEqual(col("to_key")))
                .join(broadcast(services), col("to_key").equalTo(col("svc")), "left_anti")
                .select(col("to_key").as("a"), col("time"), col("seq"), col("amount").as("x"), col("asset"), col("usd"));
        // the number of the receipt's address's outgoing transfers up to its time: the next one is the first after it
        Dataset<Row> placed = outs.select(col("a"), col("time"), lit(0).as("ord"), col("seq"), lit(1).as("is_out"),
                        lit(null).cast(DataTypes.DoubleType).as("x"), lit(null).cast(DataTypes.StringType).as("asset"),
                        lit(null).cast(DataTypes.DoubleType).as("usd"))
                .unionByName(receipts.select(col("a"), col("time"), lit(1).as("ord"), col("seq"), lit(0).as("is_out"),
                        col("x"), col("asset"), col("usd")))
                .withColumn("before", sum(col("is_out")).over(Window.partitionBy("a").orderBy("time", "ord", "seq")
                        .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
                .filter(col("ord").equalTo(1))
                .withColumn("idx", explode(sequence(col("before").plus(1), col("before").plus(hubFanout + 1))));
        Dataset<Row> o = outs.select(col("a").as("o_a"), col("idx").as("o_idx"), col("time").as("o_time"), col("seq").as("o_seq"),
                col("o_asset"), col("o_to"), col("o_amount"));
        Dataset<Row> examined = placed.join(o, col("a").equalTo(col("o_a")).and(col("idx").equalTo(col("o_idx"))))
                .filter(col("o_time").minus(col("time")).leq(window))
                .groupBy("a", "time", "seq", "x", "asset", "usd", "before")
                // a hub when all hub_fanout + 1 next transfers come within the hub window; at most hub_fanout are measured
                .agg(count(when(col("o_time").minus(col("time")).leq(hubWindow), lit(1))).as("within"),
                        sort_array(collect_list(when(col("o_asset").equalTo(col("asset")).and(col("o_to").notEqual(col("a")))
                                        .and(col("o_idx").leq(col("before").plus(hubFanout))),
                                struct(col("o_idx"), col("o_time"), col("o_seq"), col("o_amount"))))).as("onward"));
        Dataset<Row> events = examined.filter(col("within").leq(hubFanout).and(size(col("onward")).gt(0)))
                // kept when the amount sent on so far is in the band at some onward transfer (core's floor)
                .withColumn("onward_sum", aggregate(col("onward"),
                        struct(lit(0.0).as("s"), lit(false).as("b")),
                        (acc, x) -> {
                            Column s = acc.getField("s").plus(x.getField("o_amount"));
                            return struct(s.as("s"), acc.getField("b")
                                    .or(s.geq(col("x").multiply(ratio)).and(s.leq(col("x").multiply(2 - ratio)))).as("b"));
                        }))
                .filter(col("onward_sum").getField("b"))
                .withColumn("minutes", element_at(col("onward"), -1).getField("o_time").minus(col("time")).divide(60.0));
        Dataset<Row> byAddress = events.groupBy("a").agg(
                count(lit(1)).cast("int").as("events"),
                max("minutes").as("max_minutes"),
                count(when(isnan(col("usd")), lit(1))).cast("int").as("unvalued"),
                max(when(not(isnan(col("usd"))), col("usd"))).as("max_usd"),
                min(when(isnan(col("usd")), struct(col("x").multiply(-1).as("neg_x"), col("time"), col("seq")))).as("largest_unvalued"),
                sort_array(collect_list(struct(col("time"), col("seq"), transform(col("onward"), x -> x.getField("o_seq")).as("outs"))))
                        .as("all_events"));
        return byAddress.join(ExposureStage.firstAddresses(transfers), col("a").equalTo(col("addr_key")))
                .select(col("a").as("address_key"), col("addr").as("address"), col("events"),
                        element_at(col("all_events"), 1).getField("seq").as("first_seq"),
                        col("max_minutes"), col("unvalued"),
                        when(col("max_usd").isNull(), lit(Double.NaN)).otherwise(col("max_usd")).as("max_usd"),
                        col("largest_unvalued.seq").as("largest_unvalued_seq"),
                        col("all_events.seq").as("receipt_seqs"),
                        slice(col("all_events"), 1, EVIDENCE_RECEIPTS).as("first_events"),
                        flatten(col("all_events.outs")).as("event_outs"));
    }
}
