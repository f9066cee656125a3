package org.sanctionsmonitor.check;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.sanctionsmonitor.ingest.Column;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.LabelColumn;
import org.sanctionsmonitor.ingest.LabelsReader;
import org.sanctionsmonitor.ingest.OwnershipColumn;
import org.sanctionsmonitor.ingest.OwnershipReader;
import org.sanctionsmonitor.ingest.PaymentColumn;
import org.sanctionsmonitor.ingest.PaymentsReader;
import org.sanctionsmonitor.ingest.PriceColumn;
import org.sanctionsmonitor.ingest.PricesReader;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.ShipmentColumn;
import org.sanctionsmonitor.ingest.ShipmentsReader;
import org.sanctionsmonitor.ingest.TransferColumn;
import org.sanctionsmonitor.ingest.TransfersReader;
import org.sanctionsmonitor.ingest.VesselEventColumn;
import org.sanctionsmonitor.ingest.VesselEventsReader;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.DailyPrice;
import org.sanctionsmonitor.model.OwnershipStatement;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.model.VesselEvent;

/**
 * The input feeds, each registered once: its name (in the manifest, progress and
 * {@code rules/tests} cases), its command-line option and the option's help, the file name it has
 * in {@code samples/} and in a scenario case, its columns (the contract's, as an enum), its reader,
 * the record type the reader makes and where its records go. {@code check}'s options, the
 * {@link CheckOptions}, the reading in {@link BatchCheck}, the manifest's {@code options} and the
 * scenario cases of {@code rules test} are all made from this list, so a new feed is one constant
 * here (with its column enum, reader and record type, and the screening its records need).
 *
 * <p>The order is the order feeds are listed in the manifest and read in their lane.
 */
public enum Feed {

    TRANSFERS("transfers", "--transfers", "transfers.csv", "A crypto transfers feed. Repeatable.",
            Lane.TRANSFERS, Samples.ALWAYS, false,
            wiring(TransferColumn.class, Transfer.class, TransfersReader::read, RecordPipeline::transfer)),
    SHIPMENTS("shipments", "--shipments", "shipments.csv", "A shipments feed. Repeatable.",
            Lane.RECORDS, Samples.ALWAYS, false,
            wiring(ShipmentColumn.class, Shipment.class, ShipmentsReader::read, RecordPipeline::shipment)),
    PAYMENTS("payments", "--payments", "payments.csv", "A wire payments feed. Repeatable.",
            Lane.RECORDS, Samples.ALWAYS, false,
            wiring(PaymentColumn.class, Payment.class, PaymentsReader::read, RecordPipeline::payment)),
    VESSEL_EVENTS("vessel_events", "--vessel-events", "vessel-events.csv",
            "A vessel-events feed (STS transfers, AIS gaps, flag and name changes, port calls). Repeatable.",
            Lane.RECORDS, Samples.ALWAYS, false,
            wiring(VesselEventColumn.class, VesselEvent.class, VesselEventsReader::read, RecordPipeline::vesselEvent)),
    LABELS("labels", "--labels", "labels.csv",
            "Address labels (chain,address,label_type[,name,source]): mixers, bridges, exchanges, hack proceeds. Repeatable.",
            Lane.BEFORE, Samples.IF_PRESENT, false,
            wiring(LabelColumn.class, AddressLabel.class, LabelsReader::read, null)),
    PRICES("prices", "--prices", "prices.csv",
            "Daily USD prices (asset,date,usd[,source]) for transfers without amount_usd; read after "
                    + "rules/reference/crypto-prices.csv, a later file's price for the same asset and day replacing an earlier one. Repeatable.",
            Lane.BEFORE, Samples.NEVER, true,
            wiring(PriceColumn.class, DailyPrice.class, PricesReader::read, null)),
    OWNERSHIP("ownership", "--ownership", "ownership.csv",
            "Ownership and control links (owner,owned,share[,owner_id,owned_id,control,as_of,source]): "
                    + "the 50 percent rule. Repeatable.",
            Lane.BEFORE, Samples.IF_PRESENT, true,
            wiring(OwnershipColumn.class, OwnershipStatement.class, OwnershipReader::read, null));

