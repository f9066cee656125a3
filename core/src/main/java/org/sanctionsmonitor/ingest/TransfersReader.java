package org.sanctionsmonitor.ingest;

import static org.sanctionsmonitor.ingest.TransferColumn.*;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.sanctionsmonitor.model.Transfer;

/** Reads the transfers feed into {@link Transfer} facts. */
public final class TransfersReader {

    private static final CsvFeedReader<TransferColumn> CSV = new CsvFeedReader<>(TransferColumn.class, "transfers");

    private TransfersReader() {
    }

    public static ReadStats read(InputFile file, Consumer<Transfer> sink, List<Reject> rejects) {
        return CSV.read(file, TransfersReader::map, sink, rejects);
    }

    /**
     * Reads the transfers with the mapping, and then {@code then} (e.g. exact screening, which
     * must be thread-safe), on worker threads; {@code sink} gets the results in file order on
     * this thread, and rejects come in file order, as with {@link #read}.
     */
    public static <T> ReadStats readParallel(InputFile file, Function<Transfer, T> then, Consumer<T> sink,
            List<Reject> rejects) {
        return CSV.readParallel(file, row -> then.apply(map(row)), sink, rejects);
    }

    static Transfer map(Row<TransferColumn> r) {
        return new Transfer(
                r.require(TX_ID),
                Values.instant(TIMESTAMP.header(), r.require(TIMESTAMP)),
                r.require(CHAIN).toLowerCase(Locale.ROOT),
                r.require(ASSET).toUpperCase(Locale.ROOT),
                r.require(FROM_ADDRESS),
                r.require(TO_ADDRESS),
                Values.amount(AMOUNT.header(), r.require(AMOUNT)),
                Values.amount(AMOUNT_USD.header(), r.get(AMOUNT_USD)),
                r.get(FROM_OWNER),
                r.get(TO_OWNER),
                r.attributes(),
                r.source());
    }
}
