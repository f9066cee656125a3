package org.sanctionsmonitor.lists;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.normalize.Countries;
import org.sanctionsmonitor.normalize.Imo;

/**
 * The UN Security Council Consolidated List in the UN's own XML (root {@code CONSOLIDATED_LIST},
 * schema sc-sanctions.xsd), every regime. Each INDIVIDUAL and ENTITY is one entry keyed by its
 * REFERENCE_NUMBER (KPi.001, KPe.020, QDi.001, ...), list source {@code UN}:
 * <ul>
 * <li>name: FIRST_NAME..FOURTH_NAME joined in the UN's order; NAME_ORIGINAL_SCRIPT is a further
 * alias, its script kept in {@code original_script};</li>
 * <li>aliases: QUALITY Good, a.k.a. and f.k.a. are aliases, Low a weak alias; empty alias elements
 * are ignored;</li>
 * <li>dates of birth as {@link org.sanctionsmonitor.normalize.Dates} reads them: EXACT DATE as
 * {@code 1944-10-13}, EXACT YEAR as {@code 1971}, APPROXIMATELY as {@code circa 1971} (of the
 * DATE's or YEAR's year), BETWEEN FROM_YEAR/TO_YEAR as {@code 1963 to 1965};</li>
 * <li>nationalities and address countries as ISO codes; a name the tool does not know is kept in
 * {@code unrecognised_countries} and counted in the manifest, never dropped;</li>
 * <li>INDIVIDUAL_DOCUMENT in {@code documents} (passport numbers also in {@code passports}),
 * LISTED_ON in {@code listed_on}, UN_LIST_TYPE (DPRK, Al-Qaida, ...) as the program;</li>
 * <li>IMO numbers the UN gives only in COMMENTS1 prose ("IMO number: 5571322") are read out where
 * unambiguous: "IMO" (or "IMO Number:") right before seven digits. On an entity (every such record
 * in the UN list is a shipping company) the number is the company's IMO number: it goes to
 * {@code company_imo}, as OFAC's "Company Number IMO" does in the legacy reader, and is not
 * screened as a vessel (OFAC lists all 16 of these as "Company Number" or "Identification
 * Number"; company numbers have no check digit). On a vessel it would be a hull number, taken
 * only with a valid check digit. The manifest counts both.</li>
 * </ul>
 * The publication date is the root's dateGenerated.
 */
public final class UnListReader {

    public static final String LIST_NAME = "UN";
    public static final String ROOT = "CONSOLIDATED_LIST";

    /** "IMO" (or "(IMO) Number:", "IMO number:", "Company Number IMO") right before seven digits. */
    private static final Pattern COMMENT_IMO = Pattern.compile("\\bIMO\\b\\)?(?:\\s*[Nn]umber)?\\s*[:#.]?\\s*(\\d{7})\\b");

    /** What the UN writes for a nationality it does not know. */
    private static final Set<String> NOT_AVAILABLE = Set.of("na", "n/a", "n.a.", "unknown");

    private UnListReader() {
    }

