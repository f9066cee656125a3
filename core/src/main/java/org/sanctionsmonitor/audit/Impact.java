package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.commons.csv.CSVPrinter;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.engine.RuleFile;
import org.sanctionsmonitor.engine.RuleInfo;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.report.FindingsCsv;

/**
 * The effect of a rule change, measured on data: the findings of a baseline rule set and of the
 * current one on the same inputs, compared by finding_id (which is stable for the same rule and
 * evidence). A finding is added (only the current rules raise it), removed (only the baseline
 * raises it) or changed (both raise it, with a different severity, category, explanation, score,
 * rule name, legal basis, list entry name or programs). Reported per rule, with the rule-level
 * changes (added, removed, DRL or metadata modified, or a row it reads of a reviewed table changed).
 * The changed rows of the reference tables are listed too, each field with its old and new value,
 * with the rules that read them ({@link RuleReads}).
 */
public final class Impact {

    public static final String IMPACT_CSV = "impact.csv";

    public static final List<String> COLUMNS = List.of("change", "rule_id", "finding_id", "subject_type", "subject_id",
            "list_source", "list_entry_id", "matched_value", "changed_fields", "baseline_severity", "current_severity",
            "baseline_explanation", "current_explanation", "table", "row_key", "field", "old_value", "new_value", "note");

    /** The rule change of a rule whose DRL and metadata are the same but which reads a changed table row. */
    public static final String REFERENCE_CHANGED = "reference changed";

    /**
     * A changed row of a reference table and the rules that read it; {@code note} says, for a row
     * the baseline lacked and its run took from the current folder, the value it used and why (null
     * otherwise).
     */
    public record TableChange(ReferenceChanges.Row row, List<String> rules, String note) {
    }

    /** One finding that differs between the rule sets. */
    public record Change(String change, Finding baseline, Finding current, List<String> fields) {

        Finding any() {
            return current != null ? current : baseline;
        }
    }

    /** Per rule: its findings under each rule set and how they differ; {@code ruleChange} is how the rule itself changed. */
    public record RuleImpact(String ruleId, String ruleChange, int baseline, int current, int added, int removed, int changed) {
    }

    private static final Map<String, Function<Finding, Object>> COMPARED = compared();

    private final List<Change> changes;
    private final List<RuleImpact> rules;
    private final List<TableChange> tables;

    private Impact(List<Change> changes, List<RuleImpact> rules, List<TableChange> tables) {
        this.changes = changes;
        this.rules = rules;
        this.tables = tables;
    }

    private static Map<String, Function<Finding, Object>> compared() {
        Map<String, Function<Finding, Object>> m = new LinkedHashMap<>();
        m.put("severity", Finding::severity);
        m.put("category", Finding::category);
        m.put("rule_name", Finding::ruleName);
        m.put("list_entry_name", Finding::listEntryName);
        m.put("programs", Finding::programs);
        m.put("score", Finding::scoreText);
        m.put("explanation", Finding::explanation);
        m.put("legal_basis", Finding::legalBasis);
        m.put("rule_file", Finding::ruleFile);
        return m;
    }

    /** Compares the findings of the two rule sets (both raw: before any suppression). */
    public static Impact compare(List<Finding> baseline, List<Finding> current, RuleBase baselineRules, RuleBase currentRules) {
        return compare(baseline, current, baselineRules, currentRules, baselineRules == null ? null : baselineRules.folder(),
                List.of());
    }

