package org.sanctionsmonitor.spark.graph;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sanctionsmonitor.graph.GraphParameters;

/**
 * Exposure to depth N (core's {@link org.sanctionsmonitor.graph.ExposureAnalysis}) as iterative
 * joins: the same records, hops, paths, listed-funds bounds and bridge flags, whatever the
 * partitioning.
 *
 * <p>Core sweeps the transfers once in time order. Here the sweep becomes one round per hop:
 * a record with {@code k} hops depends only on records with fewer hops, so round {@code k} sees
 * them all. A transfer out of address {@code f} gets {@code k} hops for an entry when the best
 * record {@code f} received for it strictly before the transfer (fewest hops, then the latest
 * start, then the first received: a running minimum over a window per address and entry) has
 * {@code k-1} hops and started within the look-back window; or when it is a bridge withdrawal
 * linked to a deposit holding a {@code k-1}-hop record (the bridge proposal wins a tie, as in
 * core). Stop labels and addresses listed for the entry receive but do not pass on.</p>
 *
 * <p>The bound on listed funds ({@code min(own USD, sum of listed funds the sender received
 * before)}) is a recurrence in time order, not in hops, so it is solved after the rounds by
 * repeating one window pass until no bound changes (a DAG ordered by time: it converges in as
 * many passes as its longest chain of dependencies). The running sums add in core's order
 * (time, then input position), so the doubles are bit-identical.</p>
 */
public final class ExposureStage {

    /** Most bound passes before the stage fails loudly (a chain of dependencies that long is not data we have seen). */
    static final int MAX_BOUND_PASSES = 10_000;

    private final SparkSession spark;
    private final int maxHops;
    private final long lookbackSeconds;
    private final int minEmitHops;
    private final Map<String, int[]> sources;
    private final Set<String> stop;
    private final Set<String> bridge;
    private final Map<Long, Long> bridgeLinks;
    /** Entries from this index on are emitted from hop 1 whatever {@link #minEmitHops} says. */
    private int hopOneFrom = Integer.MAX_VALUE;
    private int boundPasses;

    /**
     * @param sources     node key ({@link GraphRows#nodeKey}) → indexes of the entries that list it (same chain)
     * @param stop        node keys that receive but do not pass on taint (stop label types)
     * @param bridge      node keys labelled bridge
     * @param bridgeLinks bridge withdrawal seq → the bridge deposit seq it was matched to (chain-hop detector)
     * @param minEmitHops 2 for listed addresses (hop 1 is a direct hit), 1 for hack proceeds
     */
    public ExposureStage(SparkSession spark, int maxHops, long lookbackSeconds, Map<String, int[]> sources, Set<String> stop,
            Set<String> bridge, Map<Long, Long> bridgeLinks, int minEmitHops) {
        this.spark = spark;
        this.maxHops = maxHops;
        this.lookbackSeconds = lookbackSeconds;
        this.minEmitHops = minEmitHops;
        this.sources = sources;
        this.stop = stop;
        this.bridge = bridge;
        this.bridgeLinks = bridgeLinks;
    }

    /** The stage with the depth and look-back of the reviewed graph parameters, for listed addresses. */
    public static ExposureStage of(SparkSession spark, GraphParameters p, Map<String, int[]> sources, Set<String> stop,
            Set<String> bridge, Map<Long, Long> bridgeLinks) {
        return new ExposureStage(spark, (int) p.number("exposure_max_hops"), (long) (p.number("exposure_lookback_days") * 86400),
                sources, stop, bridge, bridgeLinks, 2);
    }

    /**
     * Emits the entries from index {@code first} on from hop 1: the hack-proceeds labels' stand-in
     * entries appended after the list entries, so that listed exposure and hack proceeds (core's
     * two runs of its analysis, whose entries never interact) share one run's shuffles.
     */
    public ExposureStage hopOneFrom(int first) {
        this.hopOneFrom = first;
        return this;
    }