    public static EntityList read(InputFile file, List<Reject> rejects) {
        List<ListedEntity> entities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Notes notes = new Notes();
        long read = 0;
        long rejected = 0;
        LocalDate published = null;
        String sha;
        try (XmlLists.Source src = new XmlLists.Source(file)) {
            if (!src.nextStart()) {
                throw XmlLists.structure(file, 1, "no root element");
            }
            if (!ROOT.equals(src.name())) {
                throw XmlLists.structure(file, src.line(), "the root element is <" + src.name() + ">, not <" + ROOT + ">");
            }
            published = generated(file, src.attr("dateGenerated"), src.line());
            while (src.nextStart()) {
                String n = src.name();
                if (!n.equals("INDIVIDUAL") && !n.equals("ENTITY")) {
                    continue; // INDIVIDUALS, ENTITIES: the containers
                }
                XmlNode rec = src.element();
                read++;
                String ref = rec.value("REFERENCE_NUMBER");
                if (ref == null) {
                    rejected++;
                    rejects.add(new Reject(file.display(), rec.line(), n + " without REFERENCE_NUMBER (DATAID "
                            + rec.value("DATAID") + ")", ""));
                    continue;
                }
                if (!ids.add(ref)) {
                    rejected++;
                    rejects.add(new Reject(file.display(), rec.line(), "REFERENCE_NUMBER " + ref + " appears twice", ""));
                    continue;
                }
                ListedEntity e = entity(rec, ref, new Provenance(file.display(), rec.line()), notes);
                if (e == null) {
                    rejected++;
                    rejects.add(new Reject(file.display(), rec.line(), n + " " + ref + " has no name", ""));
                    continue;
                }
                entities.add(e);
            }
            sha = src.finish();
        }
        ReadStats stats = new ReadStats(file, sha, read, read - rejected, rejected, 0);
        return new EntityList(LIST_NAME, ListFormats.UN.id(), List.of(stats), entities, List.of(), published, notes.map());
    }