    /** Where a feed's records go. */
    public enum Lane {
        /** Read on the main thread, mapped and screened on worker threads (transfers). */
        TRANSFERS,
        /** Read on the second lane, each record screened and judged as it comes (shipments, payments, vessel events). */
        RECORDS,
        /** Read before the records, by the stage that needs them (labels and prices: crypto; ownership: ownership). */
        BEFORE
    }

    /** Whether {@code check} without feed options takes the feed's file from {@code samples/}. */
    public enum Samples {
        ALWAYS, IF_PRESENT, NEVER
    }

    /** A feed reader's entry point, e.g. {@code TransfersReader::read}. */
    @FunctionalInterface
    public interface Reader<T> {
        ReadStats read(InputFile file, Consumer<T> sink, List<Reject> rejects);
    }

    /** The typed parts of a feed: columns, record type, reader and (for the record lanes) the pipeline's entry. */
    public record Wiring<T>(Class<? extends Enum<?>> columns, Class<T> recordType, Reader<T> reader,
            BiConsumer<RecordPipeline, T> sink) {

        ReadStats read(InputFile file, Consumer<Object> out, List<Reject> rejects) {
            return reader.read(file, out::accept, rejects);
        }

        Consumer<Object> into(RecordPipeline pipeline) {
            return r -> sink.accept(pipeline, recordType.cast(r));
        }
    }

    private static <T, C extends Enum<C> & Column> Wiring<T> wiring(Class<C> columns, Class<T> type, Reader<T> reader,
            BiConsumer<RecordPipeline, T> sink) {
        return new Wiring<>(columns, type, reader, sink);
    }

    private final String key;
    private final String option;
    private final String fileName;
    private final String description;
    private final Lane lane;
    private final Samples samples;
    private final boolean manifestOnlyWhenGiven;
    private final Wiring<?> wiring;

    Feed(String key, String option, String fileName, String description, Lane lane, Samples samples,
            boolean manifestOnlyWhenGiven, Wiring<?> wiring) {
        this.key = key;
        this.option = option;
        this.fileName = fileName;
        this.description = description;
        this.lane = lane;
        this.samples = samples;
        this.manifestOnlyWhenGiven = manifestOnlyWhenGiven;
        this.wiring = wiring;
    }

    /** The feed's name in the manifest and progress: transfers, vessel_events, ... */
    public String key() {
        return key;
    }

    /** The {@code check} option that names its files: --transfers, --vessel-events, ... */
    public String option() {
        return option;
    }

    /** The option's help text. */
    public String description() {
        return description;
    }

    /** Its file name in samples/ and in a scenario case folder: transfers.csv, vessel-events.csv, ... */
    public String fileName() {
        return fileName;
    }

    public Lane lane() {
        return lane;
    }

    public Samples samples() {
        return samples;
    }

    /** True for a feed the manifest's options name only when files were given (prices, ownership). */
    public boolean manifestOnlyWhenGiven() {
        return manifestOnlyWhenGiven;
    }

    /** True for a feed of records the rules judge (not labels or prices, which only help judge them). */
    public boolean hasSubjects() {
        return lane != Lane.BEFORE || this == OWNERSHIP;
    }

    /** Its columns, the contract's, as the reader's enum. */
    public Class<? extends Enum<?>> columns() {
        return wiring.columns();
    }

    /** The contract's column names, in order. */
    public List<String> columnNames() {
        return Arrays.stream(wiring.columns().getEnumConstants()).map(c -> ((Column) c).header()).toList();
    }

    /** The record type its reader makes. */
    public Class<?> recordType() {
        return wiring.recordType();
    }

    /** Reads one file of the feed, each record to {@code out}. */
    public ReadStats read(InputFile file, Consumer<Object> out, List<Reject> rejects) {
        return wiring.read(file, out, rejects);
    }

    /** Where the pipeline takes the feed's records (the record lanes only). */
    Consumer<Object> into(RecordPipeline pipeline) {
        if (wiring.sink() == null) {
            throw new IllegalStateException(key + " is read before the records, by its stage");
        }
        return wiring.into(pipeline);
    }

    /** The feeds of a lane, in order. */
    public static List<Feed> of(Lane lane) {
        return Arrays.stream(values()).filter(f -> f.lane == lane).toList();
    }
}
