package org.sanctionsmonitor.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * Loads one --lists path, detecting its format from the content (or taking the one --list-format
 * forces): a native list CSV, an OFAC legacy folder or its sdn.csv, an OpenSanctions
 * targets.simple.csv or a US Consolidated Screening List CSV. A list that is empty or that yields
 * no entry stops the run: a run against no list must never look clean.
 */
public final class ListLoader {

    public static final String NATIVE = "native";
    public static final String OFAC = "ofac";
    public static final String OPENSANCTIONS = "opensanctions";
    public static final String CSL = "csl";
    public static final List<String> FORMATS = List.of(NATIVE, OFAC, OPENSANCTIONS, CSL);

    private ListLoader() {
    }

    public static EntityList load(Path path, String forcedFormat, List<Reject> rejects) {
        InputFile file = InputFile.of(path);
        if (!Files.exists(path)) {
            throw new InputException(file.display() + ": no such list file or folder");
        }
        String format = forcedFormat != null ? forcedFormat.toLowerCase(Locale.ROOT) : detect(path, file);
        if (!FORMATS.contains(format)) {
            throw new InputException(file.display() + ": list format '" + format + "' is not supported (supported: "
                    + String.join(", ", FORMATS) + ")");
        }
        if (Files.isDirectory(path) && !OFAC.equals(format)) {
            throw new InputException(file.display() + ": is a folder; only the ofac format is read from a folder");
        }
        List<ListedEntity> entities = new ArrayList<>();
        List<ReadStats> stats;
        String name;
        switch (format) {
            case OFAC -> {
                name = OfacLegacyReader.LIST_NAME;
                stats = OfacLegacyReader.read(path, name, entities, rejects);
            }
            case OPENSANCTIONS -> {
                name = OpenSanctionsReader.LIST_NAME;
                stats = List.of(OpenSanctionsReader.read(file, name, entities::add, rejects));
            }
            case CSL -> {
                name = CslReader.LIST_PREFIX;
                stats = List.of(CslReader.read(file, entities::add, rejects));
            }
            default -> {
                name = defaultName(path);
                stats = List.of(NativeListReader.read(file, name, entities::add, rejects));
            }
        }
        if (entities.isEmpty()) {
            long rejected = stats.stream().mapToLong(ReadStats::rowsRejected).sum();
            throw new InputException(file.display() + ": the " + format + " list has no usable entries"
                    + (rejected > 0 ? " (" + rejected + " rejected)" : "")
                    + "; a run against no list must never look clean");
        }
        return new EntityList(name, format, stats, entities);
    }

    /** The list's name when its rows do not give one: the file name without extension. */
    static String defaultName(Path path) {
        String n = path.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The format of a list file or folder, from its content. */
    public static String detect(Path path, InputFile file) {
        if (Files.isDirectory(path)) {
            if (Files.isRegularFile(path.resolve("sdn.csv"))) {
                return OFAC;
            }
            throw new InputException(file.display() + ": is a folder without sdn.csv; only OFAC legacy folders are read");
        }
        String first;
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            first = r.readLine();
        } catch (IOException e) {
            throw new InputException(file.display() + ": cannot be read as UTF-8 text: " + e.getMessage(), e);
        }
        if (first == null || first.replace("\u001A", "").isBlank()) {
            throw new InputException(file.display() + ":1: the list file is empty; a run against no list must never look clean");
        }
        String line = first.replace("\uFEFF", "");
        List<String> cells;
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(line)).setFormat(HeaderlessCsv.FORMAT).get()) {
            List<CSVRecord> recs = p.getRecords();
            cells = recs.isEmpty() ? List.of() : recs.get(0).toList();
        } catch (IOException | RuntimeException e) {
            cells = List.of(line.split(","));
        }
        List<String> names = cells.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        if (names.contains("entity_id") && names.contains("name")) {
            return NATIVE;
        }
        if (names.contains("id") && names.contains("schema") && names.contains("name")) {
            return OPENSANCTIONS;
        }
        if (names.contains("_id") && names.contains("source") && names.contains("name")) {
            return CSL;
        }
        if (OfacLegacyReader.looksLikeSdn(cells)) {
            return OFAC;
        }
        throw new InputException(file.display() + ":1: unrecognised list format: expected a native list header "
                + "(entity_id, name, ...), an OpenSanctions targets.simple.csv header (id, schema, name, ...), a "
                + "Consolidated Screening List header (_id, source, ..., name, ...) or an OFAC sdn.csv row "
                + "(ent_num and 11 more fields, no header); use --list-format to force one");
    }
}
