package org.sanctionsmonitor.crypto;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.PricesReader;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.RowException;
import org.sanctionsmonitor.ingest.Values;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.model.DailyPrice;
import org.sanctionsmonitor.reference.ReferenceTable;

/**
 * Daily USD prices per asset, for transfers without {@code amount_usd}: the reviewed table
 * {@code rules/reference/crypto-prices.csv} (asset, date, usd, source; a bad row there is a rule
 * problem, exit 3), then a user's {@code --prices} files (asset, date, usd[, source]; a bad row is
 * rejected like any feed row), a later file's price for the same asset and day replacing an
 * earlier one. A transfer is valued with the price of its own UTC day only: a day without a
 * price leaves it unvalued (no price is carried over from another day). BTC and XBT are one asset.
 */
public final class DailyPrices {

    public static final String TABLE = "reference/crypto-prices.csv";

    /** A price found for a transfer: its USD value and the sentence part naming the price. */
    public record Valuation(double usd, String note) {
    }

    private final Map<String, DailyPrice> byAssetDay = new HashMap<>();
    private final List<ReadStats> stats = new ArrayList<>();
    private int tableRows;

    private DailyPrices() {
    }

    public static DailyPrices none() {
        return new DailyPrices();
    }

    /**
     * The reviewed table from the rule folder (when present) and the user's files.
     *
     * @param rejects where bad rows of the user's files go
     */
    public static DailyPrices load(Path rulesFolder, List<Path> userFiles, List<Reject> rejects) {
        DailyPrices d = new DailyPrices();
        if (Files.isRegularFile(rulesFolder.resolve(TABLE))) {
            d.readTable(rulesFolder);
        }
        for (Path f : userFiles) {
            d.stats.add(PricesReader.read(InputFile.of(f), d::put, rejects));
        }
        return d;
    }

    /**
     * The reviewed table, through the one reader of reference tables (its dialect: {@code #}
     * comments, RFC 4180 quoting): a bad cell, or a second price for one asset and day, is a rule
     * problem naming the file, line and column (exit 3), never a silently replaced price.
     */
    private void readTable(Path rulesFolder) {
        ReferenceTable t = ReferenceTable.load(rulesFolder, TABLE.substring("reference/".length()),
                List.of("asset", "date", "usd"), "asset", false);
        List<String> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        for (ReferenceRow r : t.rows()) {
            try {
                BigDecimal usd;
                LocalDate date;
                try {
                    usd = Values.amount("usd", r.get("usd"));
                } catch (RowException e) {
                    throw t.problem(r, "usd", "'" + r.get("usd") + "' is not a plain decimal number");
                }
                if (usd.signum() <= 0) {
                    throw t.problem(r, "usd", "'" + r.get("usd") + "' is not a positive price");
                }
                try {
                    date = Values.date("date", r.get("date"));
                } catch (RowException e) {
                    throw t.problem(r, "date", "'" + r.get("date") + "' is not an ISO-8601 date (yyyy-MM-dd)");
                }
                DailyPrice p = new DailyPrice(r.get("asset").toUpperCase(Locale.ROOT), date, usd, r.get("source"), r.source());
                Long first = seen.putIfAbsent(key(p.asset(), p.date()), r.source().line());
                if (first != null) {
                    throw t.problem(r, "date", "a second price for " + p.asset() + " on " + p.date() + " (the first is on line " + first + ")");
                }
                put(p);
                tableRows++;
            } catch (RuleException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
    }

    private void put(DailyPrice p) {
        byAssetDay.put(key(p.asset(), p.date()), p);
    }

    private static String key(String asset, LocalDate day) {
        String a = asset.toUpperCase(Locale.ROOT);
        return (a.equals("BTC") ? "XBT" : a) + "|" + day;
    }

    /** Read statistics of the user's files, for the manifest. */
    public List<ReadStats> stats() {
        return stats;
    }

    public int tableRows() {
        return tableRows;
    }

    public int size() {
        return byAssetDay.size();
    }

    /** The value of {@code amount} of {@code asset} at {@code when}, from that UTC day's price; null when none is known. */
    public Valuation value(String asset, Instant when, BigDecimal amount) {
        if (byAssetDay.isEmpty()) {
            return null;
        }
        DailyPrice p = byAssetDay.get(key(asset, LocalDate.ofInstant(when, ZoneOffset.UTC)));
        if (p == null) {
            return null;
        }
        double usd = amount.multiply(p.usd()).doubleValue();
        String source = p.source() == null || p.source().isBlank() ? "" : "source: " + p.source() + ", ";
        String note = p.asset() + " " + p.usd().stripTrailingZeros().toPlainString() + " USD on " + p.date() + " (" + source
                + p.provenance().file() + ":" + p.provenance().line() + ")";
        return new Valuation(usd, note);
    }
}
