package org.sanctionsmonitor.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.RowException;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.normalize.Countries;
import org.sanctionsmonitor.normalize.Imo;

/**
 * OFAC's legacy CSV files: {@code sdn.csv} (12 columns, no header) and, beside it when present,
 * {@code add.csv} (addresses), {@code alt.csv} (strong aliases) and {@code sdn_comments.csv}
 * (Remarks beyond OFAC's 1,000-character cut, joined back without a separator). Handles the
 * {@code -0-} null, CRLF line ends and the trailing 0x1A byte. Entries keep OFAC's {@code ent_num}
 * as their id; the Remarks text is parsed by {@link OfacRemarks}.
 */
public final class OfacLegacyReader {

    public static final String LIST_NAME = "OFAC-SDN";
    static final List<String> SDN_COLUMNS = List.of("ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign",
            "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks");

    private record SdnRow(String entNum, List<String> cells, Provenance source) {
    }

    private record Alias(String type, String name) {
    }

    private OfacLegacyReader() {
    }

    /** The sdn.csv of a folder, or the file itself. */
    public static Path sdnFile(Path path) {
        return Files.isDirectory(path) ? path.resolve("sdn.csv") : path;
    }

    /** OFAC's cut: Remarks longer than this go on in sdn_comments.csv. */
    static final int REMARKS_LIMIT = 1000;

    /** The files read (sdn.csv first), the entries, and what the run must be warned about. */
    public record Result(List<ReadStats> stats, List<ListedEntity> entities, List<String> warnings, List<String> truncatedRemarks) {
    }

    /** Reads sdn.csv and its siblings; returns the files read (sdn.csv first) and fills {@code out}. */
    public static List<ReadStats> read(Path path, String listName, List<ListedEntity> out, List<Reject> rejects) {
        Result r = readAll(path, listName, rejects);
        out.addAll(r.entities());
        return r.stats();
    }