    /** Bound passes the last run needed. */
    public int boundPasses() {
        return boundPasses;
    }

    /**
     * The exposures: one row per transfer and entry reached at {@code minEmitHops} hops or more,
     * with columns {@code seq} (the transfer), {@code tx_id}, {@code entity} (index into the
     * sources' entries), {@code hops}, {@code path} (the seqs from the transfer out of the listed
     * address to this one), {@code source_key} and {@code source_address} (the listed address's
     * node key, and the address as first written in the input), {@code bound} (USD, NaN unknown) and {@code via_bridge}.
     *
     * @param transfers rows of {@link GraphRows#SCHEMA}
     */
    public Dataset<Row> run(Dataset<Row> transfers) {
        Dataset<Row> srcDf = spark.createDataFrame(sourceRows(), new StructType()
                .add("src_node", DataTypes.StringType, false).add("src_e", DataTypes.IntegerType, false));
        Dataset<Row> t = flag(flag(flag(transfers.filter(col("from_key").notEqual(col("to_key")))
                .select("seq", "time", "from_key", "to_key", "usd"), stop, "from_key", "from_stop"), stop, "to_key", "to_stop"),
                bridge, "to_key", "to_bridge").localCheckpoint();

        // round 1: transfers out of listed addresses
        Dataset<Row> all = withHeldOk(t.join(broadcast(srcDf), col("from_key").equalTo(col("src_node")))
                .select(col("seq"), col("src_e").as("e"), lit(1).as("hops"), col("time").as("origin"), array(col("seq")).as("path"),
                        lit(false).as("via"), col("time"), col("from_key"), col("to_key"), col("usd"), col("to_stop"),
                        col("to_bridge"), lit("S").as("kind"), lit(null).cast(DataTypes.LongType).as("dep"),
                        col("from_key").as("src_key")), srcDf).localCheckpoint();

        Dataset<Row> links = spark.createDataFrame(linkRows(), new StructType()
                .add("link_w", DataTypes.LongType, false).add("link_d", DataTypes.LongType, false));
        Dataset<Row> departures = t.filter(not(col("from_stop")));
        WindowSpec byNode = Window.partitionBy("node", "e").orderBy("time", "ord", "seq")
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        for (int k = 2; k <= maxHops; k++) {
            // bridge withdrawals linked to deposits that hold a (k-1)-hop record
            Dataset<Row> w = t.select(col("seq").as("w_seq"), col("time").as("w_time"), col("from_key").as("w_from"),
                    col("to_key").as("w_to"), col("usd").as("w_usd"), col("to_stop").as("w_to_stop"), col("to_bridge").as("w_to_bridge"));
            Dataset<Row> viaBridge = all.filter(col("hops").equalTo(k - 1).and(col("to_bridge")))
                    .join(broadcast(links), col("seq").equalTo(col("link_d")))
                    .join(w, col("link_w").equalTo(col("w_seq")))
                    .filter(col("w_time").minus(col("origin")).leq(lookbackSeconds))
                    .select(col("w_seq").as("seq"), col("e"), lit(k).as("hops"), col("origin"),
                            concat(col("path"), array(col("w_seq"))).as("path"), lit(true).as("via"), col("w_time").as("time"),
                            col("w_from").as("from_key"), col("w_to").as("to_key"), col("w_usd").as("usd"),
                            col("w_to_stop").as("to_stop"), col("w_to_bridge").as("to_bridge"), lit("B").as("kind"),
                            col("seq").as("dep"), col("src_key"), lit(0).as("pri"));

            // the best record each sender holds, strictly before each of its transfers
            Dataset<Row> arrivals = all.filter(col("held_ok")).select(col("to_key").as("node"), col("e"), col("time"),
                    lit(1).as("ord"), col("seq"), struct(col("hops"), col("origin").multiply(-1).as("neg_origin"),
                            col("time").as("at"), col("seq").as("at_seq"), col("origin"), col("path"), col("via"),
                            col("src_key")).as("rec"),
                    lit(null).cast(DataTypes.StringType).as("to_key"), lit(null).cast(DataTypes.DoubleType).as("usd"),
                    lit(null).cast(DataTypes.BooleanType).as("to_stop"), lit(null).cast(DataTypes.BooleanType).as("to_bridge"));
            Dataset<Row> heldAt = arrivals.select("node", "e").distinct();
            Dataset<Row> outs = departures.join(heldAt, col("from_key").equalTo(col("node")))
                    .select(col("node"), col("e"), col("time"), lit(0).as("ord"), col("seq"),
                            lit(null).cast(arrivals.schema().apply("rec").dataType()).as("rec"),
                            col("to_key"), col("usd"), col("to_stop"), col("to_bridge"));
            Dataset<Row> viaHeld = arrivals.unionByName(outs)
                    .withColumn("best", min(col("rec")).over(byNode))
                    .filter(col("ord").equalTo(0).and(col("best.hops").equalTo(k - 1))
                            .and(col("time").minus(col("best.origin")).leq(lookbackSeconds)))
                    .select(col("seq"), col("e"), lit(k).as("hops"), col("best.origin").as("origin"),
                            concat(col("best.path"), array(col("seq"))).as("path"), col("best.via").as("via"), col("time"),
                            col("node").as("from_key"), col("to_key"), col("usd"), col("to_stop"), col("to_bridge"),
                            lit("H").as("kind"), lit(null).cast(DataTypes.LongType).as("dep"), col("best.src_key").as("src_key"),
                            lit(1).as("pri"));

            Dataset<Row> known = all.select(col("seq").as("k_seq"), col("e").as("k_e"));
            Dataset<Row> fresh = viaBridge.unionByName(viaHeld)
                    .join(known, col("seq").equalTo(col("k_seq")).and(col("e").equalTo(col("k_e"))), "left_anti")
                    .withColumn("rn", row_number().over(Window.partitionBy("seq", "e").orderBy("pri")))
                    .filter(col("rn").equalTo(1)).drop("rn", "pri");
            all = all.unionByName(withHeldOk(fresh, srcDf)).localCheckpoint();
        }
        Dataset<Row> bounded = bounds(all);
        return bounded.filter(col("hops").geq(minEmitHops).or(col("e").geq(hopOneFrom)))
                .join(firstAddresses(transfers), col("src_key").equalTo(col("addr_key")))
                .join(transfers.select(col("seq").as("tx_seq"), col("tx_id")), col("seq").equalTo(col("tx_seq")))
                .select(col("seq"), col("tx_id"), col("e").as("entity"), col("hops"), col("path"),
                        col("src_key").as("source_key"), col("addr").as("source_address"), col("bound"),
                        col("via").as("via_bridge"));
    }

