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
 * changes (added, removed, DRL or metadata modified).
 */
public final class Impact {

    public static final String IMPACT_CSV = "impact.csv";

    public static final List<String> COLUMNS = List.of("change", "rule_id", "finding_id", "subject_type", "subject_id",
            "list_source", "list_entry_id", "matched_value", "changed_fields", "baseline_severity", "current_severity",
            "baseline_explanation", "current_explanation");

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

    private Impact(List<Change> changes, List<RuleImpact> rules) {
        this.changes = changes;
        this.rules = rules;
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
            rules.add(new RuleImpact(id, ruleChange,
                    (int) baseline.stream().filter(f -> f.ruleId().equals(id)).count(),
                    (int) current.stream().filter(f -> f.ruleId().equals(id)).count(),
                    count(changes, id, "added"), count(changes, id, "removed"), count(changes, id, "changed")));
        }
        return new Impact(List.copyOf(changes), List.copyOf(rules));
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

    /** True when the rule sets give the same findings. */
    public boolean none() {
        return changes.isEmpty();
    }

    /** impact.csv: one row per finding added, removed or changed, by rule. */
    public void writeCsv(Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord(COLUMNS);
            for (Change c : changes) {
                Finding f = c.any();
                p.printRecord(c.change(), f.ruleId(), f.findingId(), f.subjectType(), f.subjectId(), f.listSource(),
                        f.listEntryId(), f.matchedValue(), String.join(";", c.fields()),
                        c.baseline() == null ? null : c.baseline().severity(),
                        c.current() == null ? null : c.current().severity(),
                        c.baseline() == null ? null : c.baseline().explanation(),
                        c.current() == null ? null : c.current().explanation());
            }
        }
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
        long unchanged = rules.stream().filter(r -> r.ruleChange().equals("unchanged") && r.added() + r.removed() + r.changed() == 0).count();
        w.printf(java.util.Locale.ROOT, "  %d rule%s unchanged with the same findings; in all %d added, %d removed, %d changed%n",
                unchanged, unchanged == 1 ? "" : "s",
                changes.stream().filter(c -> c.change().equals("added")).count(),
                changes.stream().filter(c -> c.change().equals("removed")).count(),
                changes.stream().filter(c -> c.change().equals("changed")).count());
        w.flush();
    }
}