    /**
     * Reads sdn.csv and its siblings. A missing {@code alt.csv} (every strong alias) or
     * {@code add.csv} (addresses and the countries they give) is a warning, not an error: the
     * entries are usable, but the run must say that it screened without them. Remarks that fill
     * OFAC's 1,000 characters and are not continued in sdn_comments.csv were cut: they are
     * flagged on the entry ({@code remarks_truncated}) and in the warnings, since whatever
     * followed the cut (addresses, aliases) is missing.
     */
    public static Result readAll(Path path, String listName, List<Reject> rejects) {
        List<ListedEntity> out = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> truncated = new ArrayList<>();
        Path sdn = sdnFile(path);
        if (!Files.isRegularFile(sdn)) {
            throw new InputException(InputFile.of(path).display() + ": an OFAC legacy list needs sdn.csv (not found)");
        }
        Path dir = sdn.toAbsolutePath().getParent();
        List<ReadStats> stats = new ArrayList<>();
        String shown = InputFile.of(sdn).display();
        for (String sibling : List.of("alt.csv", "add.csv")) {
            if (!Files.isRegularFile(dir.resolve(sibling))) {
                warnings.add(shown + ": " + sibling + " is missing beside sdn.csv: " + switch (sibling) {
                    case "alt.csv" -> "every strong alias (a.k.a., f.k.a.) is missing, so names are screened without them";
                    default -> "every address, and the countries the addresses give, is missing";
                });
            }
        }

        Map<String, SdnRow> rows = new LinkedHashMap<>();
        InputFile sdnFile = InputFile.of(sdn);
        stats.add(HeaderlessCsv.read(sdnFile, 12, (cells, line) -> {
            String ent = HeaderlessCsv.value(cells.get(0));
            if (ent == null || !ent.matches("\\d+")) {
                if (ent != null && ent.equalsIgnoreCase(SDN_COLUMNS.get(0))) {
                    throw new RowException("a header row (ent_num, SDN_Name, ...) inside the file; OFAC's sdn.csv has none");
                }
                throw new RowException("ent_num '" + cells.get(0) + "' is not a number");
            }
            if (HeaderlessCsv.value(cells.get(1)) == null) {
                throw new RowException("entry " + ent + " has no SDN_Name");
            }
            if (rows.putIfAbsent(ent, new SdnRow(ent, cells, new Provenance(sdnFile.display(), line))) != null) {
                throw new RowException("ent_num " + ent + " appears twice");
            }
        }, rejects));

        Map<String, StringBuilder> comments = new LinkedHashMap<>();
        Map<String, List<String>> countries = new LinkedHashMap<>();
        Map<String, List<String>> addresses = new LinkedHashMap<>();
        Map<String, List<Alias>> aliases = new LinkedHashMap<>();

        Path commentsPath = dir.resolve("sdn_comments.csv");
        if (Files.isRegularFile(commentsPath)) {
            stats.add(HeaderlessCsv.read(InputFile.of(commentsPath), 2, (cells, line) -> {
                String ent = known(rows, cells.get(0));
                String more = cells.get(1).replace("\u001A", "");
                comments.computeIfAbsent(ent, k -> new StringBuilder()).append(more);
            }, rejects));
        }
        Path addPath = dir.resolve("add.csv");
        if (Files.isRegularFile(addPath)) {
            stats.add(HeaderlessCsv.read(InputFile.of(addPath), 6, (cells, line) -> {
                String ent = known(rows, cells.get(0));
                String country = HeaderlessCsv.value(cells.get(4));
                if (country != null) {
                    countries.computeIfAbsent(ent, k -> new ArrayList<>()).add(country);
                }
                String text = String.join(", ", Arrays.asList(cells.get(2), cells.get(3), cells.get(4)).stream()
                        .map(HeaderlessCsv::value).filter(v -> v != null).toList());
                if (!text.isEmpty()) {
                    addresses.computeIfAbsent(ent, k -> new ArrayList<>()).add(text);
                }
            }, rejects));
        }
        Path altPath = dir.resolve("alt.csv");
        if (Files.isRegularFile(altPath)) {
            stats.add(HeaderlessCsv.read(InputFile.of(altPath), 5, (cells, line) -> {
                String ent = known(rows, cells.get(0));
                String type = HeaderlessCsv.value(cells.get(2));
                String name = HeaderlessCsv.value(cells.get(3));
                if (name == null) {
                    throw new RowException("alias of entry " + ent + " has no alt_name");
                }
                aliases.computeIfAbsent(ent, k -> new ArrayList<>())
                        .add(new Alias(type == null ? "aka" : type.toLowerCase(Locale.ROOT), name));
            }, rejects));
        }

        for (SdnRow r : rows.values()) {
            boolean cut = comments.get(r.entNum()) == null && r.cells().get(11).length() >= REMARKS_LIMIT;
            if (cut) {
                truncated.add(r.entNum());
            }
            out.add(entity(r, listName, comments.get(r.entNum()), countries.getOrDefault(r.entNum(), List.of()),
                    addresses.getOrDefault(r.entNum(), List.of()), aliases.getOrDefault(r.entNum(), List.of()), cut));
        }
        if (!truncated.isEmpty()) {
            warnings.add(shown + ": the Remarks of " + truncated.size() + " entr" + (truncated.size() == 1 ? "y" : "ies")
                    + " (ent_num " + String.join(", ", truncated.subList(0, Math.min(10, truncated.size())))
                    + (truncated.size() > 10 ? ", ..." : "") + ") stop at OFAC's " + REMARKS_LIMIT
                    + "-character cut and are not continued in sdn_comments.csv: what followed (addresses, aliases) is missing");
        }
        return new Result(stats, out, warnings, truncated);
    }

    private static String known(Map<String, SdnRow> rows, String cell) {
        String ent = HeaderlessCsv.value(cell);
        if (ent == null || !rows.containsKey(ent)) {
            throw new RowException("ent_num '" + cell + "' is not an entry of sdn.csv");
        }
        return ent;
    }