    /**
     * The listed-funds bounds: source records carry their own USD value; a bridge record the
     * smaller of its own and its deposit record's; a held record the smaller of its own and the sum
     * of the bounds its sender received for the entry strictly before it (in time, then input order).
     */
    private Dataset<Row> bounds(Dataset<Row> all) {
        Dataset<Row> rec = all.select("seq", "e", "hops", "path", "via", "src_key", "kind", "from_key", "to_key", "time", "dep",
                "usd", "held_ok").withColumn("bound", col("usd")).localCheckpoint();
        WindowSpec byNode = Window.partitionBy("node", "e").orderBy("time", "ord", "seq")
                .rowsBetween(Window.unboundedPreceding(), Window.currentRow());
        for (boundPasses = 1; ; boundPasses++) {
            if (boundPasses > MAX_BOUND_PASSES) {
                throw new IllegalStateException("exposure bounds did not settle in " + MAX_BOUND_PASSES + " passes");
            }
            Dataset<Row> inflow = rec.filter(col("held_ok"))
                    .select(col("to_key").as("node"), col("e"), col("time"), lit(1).as("ord"), col("seq"), col("bound").as("b"))
                    .unionByName(rec.filter(col("kind").equalTo("H")).select(col("from_key").as("node"), col("e"), col("time"),
                            lit(0).as("ord"), col("seq"), lit(null).cast(DataTypes.DoubleType).as("b")))
                    .withColumn("in_sum", sum(col("b")).over(byNode))
                    .filter(col("ord").equalTo(0))
                    .select(col("seq").as("i_seq"), col("e").as("i_e"), col("in_sum"));
            Dataset<Row> deposit = rec.select(col("seq").as("d_seq"), col("e").as("d_e"), col("bound").as("d_bound"));
            Dataset<Row> next = rec.withColumn("old_bound", col("bound")).join(inflow, col("seq").equalTo(col("i_seq")).and(col("e").equalTo(col("i_e"))), "left")
                    .join(deposit, col("dep").equalTo(col("d_seq")).and(col("e").equalTo(col("d_e"))), "left")
                    .withColumn("new_bound", when(col("kind").equalTo("S"), col("usd"))
                            .when(col("kind").equalTo("B"), nanMin(col("usd"), col("d_bound")))
                            .otherwise(nanMin(col("usd"), col("in_sum"))))
                    .drop("bound", "i_seq", "i_e", "in_sum", "d_seq", "d_e", "d_bound")
                    .localCheckpoint();
            long changed = next.filter(not(col("new_bound").eqNullSafe(col("old_bound")))).count();
            rec = next.drop("old_bound").withColumnRenamed("new_bound", "bound");
            if (changed == 0) {
                return rec;
            }
        }
    }

