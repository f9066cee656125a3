package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.ingest.CsvFeedReader;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.Row;
import org.sanctionsmonitor.ingest.RowException;
import org.sanctionsmonitor.ingest.Values;
import org.sanctionsmonitor.report.FindingsCsv;

/**
 * A suppressions file: reviewed false positives (CSV, UTF-8, RFC 4180; columns {@code rule_id,
 * subject_type, subject_id, list_source, list_entry_id, reason, reviewer, expires}). A file with
 * any unreadable row stops the run (exit 2): a reviewed file must be exactly what the reviewers
 * signed. Applying it moves each matching finding out of the findings and into
 * {@code suppressed.csv}; suppressions whose {@code expires} date is before the run's
 * {@code --as-of} date no longer apply, and are reported with the findings they would have covered.
 */
public final class Suppressions {

    public static final String SUPPRESSED_CSV = "suppressed.csv";

    /** The contract's subject types. */
    public static final Set<String> SUBJECT_TYPES = Set.of("transfer", "shipment", "payment", "vessel_event", "address", "customer");

    private static final CsvFeedReader<SuppressionColumn> CSV = new CsvFeedReader<>(SuppressionColumn.class, "suppressions");

    /** A finding that a suppression covers. */
    public record Suppressed(Finding finding, Suppression by) {
    }

    /** What applying the suppressions did. */
    public record Outcome(List<Finding> kept, List<Suppressed> suppressed, List<Suppression> expired,
            Map<Suppression, List<Finding>> expiredMatches, List<Suppression> unused) {
    }

    private final ReadStats stats;
    private final List<Suppression> entries;

    private Suppressions(ReadStats stats, List<Suppression> entries) {
        this.stats = stats;
        this.entries = List.copyOf(entries);
    }

    public static Suppressions load(Path file) {
        List<Reject> rejects = new ArrayList<>();
        List<Suppression> entries = new ArrayList<>();
        InputFile in = InputFile.of(file);
        ReadStats stats = CSV.read(in, Suppressions::map, entries::add, rejects);
        if (!rejects.isEmpty()) {
            StringBuilder sb = new StringBuilder("the suppressions file cannot be used (" + rejects.size() + " bad row"
                    + (rejects.size() == 1 ? "" : "s") + "):");
            rejects.forEach(r -> sb.append("\n  ").append(r.file()).append(':').append(r.line()).append(": ").append(r.reason()));
            throw new InputException(sb.toString());
        }
        return new Suppressions(stats, entries);
    }