    /**
     * As {@link #compare(List, List, RuleBase, RuleBase)}, with the baseline's own folder (its run
     * may have used a completed copy) and the rows its run took from the current folder.
     */
    public static Impact compare(List<Finding> baseline, List<Finding> current, RuleBase baselineRules, RuleBase currentRules,
            java.nio.file.Path baselineFolder, List<BaselineCompletion.Supplied> supplied) {
        Map<String, Finding> before = byId(baseline);
        Map<String, Finding> after = byId(current);
        List<Change> changes = new ArrayList<>();
        for (Finding f : after.values()) {
            Finding b = before.get(f.findingId());
            if (b == null) {
                changes.add(new Change("added", null, f, List.of()));
            } else {
                List<String> fields = new ArrayList<>();
                COMPARED.forEach((name, get) -> {
                    if (!Objects.equals(get.apply(b), get.apply(f))) {
                        fields.add(name);
                    }
                });
                if (!fields.isEmpty()) {
                    changes.add(new Change("changed", b, f, fields));
                }
            }
        }
        for (Finding b : before.values()) {
            if (!after.containsKey(b.findingId())) {
                changes.add(new Change("removed", b, null, List.of()));
            }
        }
        List<String> order = List.of("added", "removed", "changed");
        changes.sort(Comparator.comparing((Change c) -> c.any().ruleId())
                .thenComparing(c -> order.indexOf(c.change()))
                .thenComparing(c -> c.any().severity())
                .thenComparing(c -> c.any().subjectId())
                .thenComparing(c -> c.any().findingId()));

        Map<String, RuleInfo> rb = byRule(baselineRules);
        Map<String, RuleInfo> rc = byRule(currentRules);
        Map<String, String> fb = fileHashes(baselineRules);
        Map<String, String> fc = fileHashes(currentRules);
        List<ReferenceChanges.Row> rowChanges = baselineRules == null || currentRules == null ? List.of()
                : ReferenceChanges.compare(baselineFolder, currentRules.folder());
        Map<String, List<String>> reads = new TreeMap<>();
        rc.forEach((id, info) -> reads.put(id, RuleReads.of(currentRules.folder(), info)));
        List<TableChange> tables = new ArrayList<>();
        for (ReferenceChanges.Row row : rowChanges) {
            String note = supplied.stream().filter(s -> row.change().equals("added") && s.table().equals(row.table())
                    && s.key().equals(row.key())).map(s -> "the baseline run used " + s.value() + ": " + s.reason())
                    .findFirst().orElse(null);
            tables.add(new TableChange(row, reads.entrySet().stream()
                    .filter(e -> RuleReads.reads(e.getValue(), row.table(), row.key())).map(Map.Entry::getKey).toList(), note));
        }
        TreeSet<String> ids = new TreeSet<>();
        ids.addAll(rb.keySet());
        ids.addAll(rc.keySet());
        baseline.forEach(f -> ids.add(f.ruleId()));
        current.forEach(f -> ids.add(f.ruleId()));
        List<RuleImpact> rules = new ArrayList<>();
        for (String id : ids) {
            RuleInfo b = rb.get(id);
            RuleInfo c = rc.get(id);
            String ruleChange;
            if (b == null) {
                ruleChange = "new rule";
            } else if (c == null) {
                ruleChange = "rule removed";
            } else if (!sameMetadata(b, c)) {
                ruleChange = "metadata changed";
            } else if (!Objects.equals(fb.get(b.file()), fc.get(c.file()))) {
                ruleChange = "DRL changed";
            } else {
                ruleChange = "unchanged";
            }
            if (c != null && tables.stream().anyMatch(t -> t.rules().contains(id))) {
                ruleChange = ruleChange.equals("unchanged") ? REFERENCE_CHANGED : ruleChange + ", " + REFERENCE_CHANGED;
            }
            rules.add(new RuleImpact(id, ruleChange,
                    (int) baseline.stream().filter(f -> f.ruleId().equals(id)).count(),
                    (int) current.stream().filter(f -> f.ruleId().equals(id)).count(),
                    count(changes, id, "added"), count(changes, id, "removed"), count(changes, id, "changed")));
        }
        return new Impact(List.copyOf(changes), List.copyOf(rules), List.copyOf(tables));
    }

    private static boolean sameMetadata(RuleInfo a, RuleInfo b) {
        return a.name().equals(b.name()) && a.category() == b.category() && a.severity() == b.severity()
                && a.legalBasis().equals(b.legalBasis()) && a.description().equals(b.description());
    }

    private static int count(List<Change> changes, String ruleId, String kind) {
        return (int) changes.stream().filter(c -> c.any().ruleId().equals(ruleId) && c.change().equals(kind)).count();
    }

    private static Map<String, Finding> byId(List<Finding> findings) {
        Map<String, Finding> m = new TreeMap<>();
        findings.forEach(f -> m.put(f.findingId(), f));
        return m;
    }

    private static Map<String, RuleInfo> byRule(RuleBase rules) {
        Map<String, RuleInfo> m = new TreeMap<>();
        if (rules != null) {
            rules.rules().forEach(r -> m.put(r.id(), r));
        }
        return m;
    }

    private static Map<String, String> fileHashes(RuleBase rules) {
        Map<String, String> m = new TreeMap<>();
        if (rules != null) {
            for (RuleFile f : rules.files()) {
                m.put(f.relative(), f.sha256());
            }
        }
        return m;
    }

    public List<Change> changes() {
        return changes;
    }

    public List<RuleImpact> rules() {
        return rules;
    }

    /** The changed rows of the reference tables, with the rules that read them. */
    public List<TableChange> tables() {
        return tables;
    }

    /** True when the rule sets give the same findings. */
    public boolean none() {
        return changes.isEmpty();
    }

