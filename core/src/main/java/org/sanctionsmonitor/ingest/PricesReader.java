package org.sanctionsmonitor.ingest;

import static org.sanctionsmonitor.ingest.PriceColumn.ASSET;
import static org.sanctionsmonitor.ingest.PriceColumn.DATE;
import static org.sanctionsmonitor.ingest.PriceColumn.SOURCE;
import static org.sanctionsmonitor.ingest.PriceColumn.USD;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.sanctionsmonitor.model.DailyPrice;

/**
 * Reads a daily prices feed (asset, date, usd[, source]) into {@link DailyPrice} facts: the
 * reviewed table {@code rules/reference/crypto-prices.csv} and a user's {@code --prices} files
 * have this form. The asset is upper-cased; the price must be a positive number.
 */
public final class PricesReader {

    private static final CsvFeedReader<PriceColumn> CSV = new CsvFeedReader<>(PriceColumn.class, "prices");

    private PricesReader() {
    }

    public static ReadStats read(InputFile file, Consumer<DailyPrice> sink, List<Reject> rejects) {
        return CSV.read(file, PricesReader::map, sink, rejects);
    }

    static DailyPrice map(Row<PriceColumn> r) {
        BigDecimal usd = Values.amount(USD.header(), r.require(USD));
        if (usd.signum() <= 0) {
            throw new RowException("column 'usd': '" + r.get(USD) + "' is not a positive price");
        }
        return new DailyPrice(r.require(ASSET).toUpperCase(Locale.ROOT), Values.date(DATE.header(), r.require(DATE)), usd,
                r.get(SOURCE), r.source());
    }
}
