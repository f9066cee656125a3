package org.sanctionsmonitor.lists;

import static org.sanctionsmonitor.lists.OpenSanctionsColumn.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.sanctionsmonitor.ingest.CsvFeedReader;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.Row;
import org.sanctionsmonitor.ingest.RowException;
import org.sanctionsmonitor.ingest.Values;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Addresses;
import org.sanctionsmonitor.normalize.Base58Check;
import org.sanctionsmonitor.normalize.Countries;
import org.sanctionsmonitor.normalize.Imo;

/**
 * Reads OpenSanctions {@code targets.simple.csv} (16-column header, or the older 15 without
 * {@code program_ids}; the layout of OpenSanctions' SimpleCSVExporter). The {@code schema} gives
 * the type (Person → individual, Vessel → vessel, Airplane → aircraft, CryptoWallet → see below,
 * anything else → entity). {@code identifiers} are bare values: a valid IMO number on a vessel
 * becomes its IMO, a value shaped like a BIC on a non-person becomes a BIC; all are kept in the
 * attributes.
 *
 * <p>A {@code CryptoWallet} row is an address, not a party: its caption ({@code name}, OpenSanctions
 * writes the public key there) and its {@code identifiers} that have an address form become listed
 * addresses, keyed by their form as feed addresses are ({@link Addresses#key}). The simple CSV
 * names no holder and no currency; a file that adds a {@code holder_id} (or {@code holder})
 * column naming another row's id attaches the addresses to that entry, and a {@code currency}
 * column gives their asset code. Otherwise the wallet is an entry of its own (type
 * {@value #WALLET_TYPE}, asset {@value #NO_ASSET}) that SAN-001 cites, and that name screening
 * leaves alone. {@link #details} says how many rows of each schema became what.</p>
 */
public final class OpenSanctionsReader {

    public static final String LIST_NAME = "OpenSanctions";
    /** The type of a wallet entry that stands on its own (no holder in the file). */
    public static final String WALLET_TYPE = "wallet";
    /** The asset code of an address whose row gives no currency. */
    public static final String NO_ASSET = "CRYPTO";
    private static final CsvFeedReader<OpenSanctionsColumn> CSV = new CsvFeedReader<>(OpenSanctionsColumn.class, "OpenSanctions targets.simple");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    /** Address forms without a checksum this tool checks (Monero, Zcash, Ripple...): long and alphanumeric. */
    private static final Pattern OTHER_ADDRESS = Pattern.compile("[A-Za-z0-9]{25,120}");

    /** The entries read and what each schema's rows became. */
    public record Result(ReadStats stats, List<ListedEntity> entities, Map<String, Map<String, Long>> schemas,
            List<String> warnings, java.time.LocalDate published) {
    }

    private OpenSanctionsReader() {
    }

