package org.sanctionsmonitor.spark.graph;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
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
import org.sanctionsmonitor.graph.GraphParameters;

/**
 * Mixer round trips (core's {@link org.sanctionsmonitor.crypto.MixerRoundTripDetector}): each
 * deposit of a customer (from_owner) into a labelled mixer, paired with the customer's nearest
 * later withdrawal (to_owner) from a labelled mixer, when that comes within
 * {@code mixer_round_trip_horizon_hours}.
 *
 * <p>Core walks each customer's withdrawals in (time, seq) order and takes the first one strictly
 * after the deposit. Here a customer's deposits and withdrawals are one window by owner, ordered by
 * time, then withdrawals before deposits, then seq: a running count of the withdrawals read at a
 * deposit is the number of withdrawals at or before its time, so the nearest later one is the next
 * number, and an equi-join by (owner, number) finds it. One window and one join, linear in the
 * customer's mixer transfers, where a range join would be quadratic.</p>
 */
public final class MixerStage {

    private final SparkSession spark;
    private final long horizon;
    private final Set<String> mixers;

    /**
     * @param horizonSeconds {@code mixer_round_trip_horizon_hours} in whole seconds, as core measures it
     * @param mixers         node keys labelled mixer
     */
    public MixerStage(SparkSession spark, long horizonSeconds, Set<String> mixers) {
        this.spark = spark;
        this.horizon = horizonSeconds;
        this.mixers = mixers;
    }

    /** The stage with the reviewed table's horizon. */
    public static MixerStage of(SparkSession spark, GraphParameters p, Set<String> mixers) {
        return new MixerStage(spark, (long) (p.number("mixer_round_trip_horizon_hours") * 3600), mixers);
    }

    /**
     * One row per round trip: {@code owner}, {@code deposit_seq} and {@code withdrawal_seq}.
     *
     * @param transfers rows of {@link GraphRows#SCHEMA}
     */
    public Dataset<Row> run(Dataset<Row> transfers) {
        List<Row> rows = new ArrayList<>();
        mixers.forEach(n -> rows.add(RowFactory.create(n)));
        Dataset<Row> mixer = broadcast(spark.createDataFrame(rows, new StructType().add("mx", DataTypes.StringType, false)));

        Dataset<Row> deposits = transfers.filter(col("from_owner").isNotNull())
                .join(mixer, col("to_key").equalTo(col("mx")), "left_semi")
                .select(col("from_owner").as("owner"), col("time"), lit(1).as("ord"), col("seq"));
        Dataset<Row> withdrawals = transfers.filter(col("to_owner").isNotNull())
                .join(mixer, col("from_key").equalTo(col("mx")), "left_semi")
                .select(col("to_owner").as("owner"), col("time"), lit(0).as("ord"), col("seq"));
        Dataset<Row> numbered = withdrawals.unionByName(deposits)
                .withColumn("n", sum(lit(1).minus(col("ord"))).over(Window.partitionBy("owner").orderBy("time", "ord", "seq")
                        .rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
        Dataset<Row> d = numbered.filter(col("ord").equalTo(1))
                .select(col("owner"), col("time").as("d_time"), col("seq").as("deposit_seq"), col("n").plus(1).as("next"));
        Dataset<Row> w = numbered.filter(col("ord").equalTo(0))
                .select(col("owner").as("w_owner"), col("time").as("w_time"), col("seq").as("withdrawal_seq"), col("n").as("w_n"));
        return d.join(w, col("owner").equalTo(col("w_owner")).and(col("next").equalTo(col("w_n"))))
                .filter(col("w_time").minus(col("d_time")).leq(horizon))
                .select(col("owner"), col("deposit_seq"), col("withdrawal_seq"));
    }
}
