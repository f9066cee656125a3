package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.check.RunControls;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.engine.RuleInfo;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.finding.SortedFindings;
import org.sanctionsmonitor.report.AtomicOutput;

/**
 * The auditor's controls around one batch check, as the {@link RunControls} the command hands to
 * {@code BatchCheck}:
 * {@link #prepare} verifies the rules (the same verification as {@code rules verify}), compares
 * them with {@code rules.lock} (refusing to run on a mismatch with {@code --require-lock}) and
 * reads the suppressions file; {@link #afterRules} moves suppressed findings aside;
 * {@link #manifest} and {@link #write} record all of it. One instance per run; afterwards it holds
 * what the run did, for the command's summary.
 */
public final class RunAudit implements RunControls {

    private final Path suppressionsFile;
    private final boolean requireLock;
    private final BaselineRun baseline;
    private final String baselineShown;
    private Impact impact;

    private RuleVerifier.Verification verification;
    private RulesLock.Status lock;
    private Suppressions suppressions;
    private Suppressions.Outcome outcome;
    private List<Finding> allFindings = List.of();
    private boolean keepFindings;

    public RunAudit(Path suppressionsFile, boolean requireLock) {
        this(suppressionsFile, requireLock, null);
    }

    /**
     * With {@code baseline} (the findings of a baseline rule folder on the same inputs, run
     * before this run), the impact of the change is computed after the rules, recorded in the
     * manifest (so report.html shows it) and written to impact.csv in the same commit.
     */
    public RunAudit(Path suppressionsFile, boolean requireLock, BaselineRun baseline) {
        this.suppressionsFile = suppressionsFile;
        this.requireLock = requireLock;
        this.baseline = baseline;
        this.baselineShown = baseline == null ? null : org.sanctionsmonitor.ingest.DisplayPaths.display(baseline.rules());
    }

    /** No suppressions, lock recorded but not required; the run's findings kept for {@link #allFindings()} (a baseline run). */
    public static RunAudit keepingFindings() {
        RunAudit a = defaults();
        a.keepFindings = true;
        return a;
    }

    /** No suppressions, lock recorded but not required. */
    public static RunAudit defaults() {
        return new RunAudit(null, false);
    }

    /**
     * Checks the rule folder against its lock and verifies it; reads the suppressions. Throws
     * {@link RuleException} (exit 3) when the rules fail verification or, with --require-lock, do
     * not match the lock; {@link org.sanctionsmonitor.ingest.InputException} (exit 2) when the
     * suppressions file cannot be used.
     */
    @Override
    public RuleBase prepare(Path rulesFolder) {
        if (!java.nio.file.Files.isDirectory(rulesFolder)) {
            throw new RuleException(List.of(org.sanctionsmonitor.ingest.DisplayPaths.display(rulesFolder)
                    + ": the rule folder does not exist"));
        }
        try {
            lock = RulesLock.status(rulesFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (requireLock && !lock.matches()) {
            List<String> problems = new ArrayList<>();
            problems.add(lock.lockFile() + ": the rules do not match the lock (--require-lock):");
            lock.describe().forEach(d -> problems.add("  " + d));
            throw new RuleException(problems);
        }
        verification = RuleVerifier.verify(rulesFolder);
        if (!verification.passed()) {
            throw new RuleException(verification.problems());
        }
        if (suppressionsFile != null) {
            suppressions = Suppressions.load(suppressionsFile);
        }
        return verification.ruleBase();
    }

    /**
     * The findings that stay in findings.csv: all of them, less those an active suppression covers
     * (one reading of the findings; the kept ones are read through a filter, not held). An impact
     * analysis (a baseline) and a run made as a baseline hold all of the run's findings in memory.
     */
    @Override
    public SortedFindings afterRules(SortedFindings findings, LocalDate asOf) {
        if (baseline != null || keepFindings) {
            allFindings = findings.toList();
        }
        if (baseline != null) {
            impact = Impact.compare(baseline.findings(), allFindings, baseline.ruleBase(), verification.ruleBase(), baseline.rules(),
                    baseline.supplied());
        }
        if (suppressions == null) {
            outcome = new Suppressions.Outcome(List.of(), List.of(), List.of(), Map.of(), List.of());
            return findings;
        }
        int[] kept = {0};
        outcome = suppressions.apply(findings, asOf, f -> kept[0]++);
        return findings.filter(suppressions.keeps(asOf), kept[0]);
    }

    /** Adds the verification, lock and suppression records to the run's manifest. */
    @Override
    public void manifest(Map<String, Object> manifest) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("status", "passed");
        v.put("rule_files", verification.ruleFiles());
        v.put("reference_tables", verification.referenceTables());
        v.put("notes", verification.notes());
        manifest.put("rules_verification", v);
        manifest.put("rules_lock", lock.toManifest());
        if (suppressions != null) {
            Map<String, Object> s = suppressions.toManifest(outcome);
            List<String> unknown = unknownRules();
            if (!unknown.isEmpty()) {
                s.put("unknown_rules", unknown);
            }
            manifest.put("suppressions", s);
        }
        if (impact != null) {
            manifest.put("impact", impact.toManifest(baselineShown));
        }
    }

    /** Writes suppressed.csv (always, so a report folder never keeps an earlier run's file). */
    @Override
    public void write(AtomicOutput out) throws IOException {
        out.write(Suppressions.SUPPRESSED_CSV, w -> Suppressions.writeSuppressed(outcome.suppressed(), w));
        if (impact != null) {
            out.write(Impact.IMPACT_CSV, impact::writeCsv);
        }
    }

    /** The impact of the baseline comparison; null without a baseline. */
    public Impact impact() {
        return impact;
    }

    /** Suppressions naming a rule ID that is not in the rule set (they can match nothing). */
    public List<String> unknownRules() {
        if (suppressions == null) {
            return List.of();
        }
        var ids = verification.ruleBase().rules().stream().map(RuleInfo::id).collect(java.util.stream.Collectors.toSet());
        return suppressions.entries().stream()
                .filter(s -> !s.ruleId().equals(Suppression.ANY_RULE) && !ids.contains(s.ruleId()))
                .map(s -> s.source() + " " + s.describe())
                .toList();
    }

    public RulesLock.Status lock() {
        return lock;
    }

    public RuleVerifier.Verification verification() {
        return verification;
    }

    /** Null when no suppressions file was given. */
    public Suppressions suppressions() {
        return suppressions;
    }

    @Override
    public List<org.sanctionsmonitor.report.Triage.SuppressedFinding> suppressed() {
        return outcome == null ? List.of() : outcome.suppressed().stream()
                .map(s -> new org.sanctionsmonitor.report.Triage.SuppressedFinding(s.finding(), s.by().reason(),
                        s.by().reviewer(), String.valueOf(s.by().expires()), String.valueOf(s.by().source())))
                .toList();
    }

    public Suppressions.Outcome outcome() {
        return outcome;
    }

    /** Every finding of the run, suppressed ones included (held only for {@link #keepingFindings()} and impact analyses). */
    public List<Finding> allFindings() {
        return allFindings;
    }
}