    static Suppression map(Row<SuppressionColumn> r) {
        String rule = r.require(SuppressionColumn.RULE_ID);
        if (!rule.equals(Suppression.ANY_RULE) && !rule.matches("[A-Z]{2,5}-\\d{3}")) {
            throw new RowException("column 'rule_id': '" + rule + "' is neither a rule ID (ABC-123) nor *");
        }
        String type = r.require(SuppressionColumn.SUBJECT_TYPE).toLowerCase(Locale.ROOT);
        if (!SUBJECT_TYPES.contains(type)) {
            throw new RowException("column 'subject_type': '" + r.get(SuppressionColumn.SUBJECT_TYPE) + "' is not one of "
                    + String.join(", ", SUBJECT_TYPES.stream().sorted().toList()));
        }
        String listSource = nz(r.get(SuppressionColumn.LIST_SOURCE));
        String listEntry = nz(r.get(SuppressionColumn.LIST_ENTRY_ID));
        if (listSource.isEmpty() != listEntry.isEmpty()) {
            throw new RowException("columns 'list_source' and 'list_entry_id' must both be given (a finding about a list entry) "
                    + "or both be empty (a finding about the record alone)");
        }
        LocalDate expires = Values.date("expires", r.require(SuppressionColumn.EXPIRES));
        return new Suppression(rule, type, r.require(SuppressionColumn.SUBJECT_ID), listSource, listEntry,
                r.require(SuppressionColumn.REASON), r.require(SuppressionColumn.REVIEWER), expires, r.source());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public List<Suppression> entries() {
        return entries;
    }

    public ReadStats stats() {
        return stats;
    }

    /** Splits the findings into those kept and those suppressed, as of the run's date. */
    public Outcome apply(List<Finding> findings, LocalDate asOf) {
        List<Finding> kept = new ArrayList<>();
        Outcome o = apply(findings, asOf, kept::add);
        return new Outcome(kept, o.suppressed(), o.expired(), o.expiredMatches(), o.unused());
    }

    /**
     * The same in one reading of {@code findings}, handing each kept one to {@code kept} instead of
     * listing it (the outcome's {@code kept} is empty): a run's findings need not be held.
     */
    public Outcome apply(Iterable<Finding> findings, LocalDate asOf, java.util.function.Consumer<Finding> kept) {
        List<Suppression> active = entries.stream().filter(s -> s.activeOn(asOf)).toList();
        List<Suppression> expired = entries.stream().filter(s -> !s.activeOn(asOf)).toList();
        List<Suppressed> suppressed = new ArrayList<>();
        Map<Suppression, List<Finding>> expiredMatches = new LinkedHashMap<>();
        java.util.Set<Suppression> used = new java.util.HashSet<>();
        for (Finding f : findings) {
            Suppression by = active.stream().filter(s -> s.matches(f)).findFirst().orElse(null);
            if (by != null) {
                suppressed.add(new Suppressed(f, by));
                used.add(by);
            } else {
                kept.accept(f);
                for (Suppression e : expired) {
                    if (e.matches(f)) {
                        expiredMatches.computeIfAbsent(e, k -> new ArrayList<>()).add(f);
                    }
                }
            }
        }
        List<Suppression> unused = active.stream().filter(s -> !used.contains(s)).toList();
        return new Outcome(List.of(), suppressed, expired, expiredMatches, unused);
    }

    /** Whether a finding stays in findings.csv as of {@code asOf}: no active suppression covers it. */
    public java.util.function.Predicate<Finding> keeps(LocalDate asOf) {
        List<Suppression> active = entries.stream().filter(s -> s.activeOn(asOf)).toList();
        return f -> active.stream().noneMatch(s -> s.matches(f));
    }

    /**
     * suppressed.csv: the findings.csv columns (written by {@link FindingsCsv}, so both files show a
     * finding alike), then the suppression's reason, reviewer, expiry and file:line.
     */
    public static void writeSuppressed(List<Suppressed> suppressed, Writer w) throws IOException {
        StringWriter findingsText = new StringWriter();
        FindingsCsv.write(suppressed.stream().map(Suppressed::finding).toList(), findingsText);
        List<String> extra = List.of("suppression_reason", "suppression_reviewer", "suppression_expires", "suppression_source");
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(findingsText.toString()))
                        .setFormat(FindingsCsv.FORMAT).get();
             CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            int i = -1;
            for (CSVRecord rec : parser) {
                List<String> row = new ArrayList<>(rec.toList());
                if (i < 0) {
                    row.addAll(extra);
                } else {
                    Suppression s = suppressed.get(i).by();
                    row.add(s.reason());
                    row.add(s.reviewer());
                    row.add(s.expires().toString());
                    row.add(s.source().toString());
                }
                p.printRecord(row);
                i++;
            }
        }
    }

    /** The manifest's record of the suppressions. */
    public Map<String, Object> toManifest(Outcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", stats.file().display());
        m.put("sha256", stats.sha256());
        m.put("entries", entries.size());
        m.put("active", entries.size() - o.expired().size());
        m.put("suppressed_findings", o.suppressed().size());
        Map<String, Long> byRule = new TreeMap<>();
        o.suppressed().forEach(s -> byRule.merge(s.finding().ruleId(), 1L, Long::sum));
        m.put("suppressed_by_rule", byRule);
        List<Map<String, Object>> expired = new ArrayList<>();
        for (Suppression s : o.expired()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("source", s.source().toString());
            e.put("suppression", s.describe());
            e.put("expired", s.expires().toString());
            e.put("reviewer", s.reviewer());
            e.put("findings_reported_again", o.expiredMatches().getOrDefault(s, List.of()).stream().map(Finding::findingId).toList());
            expired.add(e);
        }
        m.put("expired", expired);
        m.put("unused", o.unused().stream().map(s -> s.source() + " " + s.describe()).toList());
        return m;
    }
}