    private static ListedEntity entity(SdnRow r, String listName, StringBuilder overflow, List<String> addCountries,
            List<String> addresses, List<Alias> alts, boolean cut) {
        List<String> c = r.cells();
        String remarks = HeaderlessCsv.value(c.get(11));
        if (overflow != null) {
            // OFAC cuts Remarks at exactly 1,000 characters, even mid-word: the rest follows as is
            remarks = (remarks == null ? "" : c.get(11)) + overflow;
        }
        OfacRemarks rm = OfacRemarks.parse(remarks);
        String sdnType = HeaderlessCsv.value(c.get(2));
        String type = sdnType == null ? "entity" : sdnType.toLowerCase(Locale.ROOT);
        String program = HeaderlessCsv.value(c.get(3));
        List<String> programs = program == null ? List.of()
                : Arrays.stream(program.replace("[", " ").replace("]", " ").strip().split("\\s+"))
                        .filter(s -> !s.isEmpty()).toList();

        Set<String> countryCodes = new LinkedHashSet<>();
        Set<String> unknownCountries = new LinkedHashSet<>();
        List<String> countryTexts = new ArrayList<>(addCountries);
        String flag = HeaderlessCsv.value(c.get(9));
        if (flag != null) {
            countryTexts.add(flag);
        }
        for (String t : countryTexts) {
            Countries.code(t).ifPresentOrElse(countryCodes::add, () -> unknownCountries.add(t));
        }
        List<String> nationalities = new ArrayList<>();
        for (String n : rm.nationalities()) {
            Countries.code(n).ifPresentOrElse(nationalities::add, () -> unknownCountries.add(n));
        }
        List<String> imos = new ArrayList<>();
        List<String> badImos = new ArrayList<>();
        for (String imo : rm.vesselImos()) {
            Imo.normalize(imo).ifPresentOrElse(imos::add, () -> badImos.add(imo));
        }
        List<String> strong = new ArrayList<>();
        for (Alias a : alts) {
            if (!strong.contains(a.name())) {
                strong.add(a.name());
            }
        }

        Map<String, String> attrs = new LinkedHashMap<>();
        put(attrs, "title", c.get(4));
        put(attrs, "call_sign", c.get(5));
        put(attrs, "vessel_type", c.get(6));
        put(attrs, "tonnage", c.get(7));
        put(attrs, "grt", c.get(8));
        put(attrs, "vessel_flag", c.get(9));
        put(attrs, "vessel_owner", c.get(10));
        putList(attrs, "company_imo", rm.companyImos());
        putList(attrs, "passports", rm.passports());
        putList(attrs, "addresses", addresses);
        putList(attrs, "unrecognised_countries", List.copyOf(unknownCountries));
        putList(attrs, "invalid_vessel_imo", badImos);
        putList(attrs, "alias_types", alts.stream().map(a -> a.type() + ":" + a.name()).toList());
        if (remarks != null) {
            attrs.put("remarks", remarks);
        }
        if (cut) {
            attrs.put("remarks_truncated", "cut at " + REMARKS_LIMIT + " characters; not continued in sdn_comments.csv");
        }
        attrs.put("raw", HeaderlessCsv.FORMAT.format(c.toArray()).strip());
        return new ListedEntity(listName, r.entNum(), HeaderlessCsv.value(c.get(1)), type, strong, rm.weakAliases(),
                programs, List.copyOf(countryCodes), imos, rm.cryptoAddresses(), rm.bics(), rm.dobs(), nationalities,
                rm.linkedTo(), attrs, r.source());
    }

    private static void put(Map<String, String> attrs, String key, String cell) {
        String v = HeaderlessCsv.value(cell);
        if (v != null) {
            attrs.put(key, v);
        }
    }

    private static void putList(Map<String, String> attrs, String key, List<String> values) {
        if (!values.isEmpty()) {
            attrs.put(key, String.join(";", values));
        }
    }

    /** True when the first record of the file looks like an OFAC sdn.csv row (integer, then 11 more fields). */
    static boolean looksLikeSdn(List<String> firstRecord) {
        return firstRecord.size() == 12 && firstRecord.get(0).strip().matches("\\d+");
    }
}
