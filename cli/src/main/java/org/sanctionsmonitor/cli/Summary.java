package org.sanctionsmonitor.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.check.CheckResult;
import org.sanctionsmonitor.check.FindingCounts;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.report.PreviousRun;

/**
 * The summary {@code check} prints on stdout at the end of a run: counts by severity, category and
 * list, the rules that fired most, the most severe findings, and where the reports are; with
 * --verbose also every input and the phases' timings. Feed values are printed with control
 * characters replaced, so a crafted value cannot drive the terminal.
 */
final class Summary {

    static final int TOP_RULES = 5;
    static final int MOST_SEVERE = 3;
    static final int EXPLANATION_WIDTH = 160;
    /** Rejected rows whose reason the summary prints (in file and line order). */
    static final int FIRST_REJECTS = 3;

    private Summary() {
    }

    static void print(PrintWriter w, CheckOptions o, CheckResult r, boolean verbose) {
        // from the counts made in the run's one reading of the findings (which may have been sorted on disk)
        FindingCounts f = r.counts();
        w.printf(Locale.ROOT, "sanctions-monitor check%s: %,d finding%s from %,d rows read (%,d rejected), as of %s%n",
                o.samples() ? " (samples)" : "", f.total(), f.total() == 1 ? "" : "s", r.rowsRead(), r.rejects().size(),
                o.asOf());

        printLists(w, r.manifest());

        Map<Severity, Long> bySeverity = f.bySeverity();
        Map<Category, Long> byCategory = f.byCategory();
        Map<String, Long> byList = f.byList();
        Map<String, Long> byRule = f.byRule();
        Map<String, Finding> ruleExample = f.ruleExample();
        StringBuilder sev = new StringBuilder();
        for (Severity s : Severity.values()) {
            sev.append(sev.length() == 0 ? "" : "  ").append(s).append(' ').append(String.format(Locale.ROOT, "%,d",
                    bySeverity.getOrDefault(s, 0L)));
        }
        w.println("  by severity:  " + sev);
        if (!byCategory.isEmpty()) {
            w.println("  by category:  " + joined(byCount(byCategory)));
        }
        if (!byList.isEmpty()) {
            w.println("  by list:      " + joined(byCount(byList)));
        }
        if (!byRule.isEmpty()) {
            w.println("  top rules:");
            List<Map.Entry<String, Long>> rules = byCount(byRule);
            for (Map.Entry<String, Long> e : rules.subList(0, Math.min(TOP_RULES, rules.size()))) {
                Finding x = ruleExample.get(e.getKey());
                w.printf(Locale.ROOT, "    %,7d  %-8s %-9s %s%n", e.getValue(), e.getKey(), x.severity(), clean(shortName(x)));
            }
            if (rules.size() > TOP_RULES) {
                w.printf(Locale.ROOT, "    (%d more rule%s fired; see the report)%n", rules.size() - TOP_RULES,
                        rules.size() - TOP_RULES == 1 ? "" : "s");
            }
            w.println("  most severe:");
            for (Finding x : f.first().subList(0, Math.min(MOST_SEVERE, f.first().size()))) {
                w.printf(Locale.ROOT, "    %-8s %s %s %s (%s)%n", x.severity(), x.ruleId(), x.subjectType(),
                        clean(x.subjectId()), clean(x.source().toString()));
                w.println("             " + clip(clean(x.explanation())));
            }
        }
        if (r.triage() != null && r.triage().previous() != null) {
            PreviousRun.Comparison c = r.triage().previous();
            w.printf(Locale.ROOT, "  since previous: %,d new, %,d seen, %,d resolved (vs %s, %,d finding%s; resolved ones in %s)%n",
                    c.newCount(), c.seenCount(), c.resolved().size(), clean(c.folder()), c.previousFindings(),
                    c.previousFindings() == 1 ? "" : "s", PreviousRun.RESOLVED_CSV);
        }
        if (!r.rejects().isEmpty()) {
            w.printf(Locale.ROOT, "  rejected rows: %,d (each with file, line and reason in %s)%n", r.rejects().size(),
                    BatchCheck.REJECTS_CSV);
            List<Reject> first = r.rejects().stream()
                    .sorted(java.util.Comparator.comparing(Reject::file).thenComparingLong(Reject::line))
                    .limit(FIRST_REJECTS).toList();
            for (Reject x : first) {
                w.println("    " + clip(clean(x.file() + ":" + x.line() + ": " + x.reason())));
            }
            if (r.rejects().size() > first.size()) {
                w.printf(Locale.ROOT, "    (%,d more in %s)%n", r.rejects().size() - first.size(), BatchCheck.REJECTS_CSV);
            }
        }
        if (verbose) {
            w.println("  inputs:");
            for (ReadStats s : r.inputs()) {
                w.printf(Locale.ROOT, "    %-48s %,9d rows  %,7d rejected  sha256 %s%n", clean(s.file().display()),
                        s.rowsRead(), s.rowsRejected(), s.sha256().substring(0, Math.min(16, s.sha256().length())));
            }
            if (r.manifest().get("timings_ms") instanceof Map<?, ?> t) {
                StringBuilder tb = new StringBuilder();
                t.forEach((k, v) -> tb.append(tb.length() == 0 ? "" : ", ").append(k).append(' ').append(v).append(" ms"));
                w.println("  timings:      " + tb);
            }
        }
        String dir = DisplayPaths.display(o.out());
        String p = dir.endsWith("/") ? dir : dir + "/";
        w.println("  reports in " + p + ":");
        w.printf(Locale.ROOT, "    %-40s open in a browser: counts, charts, filters, evidence%n", p + BatchCheck.REPORT_HTML);
        w.printf(Locale.ROOT, "    %-40s %,d finding%s (safe to open in a spreadsheet)%n", p + BatchCheck.FINDINGS_CSV,
                f.total(), f.total() == 1 ? "" : "s");
        w.printf(Locale.ROOT, "    %-40s the findings with their evidence%n", p + BatchCheck.FINDINGS_JSON);
        if (r.triage() != null && r.triage().previous() != null) {
            w.printf(Locale.ROOT, "    %-40s %,d finding%s gone since the previous run%n", p + PreviousRun.RESOLVED_CSV,
                    r.triage().resolved().size(), r.triage().resolved().size() == 1 ? "" : "s");
        }
        w.printf(Locale.ROOT, "    %-40s %,d rejected row%s%n", p + BatchCheck.REJECTS_CSV, r.rejects().size(),
                r.rejects().size() == 1 ? "" : "s");
        w.printf(Locale.ROOT, "    %-40s inputs, SHA-256 hashes, rules, timings%n", p + BatchCheck.MANIFEST_JSON);
        w.flush();
    }

