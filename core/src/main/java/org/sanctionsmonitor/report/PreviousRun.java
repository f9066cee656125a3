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
 * A previous run's output folder ({@code check --previous DIR}): its findings.csv, read once at
 * the start of a run, so each finding of this run can be marked {@code new} or {@code seen} by
 * {@code finding_id} and the previous findings that are gone listed as resolved (resolved.csv).
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
    private final List<Map<String, String>> rows;
    private final Set<String> ids;

    private PreviousRun(String display, List<Map<String, String>> rows) {
        this.display = display;
        this.rows = rows;
        this.ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.get("finding_id")));
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
        String file = DisplayPaths.display(csv);
        if (!Files.isRegularFile(csv)) {
            throw new InputException("--previous " + shown + ": has no findings.csv, so it is not a run's output folder");
        }
        List<Map<String, String>> rows = new ArrayList<>();
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
                rows.add(row);
            }
        } catch (MalformedInputException e) {
            throw new InputException(file + ": not UTF-8 text, so not a findings.csv this tool wrote");
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(file + ": cannot be read: " + describe(e), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file + ": not a readable CSV file: " + e.getMessage(), e);
        }
        return new PreviousRun(shown, rows);
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
        return rows.size();
    }

    /**
     * This run against the previous one.
     *
     * @param current    this run's findings (those in findings.csv)
     * @param suppressed the ids of this run's suppressed findings: a previous finding now suppressed is
     *                   resolved as "suppressed", not as "not raised"
     */
    public Comparison compare(List<Finding> current, Collection<String> suppressed) {
        Map<String, String> status = new LinkedHashMap<>();
        Set<String> now = new HashSet<>();
        int fresh = 0;
        for (Finding f : current) {
            now.add(f.findingId());
            boolean seen = ids.contains(f.findingId());
            status.put(f.findingId(), seen ? SEEN : NEW);
            if (!seen) {
                fresh++;
            }
        }
        Set<String> sup = new HashSet<>(suppressed);
        List<Map<String, String>> resolved = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Map<String, String> row : rows) {
            String id = row.get("finding_id");
            if (now.contains(id) || !done.add(id)) {
                continue;
            }
            Map<String, String> r = new LinkedHashMap<>();
            for (String c : RESOLVED_COLUMNS) {
                r.put(c, row.get(c));
            }
            r.put("resolution", sup.contains(id) ? "suppressed" : "not raised");
            resolved.add(r);
        }
        return new Comparison(display, rows.size(), status, fresh, current.size() - fresh, resolved);
    }

    /**
     * The outcome: a status per finding id, counts, and the previous findings that are gone (in the
     * previous file's order, which is the stable findings order).
     */
    public record Comparison(String folder, int previousFindings, Map<String, String> status, int newCount,
            int seenCount, List<Map<String, String>> resolved) {

        public String status(Finding f) {
            return status.get(f.findingId());
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