    private static LocalDate generated(InputFile file, String dateGenerated, long line) {
        if (dateGenerated == null || dateGenerated.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(dateGenerated.strip()).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(dateGenerated.strip().substring(0, Math.min(10, dateGenerated.strip().length())));
            } catch (DateTimeParseException e2) {
                throw XmlLists.structure(file, line, "dateGenerated '" + dateGenerated + "' is not a date");
            }
        }
    }

    /** What the manifest says about a UN file beyond its counts. */
    static final class Notes {
        long companyImoFromComments;
        long vesselImoFromComments;
        long invalidImoInComments;
        long originalScriptNames;
        long nationalityNotAvailable;
        final Map<String, Long> unrecognisedCountries = new TreeMap<>();

        Map<String, Object> map() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("company_imo_numbers_from_comments", companyImoFromComments);
            m.put("vessel_imo_numbers_from_comments", vesselImoFromComments);
            m.put("vessel_imo_numbers_in_comments_failing_check_digit", invalidImoInComments);
            m.put("original_script_names", originalScriptNames);
            m.put("nationality_not_available", nationalityNotAvailable);
            m.put("unrecognised_countries", new LinkedHashMap<>(unrecognisedCountries));
            return m;
        }
    }

    static ListedEntity entity(XmlNode rec, String ref, Provenance source, Notes notes) {
        boolean individual = rec.name().equals("INDIVIDUAL");
        List<String> parts = new ArrayList<>();
        for (String p : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String v = rec.value(p);
            if (v != null) {
                parts.add(v);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        String name = String.join(" ", parts);
        Map<String, String> attrs = new LinkedHashMap<>();

        List<String> aliases = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        List<String> aliasTypes = new ArrayList<>();
        for (XmlNode a : rec.all(individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            String alias = a.value("ALIAS_NAME");
            if (alias == null) {
                continue; // the UN writes <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS> for "none"
            }
            String quality = a.value("QUALITY");
            boolean low = quality != null && quality.equalsIgnoreCase("Low");
            List<String> target = low ? weak : aliases;
            if (!target.contains(alias) && !alias.equals(name)) {
                target.add(alias);
            }
            aliasTypes.add((quality == null ? "" : quality) + ":" + alias);
        }
        String original = rec.value("NAME_ORIGINAL_SCRIPT");
        if (original != null) {
            notes.originalScriptNames++;
            if (!aliases.contains(original)) {
                aliases.add(original);
            }
            attrs.put("original_script_name", original);
            attrs.put("original_script", script(original));
        }

        Set<String> unknownCountries = new LinkedHashSet<>();
        List<String> nationalities = new ArrayList<>();
        XmlNode nat = rec.child("NATIONALITY");
        if (nat != null) {
            for (XmlNode v : nat.all("VALUE")) {
                String text = v.value();
                if (text != null && NOT_AVAILABLE.contains(text.toLowerCase(Locale.ROOT))) {
                    notes.nationalityNotAvailable++; // "na": not available (never Namibia, which the UN writes out)
                } else if (text != null) {
                    Countries.code(text).ifPresentOrElse(c -> {
                        if (!nationalities.contains(c)) {
                            nationalities.add(c);
                        }
                    }, () -> unknownCountries.add(text));
                }
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        List<String> addresses = new ArrayList<>();
        for (XmlNode a : rec.all(individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            List<String> parts2 = new ArrayList<>();
            for (String p : List.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY", "NOTE")) {
                for (XmlNode v : a.all(p)) {
                    String t = v.value();
                    if (t != null && !parts2.contains(t)) {
                        parts2.add(t);
                    }
                    if (t != null && p.equals("COUNTRY")) {
                        Countries.code(t).ifPresentOrElse(countries::add, () -> unknownCountries.add(t));
                    }
                }
            }
            if (!parts2.isEmpty()) {
                addresses.add(String.join(", ", parts2));
            }
        }

        List<String> dobs = new ArrayList<>();
        List<String> dobNotes = new ArrayList<>();
        for (XmlNode d : rec.all("INDIVIDUAL_DATE_OF_BIRTH")) {
            String dob = dob(d);
            if (dob != null && !dobs.contains(dob)) {
                dobs.add(dob);
            }
            String note = d.value("NOTE");
            if (note != null) {
                dobNotes.add(note);
            }
        }
        List<String> places = new ArrayList<>();
        for (XmlNode p : rec.all("INDIVIDUAL_PLACE_OF_BIRTH")) {
            List<String> ps = new ArrayList<>();
            for (String k : List.of("CITY", "STATE_PROVINCE", "COUNTRY")) {
                String t = p.value(k);
                if (t != null) {
                    ps.add(t);
                }
            }
            if (!ps.isEmpty()) {
                places.add(String.join(", ", ps));
            }
        }

        List<String> documents = new ArrayList<>();
        List<String> passports = new ArrayList<>();
        for (XmlNode d : rec.all("INDIVIDUAL_DOCUMENT")) {
            String type = d.value("TYPE_OF_DOCUMENT");
            String number = d.value("NUMBER");
            if (type == null && number == null) {
                continue;
            }
            StringBuilder sb = new StringBuilder(type == null ? "document" : type);
            String type2 = d.value("TYPE_OF_DOCUMENT2");
            if (type2 != null) {
                sb.append(" (").append(type2).append(')');
            }
            if (number != null) {
                sb.append(' ').append(number);
            }
            String country = d.value("ISSUING_COUNTRY") != null ? d.value("ISSUING_COUNTRY") : d.value("COUNTRY_OF_ISSUE");
            if (country != null) {
                sb.append(" (").append(country).append(')');
            }
            String issued = d.value("DATE_OF_ISSUE");
            if (issued != null) {
                sb.append(" issued ").append(issued);
            }
            String note = d.value("NOTE");
            if (note != null) {
                sb.append(" [").append(note).append(']');
            }
            documents.add(sb.toString());
            if (number != null && type != null && type.toLowerCase(Locale.ROOT).contains("passport")) {
                passports.add(number);
            }
        }

        List<String> vesselImos = new ArrayList<>();
        List<String> companyImos = new ArrayList<>();
        List<String> badImos = new ArrayList<>();
        String comments = rec.value("COMMENTS1");
        if (comments != null) {
            boolean vessel = "vessel".equals(typeOf(rec));
            Matcher m = COMMENT_IMO.matcher(comments);
            while (m.find()) {
                String digits = m.group(1);
                if (!vessel) {
                    // a company's IMO number (the UN's "IMO number: 5434358" on a shipping company is
                    // what OFAC lists as its "Company Number IMO 5434358"); company numbers have no
                    // check digit, so the seven digits right after "IMO" are the whole test
                    if (!companyImos.contains(digits)) {
                        companyImos.add(digits);
                        notes.companyImoFromComments++;
                    }
                } else if (Imo.isValid(digits)) {
                    if (!vesselImos.contains(digits)) {
                        vesselImos.add(digits);
                        notes.vesselImoFromComments++;
                    }
                } else if (!badImos.contains(digits)) {
                    badImos.add(digits);
                    notes.invalidImoInComments++;
                }
            }
        }
        unknownCountries.forEach(c -> notes.unrecognisedCountries.merge(c, 1L, Long::sum));

        String program = rec.value("UN_LIST_TYPE");
        put(attrs, "dataid", rec.value("DATAID"));
        put(attrs, "listed_on", rec.value("LISTED_ON"));
        put(attrs, "un_list_type", program);
        putAll(attrs, "title", rec.child("TITLE"));
        putAll(attrs, "designation", rec.child("DESIGNATION"));
        put(attrs, "gender", rec.value("GENDER"));
        putAll(attrs, "last_day_updated", rec.child("LAST_DAY_UPDATED"));
        putList(attrs, "place_of_birth", places);
        putList(attrs, "dob_note", dobNotes);
        putList(attrs, "documents", documents);
        putList(attrs, "passports", passports);
        putList(attrs, "addresses", addresses);
        putList(attrs, "company_imo", companyImos);
        putList(attrs, "invalid_imo_in_comments", badImos);
        putList(attrs, "unrecognised_countries", List.copyOf(unknownCountries));
        putList(attrs, "alias_types", aliasTypes);
        put(attrs, "comments", comments);

        return new ListedEntity(LIST_NAME, ref, name, typeOf(rec), aliases, weak,
                program == null ? List.of() : List.of(program), List.copyOf(countries), vesselImos, List.of(), List.of(),
                dobs, nationalities, List.of(), attrs, source);
    }

    private static String typeOf(XmlNode rec) {
        return rec.name().equals("INDIVIDUAL") ? "individual" : "entity";
    }

    /**
     * One INDIVIDUAL_DATE_OF_BIRTH in the form {@link org.sanctionsmonitor.normalize.Dates} reads,
     * or null when it gives no date (an empty TYPE_OF_DATE, a NOTE only).
     */
    static String dob(XmlNode d) {
        String type = d.value("TYPE_OF_DATE");
        String date = d.value("DATE");
        String year = d.value("YEAR");
        String from = d.value("FROM_YEAR");
        String to = d.value("TO_YEAR");
        boolean approx = type != null && type.equalsIgnoreCase("APPROXIMATELY");
        if (from != null && to != null) {
            return from.equals(to) ? (approx ? "circa " : "") + from : from + " to " + to;
        }
        if (date != null) {
            String day = date.length() >= 10 ? date.substring(0, 10) : date;
            return approx ? "circa " + day.substring(0, Math.min(4, day.length())) : day;
        }
        if (year != null) {
            return approx ? "circa " + year : year;
        }
        if (from != null || to != null) {
            return from != null ? from : to; // one end of a range only: that year
        }
        return null;
    }

    /** The script of a name written in its original script: the first letter's Unicode script ("Hangul", "Arabic", ...). */
    static String script(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(cp);
                String n = s.name().toLowerCase(Locale.ROOT);
                return Character.toUpperCase(n.charAt(0)) + n.substring(1);
            }
            i += Character.charCount(cp);
        }
        return "Unknown";
    }

    private static void put(Map<String, String> attrs, String key, String value) {
        if (value != null) {
            attrs.put(key, value);
        }
    }

    private static void putAll(Map<String, String> attrs, String key, XmlNode values) {
        if (values == null) {
            return;
        }
        List<String> vs = new ArrayList<>();
        for (XmlNode v : values.all("VALUE")) {
            String t = v.value();
            if (t != null) {
                vs.add(t);
            }
        }
        putList(attrs, key, vs);
    }

    private static void putList(Map<String, String> attrs, String key, List<String> values) {
        if (!values.isEmpty()) {
            attrs.put(key, String.join(";", values));
        }
    }
}
