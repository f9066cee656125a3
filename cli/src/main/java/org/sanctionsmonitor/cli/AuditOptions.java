package org.sanctionsmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.sanctionsmonitor.audit.BaselineRun;
import org.sanctionsmonitor.audit.Impact;
import org.sanctionsmonitor.audit.RunAudit;
import org.sanctionsmonitor.audit.Suppression;
import org.sanctionsmonitor.audit.Suppressions;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.ingest.DisplayPaths;

import picocli.CommandLine.Option;

/**
 * The auditor's options of {@code check}: suppressions, the rule lock and the impact analysis
 * against a baseline rule set. A picocli mixin, so {@code CheckCommand} only wires it in.
 */
public final class AuditOptions {

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "Reviewed false positives (CSV: rule_id (or *), subject_type, subject_id, list_source, "
                    + "list_entry_id, reason, reviewer, expires yyyy-MM-dd). Matching findings move to suppressed.csv and do "
                    + "not count for --fail-on; suppressions expired before --as-of no longer apply and are reported.")
    Path suppressions;

    @Option(names = "--require-lock",
            description = "Refuse to run (exit 3) unless the rules match rules/rules.lock (see: rules lock).")
    boolean requireLock;

    @Option(names = "--baseline-rules", paramLabel = "DIR",
            description = "Also run the baseline rule folder DIR on the same data and report the findings added, removed "
                    + "and changed per rule, and the rows of the reference tables that changed with their old and new values "
                    + "(terminal, impact.csv, manifest.json and report.html in --out).")
    Path baselineRules;

    private RunAudit audit;
    private BaselineRun baseline;

    /** Before the run: runs the baseline rules, if any, and returns the run's audit hooks. */
    RunAudit start(CheckOptions o) throws IOException {
        if (baselineRules != null) {
            baseline = BaselineRun.run(o, baselineRules);
        }
        audit = new RunAudit(suppressions, requireLock, baseline);
        return audit;
    }

    /** After the run's summary: the lock, the suppressions, and the impact analysis (writing impact.csv). */
    void report(PrintWriter w, CheckOptions o) throws IOException {
        w.println("  rules: " + RulesCommand.lockLine(audit.lock()));
        if (audit.suppressions() != null) {
            Suppressions.Outcome out = audit.outcome();
            w.printf(java.util.Locale.ROOT, "  suppressions: %d finding%s suppressed (see %s/%s) by %d of %d entries in %s%n",
                    out.suppressed().size(), out.suppressed().size() == 1 ? "" : "s", DisplayPaths.display(o.out()),
                    Suppressions.SUPPRESSED_CSV, out.suppressed().stream().map(Suppressions.Suppressed::by).distinct().count(),
                    audit.suppressions().entries().size(), audit.suppressions().stats().file().display());
            for (Suppression s : out.expired()) {
                List<Finding> again = out.expiredMatches().getOrDefault(s, List.of());
                w.printf(java.util.Locale.ROOT, "    EXPIRED %s (line %d, %s, expired %s): no longer applies%s%n", s.describe(), s.source().line(),
                        s.reviewer(), s.expires(), again.isEmpty() ? "" : "; " + again.size() + " finding"
                                + (again.size() == 1 ? "" : "s") + " reported again");
            }
            for (String u : audit.unknownRules()) {
                w.println("    names a rule not in the rule set: " + u);
            }
        }
        if (baseline != null) {
            Impact impact = audit.impact();
            impact.summary(w, DisplayPaths.display(baseline.rules()), DisplayPaths.display(o.rules()));
            w.printf(java.util.Locale.ROOT, "  impact: %s/%s%n", DisplayPaths.display(o.out()), Impact.IMPACT_CSV);
        }
        w.flush();
    }
}
