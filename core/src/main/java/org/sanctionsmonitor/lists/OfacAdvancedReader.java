package org.sanctionsmonitor.lists;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.EntityRelation;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.normalize.Countries;
import org.sanctionsmonitor.normalize.Imo;

/**
 * OFAC's SDN list in the Sanctions List Service "Advanced" XML ({@code sdn_advanced.xml}, root
 * {@code Sanctions}, plain or bzip2-compressed), read streaming with StAX: one record
 * (ReferenceValueSets, a Location, an IDRegDocument, a DistinctParty, a ProfileRelationship, a
 * SanctionsEntry) in memory at a time, plus what the entries need from the earlier sections.
 *
 * <p>Every ID is resolved through the file's own ReferenceValueSets (FeatureType, AliasType,
 * Country, Script, PartySubType, DetailReference, IDRegDocType, RelationType, SanctionsType, ...),
 * so a publication that renumbers its tables reads the same; the mapping then goes by the names
 * OFAC gives those values:
 * <ul>
 * <li>id: the DistinctParty's FixedRef (the legacy files' ent_num); list source {@code OFAC-SDN},
 * as for the legacy files, so a finding names the same entry whichever file was read;</li>
 * <li>name: the primary alias's Latin name, an individual's as "Last, First Middle" like the legacy
 * SDN_Name; every other alias and every name in another script (Hangul, Han, Cyrillic, Arabic)
 * is an alias, or a weak alias when OFAC marks it LowQuality (or its type says "Weak"); each
 * non-Latin name's script is kept in {@code name_scripts};</li>
 * <li>features: "Digital Currency Address - XBT" etc. become {@link CryptoAddress}es with the
 * asset code after the dash, exactly as the legacy Remarks give them (chains follow from the
 * asset and the address form, as for the legacy reader); SWIFT/BIC; Birthdate as a date, month,
 * year, "circa" year or year range; Nationality and Citizenship Country as ISO codes; Location as
 * address countries and text; Vessel Flag, Call Sign, VESSEL TYPE, tonnage and owner as the
 * legacy columns' attributes; every other feature is kept as an attribute named after it;</li>
 * <li>IDRegDocuments: "Vessel Registration Identification" gives the vessel's IMO number (check
 * digit tested; a failing one is kept in {@code invalid_vessel_imo}); an "IMO" company number
 * ("Company Number", "Identification Number") goes to {@code company_imo}, as in the legacy
 * reader; passports to {@code passports}; every document to {@code documents};</li>
 * <li>SanctionsEntries: the Program measures' codes (DPRK3, CYBER2, ...) are the programs;</li>
 * <li>ProfileRelationships become {@link EntityRelation}s: {@code fromEntityId} is OFAC's
 * From-ProfileID, the entry the relationship is stated on ("YU JONG 2 is Owned or Controlled By
 * KOREA YUJONG SHIPPING": from = the vessel, to = the company), {@code relationType} OFAC's
 * wording; the other end's name is also in {@code linkedTo}, as the legacy "Linked To:".</li>
 * </ul>
 * The publication date is DateOfIssue.
 */
public final class OfacAdvancedReader {

    public static final String LIST_NAME = OfacLegacyReader.LIST_NAME;
    public static final String ROOT = "Sanctions";
    static final String CRYPTO_PREFIX = "Digital Currency Address - ";

    /** One entry being read: what the DistinctParty gave, waiting for programs and relations. */
    private static final class Party {
        String fixedRef;
        String name;
        String type;
        Provenance source;
        final List<String> aliases = new ArrayList<>();
        final List<String> weak = new ArrayList<>();
        final List<String> countries = new ArrayList<>();
        final List<String> imos = new ArrayList<>();
        final List<CryptoAddress> crypto = new ArrayList<>();
        final List<String> bics = new ArrayList<>();
        final List<String> dobs = new ArrayList<>();
        final List<String> nationalities = new ArrayList<>();
        final List<String> programs = new ArrayList<>();
        final List<String> linkedTo = new ArrayList<>();
        final Map<String, List<String>> attrs = new LinkedHashMap<>();

