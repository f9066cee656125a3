package org.sanctionsmonitor.spark.graph;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The bridge transfers chain hopping (core's {@link org.sanctionsmonitor.crypto.ChainHopDetector},
 * CYB-033) reads: deposits into a labelled bridge from an address that is not one, and
 * withdrawals from a labelled bridge to an address that is not one, picked out of every transfer
 * on the executors. The matching itself stays one greedy pass in time order over these transfers
 * alone (each deposit takes the earliest unused withdrawal that matches, so a pairing depends on
 * every earlier one: one global order), made on the driver by core's detector.
 */
public final class ChainHopStage {

    private final SparkSession spark;
    private final Set<String> bridges;

    /** @param bridges node keys labelled bridge */
    public ChainHopStage(SparkSession spark, Set<String> bridges) {
        this.spark = spark;
        this.bridges = bridges;
    }

    /**
     * One row per bridge deposit or withdrawal: {@code seq}.
     *
     * @param transfers rows of {@link GraphRows#SCHEMA}
     */
    public Dataset<Row> run(Dataset<Row> transfers) {
        List<Row> rows = new ArrayList<>();
        bridges.forEach(n -> rows.add(RowFactory.create(n)));
        Dataset<Row> bridge = broadcast(spark.createDataFrame(rows, new StructType().add("br", DataTypes.StringType, false)));
        Dataset<Row> from = bridge.select(col("br").as("from_br"));
        Dataset<Row> to = bridge.select(col("br").as("to_br"));
        return transfers.select("seq", "from_key", "to_key")
                .join(from, col("from_key").equalTo(col("from_br")), "left")
                .join(to, col("to_key").equalTo(col("to_br")), "left")
                .filter(col("from_br").isNull().notEqual(col("to_br").isNull()))
                .select("seq");
    }
}
