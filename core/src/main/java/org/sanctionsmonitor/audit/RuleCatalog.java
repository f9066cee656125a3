package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.sanctionsmonitor.engine.RuleInfo;
import org.sanctionsmonitor.report.FindingsCsv;

/**
 * The catalogue of rules as {@code rules list} prints it: a table for the terminal (long texts
 * wrapped at fixed widths, so the output does not depend on the terminal), Markdown or CSV.
 */
public final class RuleCatalog {

    public static final List<String> COLUMNS = List.of("id", "name", "category", "severity", "legal_basis", "description",
            "file", "line", "cases", "reads");

    /**
     * One rule, how many scenario cases it has (fire / no-fire) and what it reads of the reviewed
     * tables ({@link RuleReads}).
     */
    public record Entry(RuleInfo rule, long firing, long silent, List<String> reads) {

        String cases() {
            return firing + " fire, " + silent + " no-fire";
        }
    }

    private RuleCatalog() {
    }

    public static void csv(List<Entry> entries, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord(COLUMNS);
            for (Entry e : entries) {
                RuleInfo r = e.rule();
                p.printRecord(r.id(), r.name(), r.category(), r.severity(), r.legalBasis(), r.description(),
                        "rules/" + r.file(), r.line(), e.cases(), RuleReads.describe(e.reads()));
            }
        }
    }

    public static void markdown(List<Entry> entries, PrintWriter w) {
        w.println("| ID | Name | Category | Severity | Legal basis | Description | File | Scenario cases | Reads |");
        w.println("|---|---|---|---|---|---|---|---|---|");
        for (Entry e : entries) {
            RuleInfo r = e.rule();
            w.println("| " + String.join(" | ", md(r.id()), md(r.name()), md(r.category().name()), md(r.severity().name()),
                    md(r.legalBasis()), md(r.description()), "`rules/" + md(r.file()) + ":" + r.line() + "`", md(e.cases()), md(RuleReads.describe(e.reads()))) + " |");
        }
        w.flush();
    }

    private static String md(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** The terminal table: ID, severity, category, name, legal basis, description, file:line, cases, reads. */
    public static void table(List<Entry> entries, PrintWriter w) {
        String[] head = {"ID", "SEVERITY", "CATEGORY", "NAME", "LEGAL BASIS", "DESCRIPTION", "FILE:LINE", "CASES", "READS"};
        int[] max = {8, 8, 18, 30, 40, 44, 56, 18, 44};
        List<String[]> rows = new ArrayList<>();
        for (Entry e : entries) {
            RuleInfo r = e.rule();
            String name = r.name().startsWith(r.id() + " ") ? r.name().substring(r.id().length() + 1) : r.name();
            rows.add(new String[] {r.id(), r.severity().name(), r.category().name(), name, r.legalBasis(),
                r.description(), "rules/" + r.file() + ":" + r.line(), e.cases(), RuleReads.describe(e.reads())});
        }
        int[] width = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            width[c] = head[c].length();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], Math.min(max[c], row[c].length()));
            }
        }
        printRow(w, head, width);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < head.length; c++) {
            rule.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        w.println(rule);
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < row.length; c++) {
                List<String> wrapped = wrap(row[c], width[c]);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            for (int l = 0; l < lines; l++) {
                String[] line = new String[row.length];
                for (int c = 0; c < row.length; c++) {
                    line[c] = l < cells.get(c).size() ? cells.get(c).get(l) : "";
                }
                printRow(w, line, width);
            }
            w.println();
        }
        w.printf(java.util.Locale.ROOT, "%d rule%s%n", entries.size(), entries.size() == 1 ? "" : "s");
        w.flush();
    }

    private static void printRow(PrintWriter w, String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sb.append("  ");
            }
            sb.append(cells[c]);
            if (c < cells.length - 1) {
                sb.append(" ".repeat(Math.max(0, width[c] - cells[c].length())));
            }
        }
        w.println(sb.toString().stripTrailing());
    }

    /** Word wrap at {@code width}; a word longer than the width is cut. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (!word.isEmpty()) {
                line.append(line.length() > 0 ? " " : "").append(word);
            }
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
