package org.sanctionsmonitor.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
 * A reviewed reference table, and the one reader of {@code rules/reference/*.csv}. One dialect for
 * every table: UTF-8 (malformed bytes are an error), RFC 4180 quoting, a header row that is
 * required and whose column names are present and unique, lines starting with {@code #} are
 * comments wherever they stand (before the header too), blank lines are ignored, every row has
 * as many fields as the header, surrounding spaces are stripped. A {@code legal_basis} column,
 * where a table has one, is filled in every row. Generic: it knows nothing about what a table
 * means, only which columns are required and which column (by default the first) is the row's
 * unique key. Problems are reported like rule problems, as
 * {@code rules/reference/file.csv:line:column message}, and stop the run (exit 3): reference
 * tables are reviewed like rules, and a broken one must never be silently ignored. The
 * per-table classes ({@code TradeReference}, {@code GraphParameters}, {@code NameMatchingConfig},
 * {@code OwnershipTests}, {@code NativeFloor}, {@code DailyPrices}, {@code ListSettings},
 * {@code ListSources}) only map its rows.
 */
public final class ReferenceTable {

    /** The column that cites the law or guidance behind a row. */
    public static final String LEGAL_BASIS = "legal_basis";
    /** The column that explains a tuning choice (a threshold with no legal value behind it). */
    public static final String RATIONALE = "rationale";

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
     * Reads {@code rules/reference/<file>} from the rule folder; the first column is the unique key.
     *
     * @param required columns that must be present in the header and non-blank in every row
     */
    public static ReferenceTable load(Path rulesFolder, String file, List<String> required) {
        return load(rulesFolder, file, required, null, true);
    }

    /**
     * The same with the key taken from {@code keyColumn} (null: the first column), unique or not
     * (a table of word lists keys its rows by the word and may name a word under two kinds).
     */
    public static ReferenceTable load(Path rulesFolder, String file, List<String> required, String keyColumn, boolean uniqueKey) {
        Path p = rulesFolder.resolve("reference").resolve(file);
        return read(p, "rules/reference/" + file, required, keyColumn, uniqueKey);
    }

    /**
     * Reads any reference table, naming it {@code display} in problems; the first column is the
     * key, unique when {@code uniqueKey}.
     */
    public static ReferenceTable read(Path file, String display, boolean uniqueKey) {
        return read(file, display, List.of(), null, uniqueKey);
    }

    /**
     * Reads a table in the same dialect from anywhere (a user's copy of a reviewed table), naming
     * it {@code display} in problems; {@code required} columns must be present and filled, the
     * key column ({@code keyColumn}) unique.
     */
    public static ReferenceTable read(Path file, String display, List<String> required, String keyColumn) {
        return read(file, display, required, keyColumn, true);
    }

    private static ReferenceTable read(Path p, String display, List<String> required, String keyColumn, boolean uniqueKey) {
        String file = p.getFileName().toString();
        List<String> problems = new ArrayList<>();
        List<ReferenceRow> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(p), decoder));
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                throw new RuleException(List.of(display + ":1:1 the reference table is empty; a header row is required"));
            }
            CSVRecord h = it.next();
            long headerLine = parser.getCurrentLineNumber();
            for (int i = 0; i < h.size(); i++) {
                String col = h.get(i).strip().toLowerCase(Locale.ROOT);
                if (col.startsWith("\uFEFF")) {
                    col = col.substring(1);
                }
                if (col.isEmpty()) {
                    problems.add(display + ":" + headerLine + ":" + (i + 1) + " header column " + (i + 1) + " has no name");
                } else if (header.contains(col)) {
                    problems.add(display + ":" + headerLine + ":" + (i + 1) + " duplicate header '" + col + "' (also column "
                            + (header.indexOf(col) + 1) + ")");
                }
                header.add(col);
            }
            for (String req : required) {
                if (!header.contains(req)) {
                    problems.add(display + ":" + headerLine + ":1 missing required column '" + req
                            + "' (found: " + String.join(", ", header) + ")");
                }
            }
            String keyCol = keyColumn == null ? header.get(0) : keyColumn;
            if (!header.contains(keyCol)) {
                problems.add(display + ":" + headerLine + ":1 missing key column '" + keyCol + "'");
            }
            if (!problems.isEmpty()) {
                throw new RuleException(problems);
            }
            int legal = header.indexOf(LEGAL_BASIS);
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
                if (legal >= 0 && !required.contains(LEGAL_BASIS) && values.get(LEGAL_BASIS).isEmpty()) {
                    problems.add(display + ":" + line + ":" + (legal + 1) + " empty " + LEGAL_BASIS
                            + ": every row must cite its legal basis");
                    ok = false;
                }
                String key = values.get(keyCol);
                if (ok && uniqueKey && !keys.add(key)) {
                    problems.add(display + ":" + line + ":" + (header.indexOf(keyCol) + 1) + " duplicate key '" + key
                            + "' in column '" + keyCol + "'");
                    ok = false;
                }
                if (ok) {
                    rows.add(new ReferenceRow(name(file), key, new Provenance(display, line), values));
                }
            }
        } catch (NoSuchFileException e) {
            throw new RuleException(List.of(display + ":0:0 the reference table is missing"));
        } catch (CharacterCodingException e) {
            throw new RuleException(List.of(display + ":0:0 not valid UTF-8"));
        } catch (IOException e) {
            throw new RuleException(List.of(display + ":" + describe(e)));
        } catch (java.io.UncheckedIOException e) {
            throw new RuleException(List.of(display + ":" + describe(e.getCause())));
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return new ReferenceTable(name(file), display, header, rows);
    }

    /** A Commons CSV error as {@code line:column reason}. */
    private static String describe(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "0:0 not valid UTF-8";
        }
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // Commons CSV: "(line 4) invalid char between encapsulated token and delimiter ..."
        var lm = java.util.regex.Pattern.compile("\\((?:start)?line (\\d+)\\)\\s*(.*)", java.util.regex.Pattern.DOTALL).matcher(m);
        if (lm.find()) {
            return lm.group(1) + ":0 not RFC 4180 CSV: " + lm.group(2).strip().replace('\n', ' ');
        }
        return "0:0 cannot be read: " + m.replace('\n', ' ');
    }

    /** The file as problems name it, e.g. {@code rules/reference/trade-caps.csv}. */
    public String display() {
        return display;
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