        void attr(String key, String value) {
            if (value != null) {
                List<String> l = attrs.computeIfAbsent(key, k -> new ArrayList<>());
                if (!l.contains(value)) {
                    l.add(value);
                }
            }
        }

        ListedEntity entity() {
            Map<String, String> a = new LinkedHashMap<>();
            attrs.forEach((k, v) -> a.put(k, String.join(";", v)));
            return new ListedEntity(LIST_NAME, fixedRef, name, type, aliases, weak, programs, countries, imos, crypto, bics,
                    dobs, nationalities, linkedTo, a, source);
        }
    }

    /** A Location: its country (ISO code when the file or the name gives one) and its text. */
    private record Place(String iso, String country, String text) {
    }

    /** An identity document, resolved. */
    private record Doc(String type, String number, String country) {
    }

    /** What the manifest says about the file beyond its counts. */
    private static final class Notes {
        long cryptoAddresses;
        long vesselImos;
        long invalidVesselImos;
        long bics;
        long relations;
        long relationsToUnknownProfiles;
        long unresolvedReferences;
        long entriesWithoutParty;
        long incompleteRelations;
        final Map<String, Long> relationTypes = new TreeMap<>();
        final Map<String, Long> entryTypes = new TreeMap<>();
        final Map<String, Long> unrecognisedCountries = new TreeMap<>();
        final Map<String, Long> lists = new TreeMap<>();

