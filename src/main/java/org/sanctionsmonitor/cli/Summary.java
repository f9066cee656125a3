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
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.ReadStats;

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

    private Summary() {
    }

    static void print(PrintWriter w, CheckOptions o, CheckResult r, boolean verbose) {
        List<Finding> f = r.findings();
        w.printf(Locale.ROOT, "sanctions-monitor check%s: %,d finding%s from %,d rows read (%,d rejected), as of %s%n",
                o.samples() ? " (samples)" : "", f.size(), f.size() == 1 ? "" : "s", r.rowsRead(), r.rejects().size(),
                o.asOf());

        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<String, Long> byList = new TreeMap<>();
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, Finding> ruleExample = new LinkedHashMap<>();
        for (Finding x : f) {
            bySeverity.merge(x.severity(), 1L, Long::sum);
            byCategory.merge(x.category(), 1L, Long::sum);
            byList.merge(x.listSource() == null ? "(no list entry)" : x.listSource(), 1L, Long::sum);
            byRule.merge(x.ruleId(), 1L, Long::sum);
            ruleExample.putIfAbsent(x.ruleId(), x);
        }
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
            for (Finding x : f.subList(0, Math.min(MOST_SEVERE, f.size()))) {
                w.printf(Locale.ROOT, "    %-8s %s %s %s (%s)%n", x.severity(), x.ruleId(), x.subjectType(),
                        clean(x.subjectId()), clean(x.source().toString()));
                w.println("             " + clip(clean(x.explanation())));
            }
        }
        if (!r.rejects().isEmpty()) {
            w.printf(Locale.ROOT, "  rejected rows: %,d (each with file, line and reason in %s)%n", r.rejects().size(),
                    BatchCheck.REJECTS_CSV);
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
                f.size(), f.size() == 1 ? "" : "s");
        w.printf(Locale.ROOT, "    %-40s the findings with their evidence%n", p + BatchCheck.FINDINGS_JSON);
        w.printf(Locale.ROOT, "    %-40s %,d rejected row%s%n", p + BatchCheck.REJECTS_CSV, r.rejects().size(),
                r.rejects().size() == 1 ? "" : "s");
        w.printf(Locale.ROOT, "    %-40s inputs, SHA-256 hashes, rules, timings%n", p + BatchCheck.MANIFEST_JSON);
        w.flush();
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