    /**
     * The lists screened against, with their publication dates and ages; a retrospective run's
     * scope; then every warning the lists gave (a stale list, a missing alt.csv, cut Remarks),
     * each on its own line in capitals so that it is not missed.
     */
    @SuppressWarnings("unchecked")
    static void printLists(PrintWriter w, Map<String, Object> manifest) {
        if (manifest.get("lists") instanceof List<?> lists) {
            for (Object o : lists) {
                Map<String, Object> l = (Map<String, Object>) o;
                Object published = l.get("published");
                String date = published == null ? "publication date unknown (give --list-date)"
                        : "published " + published + " (" + l.get("published_from") + "), " + l.get("age_days") + " days before --as-of"
                                + (Boolean.TRUE.equals(l.get("stale")) ? ": STALE" : "");
                w.printf(Locale.ROOT, "  list:         %s (%s, %,d entries), %s%n", clean(String.valueOf(l.get("name"))),
                        l.get("format"), ((Number) l.get("entities")).longValue(), clean(date));
            }
        }
        if (manifest.get("retrospective") instanceof Map<?, ?> retro) {
            for (Object o : (List<Object>) retro.get("lists")) {
                Map<String, Object> l = (Map<String, Object>) o;
                w.printf(Locale.ROOT, "  RETROSPECTIVE run: screened against %,d entries that %s added (%s) or changed (%s) since %s;"
                        + " %s unchanged and %s removed entries were not screened%n",
                        ((Number) l.get("entries_screened")).longValue(), clean(String.valueOf(l.get("list"))),
                        l.get("entries_added"), l.get("entries_changed"), clean(String.valueOf(l.get("since"))),
                        l.get("entries_unchanged"), l.get("entries_removed"));
            }
        }
        if (manifest.get("warnings") instanceof List<?> warnings) {
            for (Object x : warnings) {
                w.println("  WARNING: " + clean(String.valueOf(x)));
            }
        }
    }

    /** Entries by count, largest first, ties in key order. */
    static <K extends Comparable<K>> List<Map.Entry<K, Long>> byCount(Map<K, Long> counts) {
        List<Map.Entry<K, Long>> l = new ArrayList<>(counts.entrySet());
        l.sort(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return l;
    }

    private static <K> String joined(List<Map.Entry<K, Long>> entries) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<K, Long> e : entries) {
            sb.append(sb.length() == 0 ? "" : "  ").append(clean(String.valueOf(e.getKey()))).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", e.getValue()));
        }
        return sb.toString();
    }

    /** The text with control characters (ESC and the like) shown as '?', so feed values cannot drive the terminal. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '?' : c));
        return sb.toString();
    }

    static String clip(String s) {
        return s.length() <= EXPLANATION_WIDTH ? s : s.substring(0, EXPLANATION_WIDTH - 1) + "\u2026";
    }

    private static String shortName(Finding f) {
        return f.ruleName().startsWith(f.ruleId() + " ") ? f.ruleName().substring(f.ruleId().length() + 1) : f.ruleName();
    }
}