        Map<String, Object> map() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entries_by_type", new LinkedHashMap<>(entryTypes));
            m.put("digital_currency_addresses", cryptoAddresses);
            m.put("vessel_imo_numbers", vesselImos);
            m.put("vessel_imo_numbers_failing_check_digit", invalidVesselImos);
            m.put("bics", bics);
            m.put("relations", relations);
            m.put("relations_by_type", new LinkedHashMap<>(relationTypes));
            m.put("relations_to_profiles_not_in_file", relationsToUnknownProfiles);
            m.put("relations_incomplete", incompleteRelations);
            m.put("sanctions_entries_by_list", new LinkedHashMap<>(lists));
            m.put("sanctions_entries_without_party", entriesWithoutParty);
            m.put("unresolved_reference_ids", unresolvedReferences);
            m.put("unrecognised_countries", new LinkedHashMap<>(unrecognisedCountries));
            return m;
        }
    }

    private final InputFile file;
    private final List<Reject> rejects;
    private final Notes notes = new Notes();
    /** Reference value sets: element name (FeatureType, Country, ...) to ID to element. */
    private final Map<String, Map<String, XmlNode>> refs = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, List<Doc>> docsByIdentity = new HashMap<>();
    private final Map<String, Party> byProfile = new LinkedHashMap<>();
    private final Set<String> fixedRefs = new java.util.HashSet<>();
    private final List<EntityRelation> relations = new ArrayList<>();
    private final List<String[]> relationEnds = new ArrayList<>();
    private LocalDate published;
    private long read;
    private long rejected;

    private OfacAdvancedReader(InputFile file, List<Reject> rejects) {
        this.file = file;
        this.rejects = rejects;
    }

    public static EntityList read(InputFile file, List<Reject> rejects) {
        return new OfacAdvancedReader(file, rejects).read();
    }

    private EntityList read() {
        String sha;
        try (XmlLists.Source src = new XmlLists.Source(file)) {
            if (!src.nextStart()) {
                throw XmlLists.structure(file, 1, "no root element");
            }
            if (!ROOT.equals(src.name())) {
                throw XmlLists.structure(file, src.line(), "the root element is <" + src.name() + ">, not <" + ROOT + ">");
            }
            while (src.nextStart()) {
                switch (src.name()) {
                    case "DateOfIssue" -> published = date(src.element());
                    case "ReferenceValueSets" -> referenceValues(src.element());
                    case "Location" -> location(src.element());
                    case "IDRegDocument" -> document(src.element());
                    case "DistinctParty" -> party(src.element());
                    case "ProfileRelationship" -> relationship(src.element());
                    case "SanctionsEntry" -> sanctionsEntry(src.element());
                    default -> {
                        // the section containers (Locations, DistinctParties, ...) and sections not read
                    }
                }
            }
            sha = src.finish();
        }
        if (refs.isEmpty()) {
            throw XmlLists.structure(file, 1, "has no ReferenceValueSets: not an OFAC Advanced XML publication");
        }
        for (String[] ends : relationEnds) {
            Party from = byProfile.get(ends[0]);
            Party to = byProfile.get(ends[1]);
            if (from != null && to != null && !from.linkedTo.contains(to.name)) {
                from.linkedTo.add(to.name);
            }
        }
        List<ListedEntity> entities = new ArrayList<>(byProfile.size());
        for (Party p : byProfile.values()) {
            entities.add(p.entity());
        }
        ReadStats stats = new ReadStats(file, sha, read, read - rejected, rejected, 0);
        return new EntityList(LIST_NAME, ListFormats.OFAC_ADVANCED.id(), List.of(stats), entities, relations, published,
                notes.map());
    }

    // ---- reference values -------------------------------------------------------------------

    private void referenceValues(XmlNode sets) {
        for (XmlNode set : sets.children()) {
            for (XmlNode v : set.children()) {
                String id = v.attr("ID");
                if (id != null) {
                    refs.computeIfAbsent(v.name(), k -> new HashMap<>()).put(id, v);
                }
            }
        }
    }

    /** The reference value's element (a Country, a FeatureType, ...) or null, counting an ID the file does not define. */
    private XmlNode ref(String set, String id) {
        if (id == null) {
            return null;
        }
        XmlNode n = refs.getOrDefault(set, Map.of()).get(id);
        if (n == null) {
            notes.unresolvedReferences++;
        }
        return n;
    }

    /** The reference value's text, or "<set> <id>" when the file does not define it. */
    private String refText(String set, String id) {
        XmlNode n = ref(set, id);
        if (n == null) {
            return id == null ? null : set + " " + id;
        }
        return n.value();
    }

    // ---- locations and documents ------------------------------------------------------------

    private void location(XmlNode loc) {
        String iso = null;
        String country = null;
        XmlNode lc = loc.child("LocationCountry");
        if (lc != null) {
            XmlNode c = ref("Country", lc.attr("CountryID"));
            if (c != null) {
                country = c.value();
                iso = c.attr("ISO2");
            }
        }
        List<String> parts = new ArrayList<>();
        for (XmlNode part : loc.all("LocationPart")) {
            for (XmlNode pv : part.all("LocationPartValue")) {
                String v = pv.value("Value");
                if (v != null) {
                    parts.add(v);
                }
            }
        }
        if (country != null) {
            parts.add(country);
        }
        if (iso == null && !parts.isEmpty()) {
            // a nationality "location" is often a country name with no LocationCountry
            iso = Countries.code(parts.get(parts.size() - 1)).orElse(null);
        }
        places.put(loc.attr("ID"), new Place(iso, country, String.join(", ", parts)));
    }

    private void document(XmlNode d) {
        String type = refText("IDRegDocType", d.attr("IDRegDocTypeID"));
        String number = d.value("IDRegistrationNo");
        String country = null;
        String countryId = d.attr("IssuedBy-CountryID");
        if (countryId != null) {
            country = refText("Country", countryId);
        }
        docsByIdentity.computeIfAbsent(d.attr("IdentityID"), k -> new ArrayList<>()).add(new Doc(type, number, country));
    }

    // ---- parties ----------------------------------------------------------------------------

    private void party(XmlNode dp) {
        read++;
        String fixedRef = dp.attr("FixedRef");
        XmlNode profile = dp.child("Profile");
        if (fixedRef == null || profile == null) {
            reject(dp.line(), "DistinctParty without FixedRef or Profile");
            return;
        }
        if (!fixedRefs.add(fixedRef)) {
            reject(dp.line(), "FixedRef " + fixedRef + " appears twice");
            return;
        }
        Party p = new Party();
        p.fixedRef = fixedRef;
        p.source = new Provenance(file.display(), dp.line());
        p.type = partyType(profile.attr("PartySubTypeID"));
        for (XmlNode identity : profile.all("Identity")) {
            names(p, identity);
            for (Doc d : docsByIdentity.getOrDefault(identity.attr("ID"), List.of())) {
                document(p, d);
            }
        }
        if (p.name == null) {
            reject(dp.line(), "DistinctParty " + fixedRef + " has no primary name");
            return;
        }
        for (XmlNode f : profile.all("Feature")) {
            feature(p, f);
        }
        notes.entryTypes.merge(p.type, 1L, Long::sum);
        byProfile.put(profile.attr("ID") == null ? fixedRef : profile.attr("ID"), p);
    }

    private void reject(long line, String reason) {
        rejected++;
        rejects.add(new Reject(file.display(), line, reason, ""));
    }

    /** individual, entity, vessel or aircraft, from the PartySubType and its PartyType. */
    private String partyType(String subTypeId) {
        XmlNode sub = ref("PartySubType", subTypeId);
        if (sub == null) {
            return "entity";
        }
        String s = sub.value() == null ? "" : sub.value().toLowerCase(Locale.ROOT);
        if (s.equals("vessel") || s.equals("aircraft")) {
            return s;
        }
        String party = refText("PartyType", sub.attr("PartyTypeID"));
        return party != null && party.equalsIgnoreCase("Individual") ? "individual" : "entity";
    }

    private void names(Party p, XmlNode identity) {
        Map<String, String> groupTypes = new HashMap<>();
        XmlNode groups = identity.child("NamePartGroups");
        if (groups != null) {
            for (XmlNode g : groups.descendants("NamePartGroup")) {
                groupTypes.put(g.attr("ID"), refText("NamePartType", g.attr("NamePartTypeID")));
            }
        }
        for (XmlNode alias : identity.all("Alias")) {
            String aliasType = refText("AliasType", alias.attr("AliasTypeID"));
            boolean primary = "true".equals(alias.attr("Primary"));
            boolean low = "true".equals(alias.attr("LowQuality"))
                    || aliasType != null && aliasType.toLowerCase(Locale.ROOT).contains("weak");
            for (XmlNode dn : alias.all("DocumentedName")) {
                String script = null;
                List<String> last = new ArrayList<>();
                List<String> rest = new ArrayList<>();
                for (XmlNode part : dn.all("DocumentedNamePart")) {
                    XmlNode v = part.child("NamePartValue");
                    if (v == null || v.value() == null) {
                        continue;
                    }
                    if (script == null) {
                        script = refText("Script", v.attr("ScriptID"));
                    }
                    String partType = groupTypes.get(v.attr("NamePartGroupID"));
                    ("Last Name".equals(partType) ? last : rest).add(v.value());
                }
                if (last.isEmpty() && rest.isEmpty()) {
                    continue;
                }
                String name = last.isEmpty() ? String.join(" ", rest)
                        : rest.isEmpty() ? String.join(" ", last) : String.join(" ", last) + ", " + String.join(" ", rest);
                boolean latin = script == null || script.equals("Latin");
                if (!latin) {
                    p.attr("name_scripts", script + ":" + name);
                }
                if (primary && latin && p.name == null) {
                    p.name = name;
                } else if (low) {
                    add(p.weak, name);
                    p.attr("alias_types", (aliasType == null ? "" : aliasType) + " (low quality):" + name);
                } else {
                    add(p.aliases, name);
                    if (!primary) {
                        p.attr("alias_types", (aliasType == null ? "" : aliasType) + ":" + name);
                    }
                }
            }
        }
        if (p.name == null && !p.aliases.isEmpty()) {
            p.name = p.aliases.remove(0); // no Latin primary name: the first other one
        }
        p.aliases.remove(p.name);
    }

    private static <T> void add(List<T> l, T v) {
        if (v != null && !l.contains(v)) {
            l.add(v);
        }
    }

    private void document(Party p, Doc d) {
        String type = d.type() == null ? "" : d.type();
        String number = d.number();
        if (number == null) {
            return;
        }
        p.attr("documents", type + " " + number + (d.country() == null ? "" : " (" + d.country() + ")"));
        switch (type) {
            case "Vessel Registration Identification" -> {
                var imo = Imo.normalize(number);
                if (imo.isPresent()) {
                    add(p.imos, imo.get());
                    notes.vesselImos++;
                } else {
                    p.attr("invalid_vessel_imo", number);
                    notes.invalidVesselImos++;
                }
            }
            case "Passport", "Diplomatic Passport" -> p.attr("passports", number);
            case "MMSI" -> p.attr("mmsi", number);
            default -> {
                if (number.toUpperCase(Locale.ROOT).startsWith("IMO")) {
                    // "Company Number IMO 5434358", "Identification Number IMO 1790183": a company's
                    Imo.digits(number).ifPresent(n -> p.attr("company_imo", n));
                }
            }
        }
    }

    private void feature(Party p, XmlNode f) {
        String type = refText("FeatureType", f.attr("FeatureTypeID"));
        if (type == null) {
            return;
        }
        for (XmlNode v : f.all("FeatureVersion")) {
            Place place = null;
            XmlNode vl = v.child("VersionLocation");
            if (vl != null) {
                place = places.get(vl.attr("LocationID"));
                if (place == null) {
                    notes.unresolvedReferences++;
                }
            }
            String text = null;
            XmlNode detail = v.child("VersionDetail");
            if (detail != null) {
                text = detail.attr("DetailReferenceID") != null ? refText("DetailReference", detail.attr("DetailReferenceID"))
                        : detail.value();
            }
            XmlNode period = v.child("DatePeriod");
            if (period != null) {
                text = datePeriod(period);
            }
            if (text == null && place != null) {
                text = place.text();
            }
            if (text == null) {
                continue;
            }
            map(p, type, text, place);
        }
    }

    private void map(Party p, String type, String text, Place place) {
        {
            if (type.startsWith(CRYPTO_PREFIX)) {
                String asset = type.substring(CRYPTO_PREFIX.length()).strip();
                CryptoAddress a = new CryptoAddress(asset, text.strip());
                if (!p.crypto.contains(a)) {
                    p.crypto.add(a);
                    notes.cryptoAddresses++;
                }
                return;
            }
            switch (type) {
                case "SWIFT/BIC" -> {
                    add(p.bics, text.strip());
                    notes.bics++;
                }
                case "Birthdate" -> add(p.dobs, text);
                case "Nationality Country", "Citizenship Country" -> {
                    String iso = place != null && place.iso() != null ? place.iso() : Countries.code(text).orElse(null);
                    if (iso != null) {
                        add(p.nationalities, iso);
                    } else {
                        unknownCountry(p, text);
                    }
                    if (type.startsWith("Citizenship")) {
                        p.attr("citizenship", text);
                    }
                }
                case "Location" -> {
                    if (place != null && place.iso() != null) {
                        add(p.countries, place.iso());
                    } else if (place != null && place.country() != null) {
                        unknownCountry(p, place.country());
                    }
                    p.attr("addresses", text);
                }
                case "Vessel Flag" -> {
                    Countries.code(text).ifPresentOrElse(c -> add(p.countries, c), () -> unknownCountry(p, text));
                    p.attr("vessel_flag", text);
                }
                case "Vessel Call Sign" -> p.attr("call_sign", text);
                case "VESSEL TYPE" -> p.attr("vessel_type", text);
                case "Vessel Tonnage" -> p.attr("tonnage", text);
                case "Vessel Gross Registered Tonnage" -> p.attr("grt", text);
                case "Vessel Owner" -> p.attr("vessel_owner", text);
                case "Title" -> p.attr("title", text);
                default -> p.attr(attributeName(type), text);
            }
        }
    }

    private void unknownCountry(Party p, String text) {
        p.attr("unrecognised_countries", text);
        notes.unrecognisedCountries.merge(text, 1L, Long::sum);
    }

    /** "Place of Birth" as place_of_birth, "Secondary sanctions risk:" as secondary_sanctions_risk. */
    static String attributeName(String featureType) {
        String s = featureType.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        s = s.replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "feature" : s;
    }

    // ---- dates ------------------------------------------------------------------------------

    private static LocalDate date(XmlNode d) {
        try {
            int y = Integer.parseInt(d.value("Year"));
            String m = d.value("Month");
            String day = d.value("Day");
            return LocalDate.of(y, m == null ? 1 : Integer.parseInt(m), day == null ? 1 : Integer.parseInt(day));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A DatePeriod in the forms {@link org.sanctionsmonitor.normalize.Dates} reads: one day
     * {@code 1984-08-15}, one month {@code 1938-09}, one year {@code 1946} ({@code circa 1951}
     * when OFAC marks it approximate), whole years {@code 1955 to 1957}; any other span as
     * {@code <first day> to <last day>}.
     */
    static String datePeriod(XmlNode period) {
        XmlNode start = period.child("Start");
        XmlNode end = period.child("End");
        LocalDate first = start == null ? null : bound(start, "From");
        LocalDate last = end == null ? null : bound(end, "To");
        if (first == null) {
            first = end == null ? null : bound(end, "From");
        }
        if (last == null) {
            last = start == null ? null : bound(start, "To");
        }
        if (first == null || last == null) {
            return null;
        }
        boolean approx = start != null && "true".equals(start.attr("Approximate"))
                || end != null && "true".equals(end.attr("Approximate"));
        if (approx) {
            return first.getYear() == last.getYear() ? "circa " + first.getYear() : first.getYear() + " to " + last.getYear();
        }
        if (first.equals(last)) {
            return first.toString();
        }
        if (first.getDayOfMonth() == 1 && YearMonth.from(first).equals(YearMonth.from(last))
                && last.getDayOfMonth() == last.lengthOfMonth()) {
            return YearMonth.from(first).toString();
        }
        if (first.getDayOfYear() == 1 && last.getMonthValue() == 12 && last.getDayOfMonth() == 31) {
            return first.getYear() == last.getYear() ? Integer.toString(first.getYear()) : first.getYear() + " to " + last.getYear();
        }
        return first + " to " + last;
    }

    private static LocalDate bound(XmlNode side, String which) {
        XmlNode d = side.child(which);
        return d == null ? null : date(d);
    }

    // ---- relationships and sanctions entries ---------------------------------------------------

    private void relationship(XmlNode r) {
        String from = r.attr("From-ProfileID");
        String to = r.attr("To-ProfileID");
        String type = refText("RelationType", r.attr("RelationTypeID"));
        if (from == null || to == null || type == null) {
            notes.incompleteRelations++; // without both ends and a type it states nothing
            return;
        }
        Party fromParty = byProfile.get(from);
        Party toParty = byProfile.get(to);
        if (fromParty == null || toParty == null) {
            notes.relationsToUnknownProfiles++;
        }
        String fromId = fromParty == null ? from : fromParty.fixedRef;
        String toId = toParty == null ? to : toParty.fixedRef;
        String published = "true".equals(r.attr("Former")) ? type + " (former)" : type;
        relations.add(new EntityRelation(LIST_NAME, fromId, toId, published, null, new Provenance(file.display(), r.line())));
        relationEnds.add(new String[] {from, to});
        notes.relations++;
        notes.relationTypes.merge(published, 1L, Long::sum);
    }

    private void sanctionsEntry(XmlNode e) {
        Party p = byProfile.get(e.attr("ProfileID"));
        String list = refText("List", e.attr("ListID"));
        notes.lists.merge(list == null ? "?" : list, 1L, Long::sum);
        if (p == null) {
            notes.entriesWithoutParty++; // an entry for a profile not in DistinctParties: nothing to attach it to
            return;
        }
        p.attr("lists", list);
        for (XmlNode ev : e.all("EntryEvent")) {
            XmlNode d = ev.child("Date");
            LocalDate day = d == null ? null : date(d);
            if (day != null) {
                p.attr("entry_events", refText("EntryEventType", ev.attr("EntryEventTypeID")) + " " + day);
            }
        }
        for (XmlNode m : e.all("SanctionsMeasure")) {
            String type = refText("SanctionsType", m.attr("SanctionsTypeID"));
            String comment = m.value("Comment");
            if ("Program".equals(type)) {
                if (comment != null) {
                    add(p.programs, comment);
                }
            } else if (type != null) {
                p.attr("sanctions_measures", comment == null ? type : type + ": " + comment);
            }
        }
    }
}
