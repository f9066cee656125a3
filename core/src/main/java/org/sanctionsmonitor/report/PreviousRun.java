package org.sanctionsmonitor.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.InputException;

import org.sanctionsmonitor.finding.Finding;

/**
 * A previous run's output folder ({@code check --previous DIR}): its findings.csv, read at the
 * start of a run for the ids (kept compactly, not the rows), so each finding of this run can be
 * marked {@code new} or {@code seen} by {@code finding_id}, and read again for the previous
 * findings that are gone, listed as resolved (resolved.csv).
 * A folder that is missing, is not a folder, has no findings.csv, or whose findings.csv cannot be
 * read or has no finding_id column is an {@link InputException} (exit 2) before anything is read.
 */
public final class PreviousRun {

    public static final String RESOLVED_CSV = "resolved.csv";
    public static final String NEW = "new";
    public static final String SEEN = "seen";

    /** resolved.csv: the previous row's columns an analyst needs, then why it is gone. */
    public static final List<String> RESOLVED_COLUMNS = List.of(
            "finding_id", "rule_id", "rule_name", "category", "severity", "subject_type", "subject_id",
            "list_source", "list_entry_id", "list_entry_name", "matched_value", "explanation", "record_date",
            "resolution");

    private final String display;
    private final Path csv;
    /** The previous findings' ids, compactly (not their rows: resolved rows are read again when needed). */
    private final Ids ids;
    private final int rows;

    private PreviousRun(String display, Path csv, Ids ids, int rows) {
        this.display = display;
        this.csv = csv;
        this.ids = ids;
        this.rows = rows;
    }

    public static PreviousRun read(Path folder) {
        String shown = DisplayPaths.display(folder);
        if (!Files.exists(folder)) {
            throw new InputException("--previous " + shown + ": no such folder (give a previous run's --out folder)");
        }
        if (!Files.isDirectory(folder)) {
            throw new InputException("--previous " + shown + ": is a file, not a folder (give a previous run's --out "
                    + "folder, the one that holds findings.csv)");
        }
        Path csv = folder.resolve("findings.csv");
        if (!Files.isRegularFile(csv)) {
            throw new InputException("--previous " + shown + ": has no findings.csv, so it is not a run's output folder");
        }
        List<String> found = new ArrayList<>();
        rows(csv, (row, line) -> found.add(row.get("finding_id")));
        return new PreviousRun(shown, csv, new Ids(found), found.size());
    }

    /** One row of the previous findings.csv, with the line its record starts on. */
    private interface RowSink {
        void row(Map<String, String> row, long line);
    }

    /** Reads every row of a findings.csv, checking each (cell count, a finding_id); an {@link InputException} otherwise. */
    private static void rows(Path csv, RowSink sink) {
        String file = DisplayPaths.display(csv);
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<String> header = p.getHeaderNames();
            if (!header.contains("finding_id")) {
                throw new InputException(file + ":1: no finding_id column (header: " + String.join(",", header)
                        + "), so the findings cannot be compared");
            }
            for (CSVRecord rec : p) {
                if (!rec.isConsistent()) {
                    throw new InputException(file + ":" + (rec.getRecordNumber() + 1) + ": " + rec.size()
                            + " cells where the header has " + header.size());
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (String h : header) {
                    row.put(h, rec.get(h));
                }
                String id = row.get("finding_id");
                if (id == null || id.isBlank()) {
                    throw new InputException(file + ":" + (rec.getRecordNumber() + 1) + ": empty finding_id");
                }
                sink.row(row, rec.getRecordNumber() + 1);
            }
        } catch (MalformedInputException e) {
            throw new InputException(file + ": not UTF-8 text, so not a findings.csv this tool wrote");
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file + ": cannot be read: " + describe(e), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }

    /**
     * A set of finding ids in little memory: the usual ids ({@code F-} and 16 hex digits) as sorted
     * longs, any other (an id with a line suffix) as sorted strings; each id has an index.
     */
    static final class Ids {
        private final long[] hex;
        private final String[] other;

        Ids(List<String> ids) {
            long[] h = new long[ids.size()];
            int n = 0;
            java.util.TreeSet<String> o = new java.util.TreeSet<>();
            for (String id : ids) {
                if (usual(id)) {
                    h[n++] = Long.parseUnsignedLong(id, 2, 18, 16);
                } else {
                    o.add(id);
                }
            }
            this.hex = java.util.Arrays.stream(h, 0, n).sorted().distinct().toArray();
            this.other = o.toArray(new String[0]);
        }

        private static boolean usual(String id) {
            if (id.length() != 18 || !id.startsWith("F-")) {
                return false;
            }
            for (int i = 2; i < 18; i++) {
                char c = id.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                    return false;
                }
            }
            return true;
        }

        /** The id's index (0 to size - 1), or -1 when it is not in the set. */
        int index(String id) {
            if (usual(id)) {
                int i = java.util.Arrays.binarySearch(hex, Long.parseUnsignedLong(id, 2, 18, 16));
                return i < 0 ? -1 : i;
            }
            int i = java.util.Arrays.binarySearch(other, id);
            return i < 0 ? -1 : hex.length + i;
        }

        int size() {
            return hex.length + other.length;
        }
    }

