package org.sanctionsmonitor.reference;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.model.Provenance;

/**
 * A reviewed reference table: a CSV file under {@code rules/reference/} (UTF-8, RFC 4180, one
 * header row; lines starting with {@code #} are comments). Generic: it knows nothing about what
 * the table means, only which columns are required, and that the first column is the row's key
 * and must be unique. Problems are reported like rule problems, as
 * {@code rules/reference/file.csv:line:column message}, and stop the run (exit 3): reference
 * tables are reviewed like rules, and a broken one must never be silently ignored.
 */
public final class ReferenceTable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private final String name;
    private final String display;
    private final List<String> columns;
    private final List<ReferenceRow> rows;

    private ReferenceTable(String name, String display, List<String> columns, List<ReferenceRow> rows) {
        this.name = name;
        this.display = display;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads {@code rules/reference/<file>} from the rule folder.
     *
     * @param required columns that must be present in the header and non-blank in every row
     */
    public static ReferenceTable load(Path rulesFolder, String file, List<String> required) {
        Path p = rulesFolder.resolve("reference").resolve(file);
        String display = "rules/reference/" + file;
        List<String> problems = new ArrayList<>();
        List<ReferenceRow> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                throw new RuleException(List.of(display + ":1:1 the reference table is empty; a header row is required"));
            }
            CSVRecord h = it.next();
            for (String c : h) {
                String col = c.strip().toLowerCase(Locale.ROOT);
                if (col.startsWith("\uFEFF")) {
                    col = col.substring(1);
                }
                header.add(col);
            }
            for (String req : required) {
                if (!header.contains(req)) {
                    problems.add(display + ":" + h.getParser().getCurrentLineNumber() + ":1 missing required column '" + req
                            + "' (found: " + String.join(", ", header) + ")");
                }
            }
            if (!problems.isEmpty()) {
                throw new RuleException(problems);
            }
            Set<String> keys = new HashSet<>();
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                long line = parser.getCurrentLineNumber();
                if (rec.size() != header.size()) {
                    problems.add(display + ":" + line + ":1 expected " + header.size() + " fields as in the header, found " + rec.size());
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), rec.get(i).strip());
                }
                boolean ok = true;
                for (String req : required) {
                    if (values.get(req).isEmpty()) {
                        problems.add(display + ":" + line + ":" + (header.indexOf(req) + 1) + " missing value in column '" + req + "'");
                        ok = false;
                    }
                }
                String key = values.get(header.get(0));
                if (ok && !keys.add(key)) {
                    problems.add(display + ":" + line + ":1 duplicate key '" + key + "' in column '" + header.get(0) + "'");
                    ok = false;
                }
                if (ok) {
                    rows.add(new ReferenceRow(name(file), key, new Provenance(display, line), values));
                }
            }
        } catch (NoSuchFileException e) {
            throw new RuleException(List.of(display + ":0:0 the reference table is missing"));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RuleException(List.of(display + ":0:0 cannot be read: " + e.getMessage()));
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return new ReferenceTable(name(file), display, header, rows);
    }

    private static String name(String file) {
        return file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<ReferenceRow> rows() {
        return rows;
    }

    /** A problem with a cell, in the form every rule problem takes. */
    public RuleException problem(ReferenceRow row, String column, String message) {
        int col = columns.indexOf(column) + 1;
        return new RuleException(List.of(display + ":" + row.source().line() + ":" + col + " column '" + column + "': " + message));
    }

    /** A decimal cell; a problem naming the cell when it is not a number. */
    public BigDecimal decimal(ReferenceRow row, String column) {
        String v = row.get(column);
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw problem(row, column, "'" + v + "' is not a decimal number");
        }
    }

    /** A cell that must be one of the given values. */
    public String oneOf(ReferenceRow row, String column, Set<String> allowed) {
        String v = row.get(column);
        if (v != null && !allowed.contains(v)) {
            throw problem(row, column, "'" + v + "' is not one of " + allowed.stream().sorted().toList());
        }
        return v;
    }
}
