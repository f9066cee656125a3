package org.sanctionsmonitor.lists;

import static org.sanctionsmonitor.lists.OpenSanctionsColumn.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.sanctionsmonitor.ingest.CsvFeedReader;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.Row;
import org.sanctionsmonitor.ingest.Values;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Countries;
import org.sanctionsmonitor.normalize.Imo;

/**
 * Reads OpenSanctions {@code targets.simple.csv} (16- or 15-column header). The {@code schema}
 * gives the type (Person → individual, Vessel → vessel, Airplane → aircraft, anything else →
 * entity). {@code identifiers} are bare values: a valid IMO number on a vessel becomes its IMO, a
 * value shaped like a BIC on a non-person becomes a BIC; all are kept in the attributes.
 */
public final class OpenSanctionsReader {

    public static final String LIST_NAME = "OpenSanctions";
    private static final CsvFeedReader<OpenSanctionsColumn> CSV = new CsvFeedReader<>(OpenSanctionsColumn.class, "OpenSanctions targets.simple");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");

    private OpenSanctionsReader() {
    }

    public static ReadStats read(InputFile file, String listName, Consumer<ListedEntity> sink, List<Reject> rejects) {
        return CSV.read(file, r -> map(r, listName), sink, rejects);
    }

    static ListedEntity map(Row<OpenSanctionsColumn> r, String listName) {
        String schema = r.require(SCHEMA);
        String type = switch (schema.toLowerCase(Locale.ROOT)) {
            case "person" -> "individual";
            case "vessel" -> "vessel";
            case "airplane" -> "aircraft";
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
        for (String id : Values.multi(r.get(IDENTIFIERS))) {
            if ("vessel".equals(type) && Imo.isValid(id)) {
                imos.add(Imo.normalize(id).orElseThrow());
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
        return new ListedEntity(listName, r.require(ID), r.require(NAME), type,
                Values.multi(r.get(ALIASES)), List.of(), programs,
                "individual".equals(type) ? List.of() : countries, imos, List.of(), bics,
                Values.multi(r.get(BIRTH_DATE)),
                "individual".equals(type) ? countries : List.of(),
                List.of(), attrs, r.source());
    }
}
