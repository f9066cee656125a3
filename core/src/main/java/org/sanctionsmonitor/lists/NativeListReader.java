package org.sanctionsmonitor.lists;

import static org.sanctionsmonitor.lists.EntityColumn.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
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
import org.sanctionsmonitor.normalize.Countries;
import org.sanctionsmonitor.normalize.Imo;

/**
 * Reads the native entity-list CSV. An entry with an identifier that cannot be right (an IMO
 * number with a wrong check digit, an address without its asset code, an unknown country) is
 * rejected with the reason rather than loaded half-understood.
 */
public final class NativeListReader {

    private static final CsvFeedReader<EntityColumn> CSV = new CsvFeedReader<>(EntityColumn.class, "entity list");
    private static final Set<String> TYPES = Set.of("individual", "entity", "vessel", "aircraft");
    private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9]{2,10}");
    private static final Pattern BIC_FORM = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private NativeListReader() {
    }

    /**
     * Reads the list; entries without a {@code list} cell take {@code defaultListName}.
     */
    public static ReadStats read(InputFile file, String defaultListName, Consumer<ListedEntity> sink, List<Reject> rejects) {
        return CSV.read(file, r -> map(r, defaultListName), sink, rejects);
    }

    static ListedEntity map(Row<EntityColumn> r, String defaultListName) {
        String type = r.get(TYPE);
        if (type != null) {
            type = type.toLowerCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                throw new RowException("column 'type': '" + r.get(TYPE) + "' is not one of aircraft, entity, individual, vessel");
            }
        }
        List<String> imos = new ArrayList<>();
        for (String imo : Values.multi(r.get(IMO))) {
            String problem = Imo.problem(imo);
            if (problem != null) {
                throw new RowException("column 'imo': '" + imo + "' " + problem);
            }
            imos.add(Imo.normalize(imo).orElseThrow());
        }
        List<CryptoAddress> addresses = new ArrayList<>();
        for (String item : Values.multi(r.get(CRYPTO_ADDRESSES))) {
            int colon = item.indexOf(':');
            if (colon <= 0 || !ASSET.matcher(item.substring(0, colon).strip()).matches()
                    || item.substring(colon + 1).isBlank()) {
                throw new RowException("column 'crypto_addresses': '" + item + "' is not ASSET:address (e.g. ETH:0x098b...)");
            }
            addresses.add(new CryptoAddress(item.substring(0, colon).strip().toUpperCase(Locale.ROOT),
                    item.substring(colon + 1).strip()));
        }
        List<String> bics = new ArrayList<>();
        for (String bic : Values.multi(r.get(BIC))) {
            String b = bic.toUpperCase(Locale.ROOT);
            if (!BIC_FORM.matcher(b).matches()) {
                throw new RowException("column 'bic': '" + bic + "' is not a BIC (8 or 11 letters and digits)");
            }
            bics.add(b);
        }
        List<String> countries = new ArrayList<>();
        for (String c : Values.multi(r.get(COUNTRIES))) {
            countries.add(Countries.code(c).orElseThrow(() ->
                    new RowException("column 'countries': '" + c + "' is not a known country name or ISO 3166 code")));
        }
        List<String> nationalities = new ArrayList<>();
        for (String c : Values.multi(r.get(NATIONALITY))) {
            nationalities.add(Countries.code(c).orElseThrow(() ->
                    new RowException("column 'nationality': '" + c + "' is not a known country name or ISO 3166 code")));
        }
        String list = r.get(LIST);
        return new ListedEntity(
                list != null ? list : defaultListName,
                r.require(ENTITY_ID),
                r.require(NAME),
                type,
                Values.multi(r.get(ALIASES)),
                Values.multi(r.get(WEAK_ALIASES)),
                Values.multi(r.get(PROGRAMS)),
                countries,
                imos,
                addresses,
                bics,
                Values.multi(r.get(DOB)),
                nationalities,
                Values.multi(r.get(LINKED_TO)),
                r.attributes(),
                r.source());
    }
}