    private static String describe(Exception e) {
        Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : " " + c.getMessage());
    }

    /** The folder as given, for messages and the manifest. */
    public String folder() {
        return display;
    }

    public int size() {
        return rows;
    }

    /** new or seen for a finding id of this run (seen: the previous run had it). */
    public String status(String findingId) {
        return ids.index(findingId) >= 0 ? SEEN : NEW;
    }

    /**
     * This run against the previous one, in one reading of this run's findings and one of the
     * previous findings.csv (for the resolved rows): neither run's findings are held in memory.
     *
     * @param current    this run's findings (those in findings.csv)
     * @param suppressed the ids of this run's suppressed findings: a previous finding now suppressed is
     *                   resolved as "suppressed", not as "not raised"
     */
    public Comparison compare(Iterable<Finding> current, Collection<String> suppressed) {
        java.util.BitSet now = new java.util.BitSet(ids.size());
        int fresh = 0;
        int seen = 0;
        for (Finding f : current) {
            int i = ids.index(f.findingId());
            if (i >= 0) {
                now.set(i);
                seen++;
            } else {
                fresh++;
            }
        }
        Set<String> sup = new HashSet<>(suppressed);
        List<Map<String, String>> resolved = new ArrayList<>();
        java.util.BitSet done = new java.util.BitSet(ids.size());
        int[] count = {0};
        String file = DisplayPaths.display(csv);
        rows(csv, (row, line) -> {
            String id = row.get("finding_id");
            int i = ids.index(id);
            if (i < 0 || ++count[0] > rows) {
                throw new InputException(file + ":" + line + ": the file changed during the run (finding " + id
                        + " was not in it when the run started)");
            }
            if (now.get(i) || done.get(i)) {
                return;
            }
            done.set(i);
            Map<String, String> r = new LinkedHashMap<>();
            for (String c : RESOLVED_COLUMNS) {
                r.put(c, row.get(c));
            }
            r.put("resolution", sup.contains(id) ? "suppressed" : "not raised");
            resolved.add(r);
        });
        return new Comparison(display, rows, this::status, fresh, seen, resolved);
    }

    /**
     * The outcome: a status per finding id of this run, counts, and the previous findings that are
     * gone (in the previous file's order, which is the stable findings order).
     */
    public record Comparison(String folder, int previousFindings, java.util.function.Function<String, String> status,
            int newCount, int seenCount, List<Map<String, String>> resolved) {

        public String status(Finding f) {
            return status.apply(f.findingId());
        }

        public Map<String, Object> toManifest() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("folder", folder);
            m.put("previous_findings", previousFindings);
            m.put("new", newCount);
            m.put("seen", seenCount);
            m.put("resolved", resolved.size());
            return m;
        }
    }

    /** resolved.csv; with no previous run, just the header (so a report folder never keeps an earlier run's file). */
    public static void writeResolved(List<Map<String, String>> resolved, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord(RESOLVED_COLUMNS);
            for (Map<String, String> r : resolved) {
                List<Object> cells = new ArrayList<>();
                for (String c : RESOLVED_COLUMNS) {
                    cells.add(SpreadsheetSafe.cell(r.get(c)));
                }
                p.printRecord(cells);
            }
        }
    }
}
