package org.sanctionsmonitor.spark.graph;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sanctionsmonitor.crypto.DailyPrices;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.normalize.Addresses;
import org.sanctionsmonitor.normalize.Chains;

/**
 * The transfers as the distributed graph stages read them: one row per transfer with what core's
 * compact {@link org.sanctionsmonitor.graph.TransferGraph} keeps, and its place in the input
 * ({@code seq}, the 0-based position over all transfers files in the order the single JVM reads
 * them: the graph's tie-break between transfers with the same timestamp, so it must not depend on
 * partitioning).
 *
 * <p>A node (an address on a chain) is keyed as {@link #nodeKey}: the canonical chain and the
 * chain-local address key, as core's graph interns it. {@code usd} is amount_usd, else the value
 * from the daily prices, else NaN (never null), exactly as core's graph stage values it.</p>
 */
public final class GraphRows {

    private GraphRows() {
    }

    public static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("seq", DataTypes.LongType, false),
        DataTypes.createStructField("tx_id", DataTypes.StringType, false),
        DataTypes.createStructField("time", DataTypes.LongType, false),
        DataTypes.createStructField("chain", DataTypes.StringType, false),
        DataTypes.createStructField("from_key", DataTypes.StringType, false),
        DataTypes.createStructField("to_key", DataTypes.StringType, false),
        DataTypes.createStructField("from_address", DataTypes.StringType, false),
        DataTypes.createStructField("to_address", DataTypes.StringType, false),
        DataTypes.createStructField("asset", DataTypes.StringType, false),
        DataTypes.createStructField("amount", DataTypes.DoubleType, false),
        DataTypes.createStructField("usd", DataTypes.DoubleType, false),
        DataTypes.createStructField("from_owner", DataTypes.StringType, true),
        DataTypes.createStructField("to_owner", DataTypes.StringType, true),
    });

    /** The node key of an address on a chain: canonical chain, U+0001, chain-local address key. */
    public static String nodeKey(String chain, String address) {
        return Chains.canonical(chain) + "\u0001" + Addresses.chainLocalKey(address);
    }

    /** The row of transfer {@code t} at input position {@code seq}, valued as core's graph stage values it. */
    public static Row row(Transfer t, long seq, DailyPrices prices) {
        double usd;
        if (t.amountUsd() != null) {
            usd = t.amountUsd().doubleValue();
        } else {
            DailyPrices.Valuation v = prices.value(t.asset(), t.timestamp(), t.amount());
            usd = v == null ? Double.NaN : v.usd();
        }
        return row(t, seq, usd);
    }

    /** The row of transfer {@code t} at input position {@code seq} with its USD value (NaN when unknown). */
    public static Row row(Transfer t, long seq, double usd) {
        String chain = Chains.canonical(t.chain());
        return RowFactory.create(seq, t.txId(), t.timestamp().getEpochSecond(), chain,
                nodeKey(t.chain(), t.fromAddress()), nodeKey(t.chain(), t.toAddress()),
                t.fromAddress().strip(), t.toAddress().strip(), t.asset(), t.amount().doubleValue(), usd,
                t.fromOwner(), t.toOwner());
    }

    /** The transfers in input order (seq = position) as a Dataset of {@code partitions} partitions. */
    public static Dataset<Row> dataset(SparkSession spark, List<Transfer> transfers, DailyPrices prices, int partitions) {
        List<Row> rows = new ArrayList<>(transfers.size());
        for (int i = 0; i < transfers.size(); i++) {
            rows.add(row(transfers.get(i), i, prices));
        }
        return spark.createDataFrame(rows, SCHEMA).repartition(partitions);
    }
}