    /** core's min: NaN (unknown) gives way to the other value. */
    private static Column nanMin(Column a, Column b) {
        return when(isnan(a), b).when(isnan(b), a).otherwise(least(a, b));
    }

    /** Each node key with the address as first written in the input (lowest seq; from before to). */
    static Dataset<Row> firstAddresses(Dataset<Row> transfers) {
        Dataset<Row> sides = transfers.select(col("from_key").as("addr_key"), struct(col("seq"), lit(0).as("side"),
                col("from_address").as("a")).as("s"))
                .unionByName(transfers.select(col("to_key").as("addr_key"), struct(col("seq"), lit(1).as("side"),
                        col("to_address").as("a")).as("s")));
        return sides.groupBy("addr_key").agg(min(col("s")).as("s")).select(col("addr_key"), col("s.a").as("addr"));
    }

    /** Whether a record's receiver keeps the taint to pass on: not a stop label, not listed for the entry itself. */
    private static Dataset<Row> withHeldOk(Dataset<Row> records, Dataset<Row> srcDf) {
        return records.join(broadcast(srcDf.select(col("src_node").as("h_node"), col("src_e").as("h_e"))),
                col("to_key").equalTo(col("h_node")).and(col("e").equalTo(col("h_e"))), "left")
                .withColumn("held_ok", not(col("to_stop")).and(col("h_node").isNull()))
                .drop("h_node", "h_e");
    }

    private Dataset<Row> flag(Dataset<Row> d, Set<String> nodes, String keyColumn, String flag) {
        List<Row> rows = new ArrayList<>();
        nodes.forEach(n -> rows.add(RowFactory.create(n)));
        Dataset<Row> set = spark.createDataFrame(rows, new StructType().add("flag_node", DataTypes.StringType, false));
        return d.join(broadcast(set), col(keyColumn).equalTo(col("flag_node")), "left")
                .withColumn(flag, col("flag_node").isNotNull()).drop("flag_node");
    }

    private List<Row> sourceRows() {
        List<Row> rows = new ArrayList<>();
        sources.forEach((node, es) -> {
            for (int e : es) {
                rows.add(RowFactory.create(node, e));
            }
        });
        return rows;
    }

    private List<Row> linkRows() {
        List<Row> rows = new ArrayList<>();
        bridgeLinks.forEach((w, d) -> rows.add(RowFactory.create(w, d)));
        return rows;
    }
}
