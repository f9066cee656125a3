package org.sanctionsmonitor.spark.graph;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sanctionsmonitor.crypto.DailyPrices;
import org.sanctionsmonitor.graph.Exposure;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Transfer;

/**
 * Core's {@link Exposure} facts from the rows of {@link ExposureStage#run}, for the rule sessions:
 * the same subject, path evidence, explanation and measurements as the single JVM's.
 *
 * <p>An Exposure's transfers are rows of a {@link TransferGraph}; this builds a small one from
 * only the transfers the exposures name (their paths), in input order and valued as core's graph
 * stage values them, so each transfer's facts (and the daily price that valued it) come out as
 * in the single JVM.</p>
 */
public final class ExposureFacts {

    private ExposureFacts() {
    }

    /** The seqs of every transfer the exposure rows name (their paths, which end with the transfer itself). */
    public static TreeSet<Long> referencedSeqs(List<Row> exposures) {
        TreeSet<Long> seqs = new TreeSet<>();
        for (Row r : exposures) {
            seqs.addAll(r.<Long>getList(r.fieldIndex("path")));
        }
        return seqs;
    }

    /** The node keys of the transfers given (both ends), for {@link #firstWritten}. */
    public static Set<String> nodeKeys(java.util.Collection<Transfer> transfers) {
        Set<String> keys = new TreeSet<>();
        for (Transfer t : transfers) {
            keys.add(GraphRows.nodeKey(t.chain(), t.fromAddress()));
            keys.add(GraphRows.nodeKey(t.chain(), t.toAddress()));
        }
        return keys;
    }

    /**
     * Each of {@code keys} with the address as the whole input first wrote it (the form core's
     * graph shows in every transfer's facts), from the transfer rows: one aggregation, the
     * wanted keys broadcast.
     */
    public static Map<String, String> firstWritten(SparkSession spark, Dataset<Row> transferRows, Set<String> keys) {
        List<Row> rows = new ArrayList<>();
        keys.forEach(k -> rows.add(RowFactory.create(k)));
        Dataset<Row> wanted = spark.createDataFrame(rows, new StructType().add("want", DataTypes.StringType, false));
        Map<String, String> m = new HashMap<>();
        for (Row r : ExposureStage.firstAddresses(transferRows.join(broadcast(wanted),
                col("from_key").equalTo(col("want")).or(col("to_key").equalTo(col("want"))), "left_semi")).collectAsList()) {
            m.put(r.getString(0), r.getString(1));
        }
        return m;
    }

    /**
     * @param exposures   rows of {@link ExposureStage#run}
     * @param transfers   seq → transfer, for at least {@link #referencedSeqs}
     * @param firstWritten node key → the address as first written in the whole input, for every
     *                    end of those transfers ({@link #firstWritten})
     * @param prices      the daily prices the run values transfers with
     * @param entities    the list entries the stage's sources index
     * @param sourceNotes node key → the note for a source listed only through the same EVM key on
     *                    another chain (core's cross-chain keys); empty when none
     */
    public static List<Exposure> toCore(List<Row> exposures, Map<Long, Transfer> transfers, Map<String, String> firstWritten,
            DailyPrices prices, List<ListedEntity> entities, Map<String, String> sourceNotes) {
        TransferGraph.Builder b = new TransferGraph.Builder();
        Map<Long, Integer> index = new HashMap<>();
        TreeSet<Long> seqs = referencedSeqs(exposures);
        for (long seq : seqs) { // each address first as the whole input first wrote it: evidence shows that form
            Transfer t = transfers.get(seq);
            if (t == null) {
                throw new IllegalArgumentException("exposure path names transfer seq " + seq + ", which was not given");
            }
            for (String a : List.of(t.fromAddress(), t.toAddress())) {
                String first = firstWritten.get(GraphRows.nodeKey(t.chain(), a));
                if (first == null) {
                    throw new IllegalArgumentException("no first-written form given for " + a + " on " + t.chain());
                }
                b.node(t.chain(), first);
            }
        }
        for (long seq : seqs) {
            Transfer t = transfers.get(seq);
            int i;
            if (t.amountUsd() != null) {
                i = b.add(t);
            } else {
                DailyPrices.Valuation v = prices.value(t.asset(), t.timestamp(), t.amount());
                i = v == null ? b.add(t) : b.addValued(t, TransferGraph.Ends.of(t), v.usd(), v.note());
            }
            index.put(seq, i);
        }
        TransferGraph g = b.build();
        List<Exposure> out = new ArrayList<>(exposures.size());
        for (Row r : exposures) {
            List<TransferGraph.GraphTransfer> path = new ArrayList<>();
            for (Long seq : r.<Long>getList(r.fieldIndex("path"))) {
                path.add(g.subject(index.get(seq)));
            }
            out.add(new Exposure(g.subject(index.get(r.getLong(r.fieldIndex("seq")))), entities.get(r.getInt(r.fieldIndex("entity"))),
                    r.getInt(r.fieldIndex("hops")), path, r.getString(r.fieldIndex("source_address")),
                    r.getDouble(r.fieldIndex("bound")), r.getBoolean(r.fieldIndex("via_bridge")),
                    sourceNotes.get(r.getString(r.fieldIndex("source_key")))));
        }
        return out;
    }
}