    public static Result read(InputFile file, String listName, List<Reject> rejects) {
        Map<String, Map<String, Long>> schemas = new TreeMap<>();
        List<ListedEntity> rows = new ArrayList<>();
        ReadStats stats = CSV.read(file, r -> {
            String schema = r.get(SCHEMA) == null ? "(none)" : r.get(SCHEMA);
            try {
                ListedEntity e = map(r, listName);
                count(schemas, schema, outcome(e));
                return e;
            } catch (RowException ex) {
                count(schemas, schema, "rejected");
                throw ex;
            }
        }, rows::add, rejects);

        // wallets with a holder in the file join the holder's entry; the others stand on their own
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!WALLET_TYPE.equals(rows.get(i).type())) {
                position.putIfAbsent(rows.get(i).entityId(), i);
            }
        }
        List<ListedEntity> out = new ArrayList<>(rows);
        List<Boolean> dropped = new ArrayList<>(rows.stream().map(e -> false).toList());
        List<String> warnings = new ArrayList<>();
        long unresolved = 0;
        for (int i = 0; i < rows.size(); i++) {
            ListedEntity w = rows.get(i);
            String holder = holderId(w);
            if (!WALLET_TYPE.equals(w.type()) || holder == null) {
                continue;
            }
            Integer at = position.get(holder);
            if (at == null) {
                unresolved++;
                count(schemas, w.attributes().get("schema"), "holder_not_in_file");
                continue;
            }
            ListedEntity h = out.get(at);
            List<CryptoAddress> addrs = new ArrayList<>(h.cryptoAddresses());
            w.cryptoAddresses().stream().filter(a -> !addrs.contains(a)).forEach(addrs::add);
            Map<String, String> attrs = new LinkedHashMap<>(h.attributes());
            attrs.merge("wallet_ids", w.entityId(), (a, b) -> a + ";" + b);
            out.set(at, new ListedEntity(h.listSource(), h.entityId(), h.name(), h.type(), h.aliases(), h.weakAliases(),
                    h.programs(), h.countries(), h.imos(), addrs, h.bics(), h.dobs(), h.nationalities(), h.linkedTo(), attrs,
                    h.source()));
            dropped.set(i, true);
            count(schemas, w.attributes().get("schema"), "addresses_attached_to_holder");
            uncount(schemas, w.attributes().get("schema"), outcome(w));
        }
        if (unresolved > 0) {
            warnings.add(file.display() + ": " + unresolved + " CryptoWallet row" + (unresolved == 1 ? " names a holder" : "s name holders")
                    + " not in the file; kept as wallet entries of their own");
        }
        long noAddress = schemas.values().stream().mapToLong(m -> m.getOrDefault("wallet_entries_without_address", 0L)).sum();
        if (noAddress > 0) {
            warnings.add(file.display() + ": " + noAddress + " CryptoWallet row" + (noAddress == 1 ? " has" : "s have")
                    + " no value in an address form (exchange account ids?); they cannot match a transfer");
        }
        List<ListedEntity> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!dropped.get(i)) {
                kept.add(out.get(i));
            }
        }
        return new Result(stats, kept, schemas, warnings, published(rows));
    }

    /**
     * The export's date: the latest {@code last_seen} (the day OpenSanctions last saw an entry in
     * its sources, which for a daily export is the export's day), or null when no row gives one.
     */
    static java.time.LocalDate published(List<ListedEntity> rows) {
        java.time.LocalDate latest = null;
        for (ListedEntity e : rows) {
            String v = e.attributes().get(LAST_SEEN.header());
            if (v != null && v.length() >= 10) {
                try {
                    java.time.LocalDate d = java.time.LocalDate.parse(v.substring(0, 10));
                    if (latest == null || d.isAfter(latest)) {
                        latest = d;
                    }
                } catch (java.time.format.DateTimeParseException ignored) {
                    // a malformed last_seen says nothing about the export's date
                }
            }
        }
        return latest;
    }

    private static String outcome(ListedEntity e) {
        if (WALLET_TYPE.equals(e.type())) {
            return e.cryptoAddresses().isEmpty() ? "wallet_entries_without_address" : "wallet_entries";
        }
        if ("vessel".equals(e.type())) {
            return e.imos().isEmpty() ? "vessel_entries_without_imo" : "vessel_entries_with_imo";
        }
        return e.type() + "_entries";
    }

    private static void count(Map<String, Map<String, Long>> schemas, String schema, String outcome) {
        schemas.computeIfAbsent(schema, k -> new TreeMap<>()).merge(outcome, 1L, Long::sum);
    }

    private static void uncount(Map<String, Map<String, Long>> schemas, String schema, String outcome) {
        Map<String, Long> m = schemas.get(schema);
        if (m.merge(outcome, -1L, Long::sum) == 0) {
            m.remove(outcome);
        }
    }

    /** The manifest's view of a result: rows by schema and what they became. */
    public static Map<String, Object> details(Result r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("rows_by_schema", r.schemas());
        return d;
    }

    private static String holderId(ListedEntity wallet) {
        for (var e : wallet.attributes().entrySet()) {
            String k = e.getKey().toLowerCase(Locale.ROOT);
            if (k.equals("holder_id") || k.equals("holder")) {
                return e.getValue();
            }
        }
        return null;
    }

    private static String attr(Row<OpenSanctionsColumn> r, String name) {
        for (var e : r.attributes().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Whether a value has the form of a digital-currency address (not an exchange account number). */
    static boolean addressForm(String v) {
        String key = Addresses.key(v);
        if (key == null) {
            return false;
        }
        if (!key.startsWith("raw:") || !key.substring(4).equals(v.strip())) {
            return true; // EVM, bech32, CashAddr
        }
        String a = v.strip();
        return a.length() >= 25 && (Base58Check.problem(a, -1) == null || OTHER_ADDRESS.matcher(a).matches());
    }

    static ListedEntity map(Row<OpenSanctionsColumn> r, String listName) {
        String schema = r.require(SCHEMA);
        String type = switch (schema.toLowerCase(Locale.ROOT)) {
            case "person" -> "individual";
            case "vessel" -> "vessel";
            case "airplane" -> "aircraft";
            case "cryptowallet" -> WALLET_TYPE;
            default -> "entity";
        };
        List<String> countries = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String c : Values.multi(r.get(COUNTRIES))) {
            Countries.code(c).ifPresentOrElse(code -> {
                if (!countries.contains(code)) {
                    countries.add(code);
                }
            }, () -> unknown.add(c));
        }
        List<String> imos = new ArrayList<>();
        List<String> bics = new ArrayList<>();
        List<CryptoAddress> addresses = new ArrayList<>();
        List<String> notAddresses = new ArrayList<>();
        List<String> notImo = new ArrayList<>();
        String name = r.require(NAME);
        String currency = attr(r, "currency");
        String asset = currency == null ? NO_ASSET : currency.toUpperCase(Locale.ROOT);
        List<String> ids = new ArrayList<>(Values.multi(r.get(IDENTIFIERS)));
        if (WALLET_TYPE.equals(type) && !ids.contains(name)) {
            ids.add(0, name); // the caption is the public key
        }
        for (String id : ids) {
            if (WALLET_TYPE.equals(type)) {
                if (addressForm(id)) {
                    CryptoAddress a = new CryptoAddress(asset, id.strip());
                    if (!addresses.contains(a)) {
                        addresses.add(a);
                    }
                } else if (!id.equals(name)) {
                    notAddresses.add(id);
                }
            } else if ("vessel".equals(type) && Imo.isValid(id)) {
                String imo = Imo.normalize(id).orElseThrow();
                if (!imos.contains(imo)) {
                    imos.add(imo);
                }
            } else if ("vessel".equals(type) && Imo.digits(id).isPresent()) {
                notImo.add(id); // IMO-shaped, but the check digit fails
            } else if (!"individual".equals(type) && BIC.matcher(id).matches()) {
                bics.add(id);
            }
        }
        List<String> programs = Values.multi(r.get(PROGRAM_IDS));
        Map<String, String> attrs = new LinkedHashMap<>(r.attributes());
        attrs.put("schema", schema);
        for (OpenSanctionsColumn c : List.of(ADDRESSES, IDENTIFIERS, SANCTIONS, PHONES, EMAILS, DATASET, FIRST_SEEN,
                LAST_SEEN, LAST_CHANGE)) {
            String v = r.get(c);
            if (v != null) {
                attrs.put(c.header(), v);
            }
        }
        if (!unknown.isEmpty()) {
            attrs.put("unrecognised_countries", String.join(";", unknown));
        }
        if (!notAddresses.isEmpty()) {
            attrs.put("identifiers_not_addresses", String.join(";", notAddresses));
        }
        if (!notImo.isEmpty()) {
            attrs.put("invalid_vessel_imo", String.join(";", notImo));
        }
        boolean person = "individual".equals(type);
        return new ListedEntity(listName, r.require(ID), name, type,
                WALLET_TYPE.equals(type) ? List.of() : Values.multi(r.get(ALIASES)), List.of(), programs,
                person ? List.of() : countries, imos, addresses, bics,
                Values.multi(r.get(BIRTH_DATE)),
                person ? countries : List.of(),
                List.of(), attrs, r.source());
    }
}