    /**
     * impact.csv: first one row per changed field of a reference table (change "reference", the
     * rules that read the row in rule_id, separated by ";"), then one row per finding added,
     * removed or changed, by rule.
     */
    public void writeCsv(Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord(COLUMNS);
            for (TableChange t : tables) {
                ReferenceChanges.Row r = t.row();
                for (ReferenceChanges.Field f : r.fields()) {
                    p.printRecord("reference " + r.change(), String.join(";", t.rules()), null, null, null, null, null, null,
                            f.name(), null, null, null, null, r.table() + ".csv", r.key(), f.name(), f.before(), f.after(), t.note());
                }
            }
            for (Change c : changes) {
                Finding f = c.any();
                p.printRecord(c.change(), f.ruleId(), f.findingId(), f.subjectType(), f.subjectId(), f.listSource(),
                        f.listEntryId(), f.matchedValue(), String.join(";", c.fields()),
                        c.baseline() == null ? null : c.baseline().severity(),
                        c.current() == null ? null : c.current().severity(),
                        c.baseline() == null ? null : c.baseline().explanation(),
                        c.current() == null ? null : c.current().explanation(), null, null, null, null, null, null);
            }
        }
    }

    private static String describe(ReferenceChanges.Row r) {
        if (!r.change().equals("changed")) {
            return r.fields().size() + " field" + (r.fields().size() == 1 ? "" : "s");
        }
        return String.join(", ", r.fields().stream()
                .map(f -> f.name() + " " + (f.before() == null ? "(none)" : f.before()) + " \u2192 " + (f.after() == null ? "(none)" : f.after()))
                .toList());
    }

    /** The impact as the manifest (and report.html) records it: per rule, and the changed table rows. */
    public Map<String, Object> toManifest(String baselineShown) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("baseline_rules", baselineShown);
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String kind : List.of("added", "removed", "changed")) {
            counts.put(kind, (int) changes.stream().filter(c -> c.change().equals(kind)).count());
        }
        m.put("findings", counts);
        List<Map<String, Object>> rs = new ArrayList<>();
        for (RuleImpact r : rules) {
            if (r.ruleChange().equals("unchanged") && r.added() + r.removed() + r.changed() == 0) {
                continue;
            }
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("rule_id", r.ruleId());
            e.put("rule_change", r.ruleChange());
            e.put("baseline", r.baseline());
            e.put("current", r.current());
            e.put("added", r.added());
            e.put("removed", r.removed());
            e.put("changed", r.changed());
            rs.add(e);
        }
        m.put("rules", rs);
        List<Map<String, Object>> ts = new ArrayList<>();
        for (TableChange t : tables) {
            ReferenceChanges.Row r = t.row();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("table", r.table() + ".csv");
            e.put("row_key", r.key());
            e.put("change", r.change());
            e.put("source", r.source());
            List<Map<String, Object>> fs = new ArrayList<>();
            for (ReferenceChanges.Field f : r.fields()) {
                Map<String, Object> fm = new LinkedHashMap<>();
                fm.put("field", f.name());
                fm.put("old", f.before());
                fm.put("new", f.after());
                fs.add(fm);
            }
            e.put("fields", fs);
            e.put("rules", t.rules());
            if (t.note() != null) {
                e.put("note", t.note());
            }
            ts.add(e);
        }
        m.put("reference_changes", ts);
        return m;
    }

    /** The terminal summary: one line per rule with any change, then the totals. */
    public void summary(PrintWriter w, String baselineShown, String currentShown) {
        w.printf(java.util.Locale.ROOT, "impact of the rules in %s against the baseline %s:%n", currentShown, baselineShown);
        w.printf(java.util.Locale.ROOT, "  %-8s  %-16s  %8s  %7s  %5s  %7s  %7s%n", "rule", "rule change", "baseline", "current", "added", "removed", "changed");
        for (RuleImpact r : rules) {
            if (r.ruleChange().equals("unchanged") && r.added() + r.removed() + r.changed() == 0) {
                continue;
            }
            w.printf(java.util.Locale.ROOT, "  %-8s  %-16s  %8d  %7d  %5s  %7s  %7s%n", r.ruleId(), r.ruleChange(), r.baseline(), r.current(),
                    "+" + r.added(), "-" + r.removed(), "~" + r.changed());
        }
        for (TableChange t : tables) {
            ReferenceChanges.Row r = t.row();
            w.printf(java.util.Locale.ROOT, "  reference %s %s.csv row %s (%s): %s; read by %s%n", r.change(), r.table(), r.key(),
                    r.source(), describe(r), t.rules().isEmpty() ? "no rule" : String.join(", ", t.rules()));
            if (t.note() != null) {
                w.printf(java.util.Locale.ROOT, "    %s%n", t.note());
            }
        }
        long unchanged = rules.stream().filter(r -> r.ruleChange().equals("unchanged") && r.added() + r.removed() + r.changed() == 0).count();
        w.printf(java.util.Locale.ROOT, "  %d rule%s unchanged with the same findings; in all %d added, %d removed, %d changed%n",
                unchanged, unchanged == 1 ? "" : "s",
                changes.stream().filter(c -> c.change().equals("added")).count(),
                changes.stream().filter(c -> c.change().equals("removed")).count(),
                changes.stream().filter(c -> c.change().equals("changed")).count());
        w.flush();
    }
}
