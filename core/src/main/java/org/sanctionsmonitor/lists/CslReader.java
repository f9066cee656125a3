package org.sanctionsmonitor.lists;

import static org.sanctionsmonitor.lists.CslColumn.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanctionsmonitor.ingest.CsvFeedReader;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.Row;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Countries;
import org.sanctionsmonitor.normalize.Imo;

/**
 * Reads the US Consolidated Screening List CSV (29 columns). The CSL merges many lists, so each
 * entry's list name is {@code CSL-} and the short code from its {@code source} ("Specially
 * Designated Nationals (SDN) - Treasury Department" → {@code CSL-SDN}); its id is
 * {@code entity_number} (OFAC's ent_num for SDN rows), or the CSL's own {@code _id}. Multi-valued
 * cells are separated by {@code ;}. {@code ids} items read as {@code type, number[, country]}:
 * vessel IMO numbers, SWIFT/BIC codes and digital currency addresses are taken from them.
 */
public final class CslReader {

    public static final String LIST_PREFIX = "CSL";
    private static final CsvFeedReader<CslColumn> CSV = new CsvFeedReader<>(CslColumn.class, "Consolidated Screening List");
    private static final Pattern SOURCE_CODE = Pattern.compile("\\(([A-Z0-9-]{2,12})\\)");
    private static final Pattern CRYPTO_TYPE = Pattern.compile("Digital Currency Address - ([A-Z0-9]+)");

    private CslReader() {
    }

    public static ReadStats read(InputFile file, Consumer<ListedEntity> sink, List<Reject> rejects) {
        return CSV.read(file, CslReader::map, sink, rejects);
    }

    static String listName(String source) {
        Matcher m = SOURCE_CODE.matcher(source);
        return m.find() ? LIST_PREFIX + "-" + m.group(1) : LIST_PREFIX;
    }

    static List<String> multi(String cell) {
        if (cell == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : cell.split(";")) {
            String v = s.strip();
            if (!v.isEmpty() && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    static ListedEntity map(Row<CslColumn> r) {
        String source = r.require(SOURCE);
        String type = r.get(TYPE) == null ? "entity" : r.get(TYPE).toLowerCase(Locale.ROOT);
        if (!List.of("individual", "vessel", "aircraft").contains(type)) {
            type = "entity";
        }
        List<String> imos = new ArrayList<>();
        List<String> bics = new ArrayList<>();
        List<CryptoAddress> crypto = new ArrayList<>();
        for (String item : multi(r.get(IDS))) {
            String[] parts = item.split(",");
            if (parts.length < 2) {
                continue;
            }
            String idType = parts[0].strip();
            String number = parts[1].strip();
            Matcher cm = CRYPTO_TYPE.matcher(idType);
            if (cm.matches()) {
                crypto.add(new CryptoAddress(cm.group(1), number));
            } else if (idType.startsWith("Vessel Registration Identification") && Imo.isValid(number)) {
                imos.add(Imo.normalize(number).orElseThrow());
            } else if (idType.equals("SWIFT/BIC")) {
                bics.add(number.toUpperCase(Locale.ROOT));
            }
        }
        List<String> countries = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        if (r.get(VESSEL_FLAG) != null) {
            Countries.code(r.get(VESSEL_FLAG)).ifPresentOrElse(countries::add, () -> unknown.add(r.get(VESSEL_FLAG)));
        }
        List<String> nationalities = new ArrayList<>();
        for (CslColumn c : List.of(NATIONALITIES, CITIZENSHIPS)) {
            for (String n : multi(r.get(c))) {
                Countries.code(n).ifPresentOrElse(code -> {
                    if (!nationalities.contains(code)) {
                        nationalities.add(code);
                    }
                }, () -> unknown.add(n));
            }
        }
        Map<String, String> attrs = new LinkedHashMap<>(r.attributes());
        attrs.put("source", source);
        attrs.put("csl_id", r.require(ID));
        for (CslColumn c : List.of(TITLE, ADDRESSES, FEDERAL_REGISTER_NOTICE, START_DATE, END_DATE, STANDARD_ORDER,
                LICENSE_REQUIREMENT, LICENSE_POLICY, CALL_SIGN, VESSEL_TYPE, GROSS_TONNAGE, GROSS_REGISTERED_TONNAGE,
                VESSEL_FLAG, VESSEL_OWNER, REMARKS, SOURCE_LIST_URL, PLACES_OF_BIRTH, SOURCE_INFORMATION_URL, IDS)) {
            String v = r.get(c);
            if (v != null) {
                attrs.put(c.header(), v);
            }
        }
        if (!unknown.isEmpty()) {
            attrs.put("unrecognised_countries", String.join(";", unknown));
        }
        String id = r.get(ENTITY_NUMBER) != null ? r.get(ENTITY_NUMBER) : r.require(ID);
        return new ListedEntity(listName(source), id, r.require(NAME), type, multi(r.get(ALT_NAMES)), List.of(),
                multi(r.get(PROGRAMS)), countries, imos, crypto, bics, multi(r.get(DATES_OF_BIRTH)), nationalities,
                List.of(), attrs, r.source());
    }
}
