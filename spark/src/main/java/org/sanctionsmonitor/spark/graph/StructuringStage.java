package org.sanctionsmonitor.spark.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
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
 * valued inside the search band [{@code structuring_search_floor_usd},
 * {@code structuring_search_ceiling_usd}), in time then input order; a sender with two of them
 * within {@code structuring_horizon_hours} of each other (the gap to the previous one, a lag) is
 * one row with all of them. The rule (CYB-034) decides on core's fact made from them.
 *
 * <p>One shuffle (by sender); the running sum of the values adds in core's order, so the
 * total is the same double.</p>
 */
public final class StructuringStage {

    private final double floor;
    private final double ceiling;
    private final long horizonSeconds;

    public StructuringStage(double floorUsd, double ceilingUsd, double horizonHours) {
        this.floor = floorUsd;
        this.ceiling = ceilingUsd;
        this.horizonSeconds = (long) (horizonHours * 3600);
    }

    public static StructuringStage of(GraphParameters p) {
        return new StructuringStage(p.number("structuring_search_floor_usd"), p.number("structuring_search_ceiling_usd"),
                p.number("structuring_horizon_hours"));
    }

    /**
     * One row per sender with two transfers in the band within the horizon: {@code subject_type}
     * (customer or address), {@code sender} (the owner, or the sender's node key), {@code transfers}
     * (the count), {@code subject_id} (the owner, or the address as first written in the input),
     * {@code first_seq}, {@code last_seq}, {@code span_hours}, {@code total_usd} and {@code seqs}
     * (the transfers' seqs in time order).
     *
     * @param transfers rows of {@link GraphRows#SCHEMA}
     */
    public Dataset<Row> run(Dataset<Row> transfers) {
        Dataset<Row> c = transfers.filter(col("usd").geq(floor).and(col("usd").lt(ceiling)))
                .withColumn("sender", when(col("from_owner").isNotNull(), concat(lit("C|"), col("from_owner")))
                        .otherwise(concat(lit("A|"), col("from_key"))));
        WindowSpec ordered = Window.partitionBy("sender").orderBy("time", "seq");
        WindowSpec all = Window.partitionBy("sender");
        Dataset<Row> measured = c
                .withColumn("gap", col("time").minus(lag(col("time"), 1).over(ordered)))
                .withColumn("min_gap", min(col("gap")).over(all))
                .filter(col("min_gap").leq(horizonSeconds))
                .withColumn("n", count(lit(1)).over(all))
                .withColumn("i", row_number().over(ordered).minus(1))
                // the values summed from the first, in order (as core does)
                .withColumn("running", sum(col("usd")).over(ordered.rowsBetween(Window.unboundedPreceding(), Window.currentRow())));
        Dataset<Row> first = ExposureStage.firstAddresses(transfers);
        return measured.groupBy("sender").agg(
                max("n").as("transfers"),
                sort_array(collect_list(struct(col("time"), col("seq")))).as("counted"),
                max(when(col("i").equalTo(col("n").minus(1)), col("running"))).as("total_usd"))
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
