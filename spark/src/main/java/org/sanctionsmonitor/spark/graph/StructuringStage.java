package org.sanctionsmonitor.spark.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.sanctionsmonitor.graph.GraphParameters;

/**
 * Structuring (core's {@link org.sanctionsmonitor.crypto.StructuringDetector}) with window
 * functions: per sender (its from_owner when given, else its address on its chain) the transfers
 * valued in [threshold × (1 − margin), threshold), in time then input order; for each, how many
 * of them fall within {@code structuring_window_hours} from it (a range frame); the busiest
 * window (first of the largest), two or more transfers, as one row per sender.
 *
 * <p>One shuffle (by sender); the running sum of the counted values adds in core's order, so the
 * total is the same double.</p>
 */
public final class StructuringStage {

    private final double threshold;
    private final double low;
    private final long windowSeconds;

    public StructuringStage(double thresholdUsd, double margin, double windowHours) {
        this.threshold = thresholdUsd;
        this.low = thresholdUsd * (1 - margin);
        this.windowSeconds = (long) (windowHours * 3600);
    }

    public static StructuringStage of(GraphParameters p) {
        return new StructuringStage(p.number("structuring_threshold_usd"), p.number("structuring_margin"),
                p.number("structuring_window_hours"));
    }

    /**
     * One row per sender with a busiest window of two or more: {@code subject_type} (customer or
     * address), {@code sender} (the owner, or the sender's node key), {@code transfers} (the count),
     * {@code subject_id} (the owner, or the address as first written in the input),
     * {@code first_seq}, {@code last_seq}, {@code span_hours}, {@code total_usd} and {@code seqs}
     * (the counted transfers' seqs in time order).
     *
     * @param transfers rows of {@link GraphRows#SCHEMA}
     */
    public Dataset<Row> run(Dataset<Row> transfers) {
        Dataset<Row> c = transfers.filter(col("usd").geq(low).and(col("usd").lt(threshold)))
                .withColumn("sender", when(col("from_owner").isNotNull(), concat(lit("C|"), col("from_owner")))
                        .otherwise(concat(lit("A|"), col("from_key"))));
        WindowSpec ordered = Window.partitionBy("sender").orderBy("time", "seq");
        WindowSpec all = Window.partitionBy("sender");
        Dataset<Row> measured = c
                .withColumn("i", row_number().over(ordered).minus(1))
                // rows with a time up to this one's plus the window: the index past the last one counted
                .withColumn("upto", count(lit(1)).over(Window.partitionBy("sender").orderBy("time")
                        .rangeBetween(Window.unboundedPreceding(), windowSeconds)))
                .withColumn("n", col("upto").minus(col("i")))
                // the busiest window: the largest count, the first such start
                .withColumn("best", max(struct(col("n"), col("i").multiply(-1).as("neg_i"))).over(all))
                .withColumn("best_n", col("best.n"))
                .withColumn("best_i", col("best.neg_i").multiply(-1))
                .filter(col("best_n").geq(2).and(col("i").geq(col("best_i"))).and(col("i").lt(col("best_i").plus(col("best_n")))))
                // the counted values summed from the first, in order (as core does)
                .withColumn("running", sum(col("usd")).over(ordered.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
        Dataset<Row> first = ExposureStage.firstAddresses(transfers);
        return measured.groupBy("sender").agg(
                max("best_n").as("transfers"),
                sort_array(collect_list(struct(col("time"), col("seq")))).as("counted"),
                max(when(col("i").equalTo(col("best_i").plus(col("best_n")).minus(1)), col("running"))).as("total_usd"))
                .select(when(col("sender").startsWith("C|"), lit("customer")).otherwise(lit("address")).as("subject_type"),
                        col("sender").substr(3, Integer.MAX_VALUE).as("sender"), col("transfers").cast("int").as("transfers"),
                        col("counted").getItem(0).getField("seq").as("first_seq"),
                        col("counted").getItem(col("transfers").minus(1).cast("int")).getField("seq").as("last_seq"),
                        col("counted").getItem(col("transfers").minus(1).cast("int")).getField("time")
                                .minus(col("counted").getItem(0).getField("time")).divide(3600.0).as("span_hours"),
                        col("total_usd"), col("counted.seq").as("seqs"))
                .join(first, col("sender").equalTo(col("addr_key")), "left")
                .withColumn("subject_id", when(col("subject_type").equalTo("customer"), col("sender")).otherwise(col("addr")))
                .drop("addr_key", "addr");
    }
}
