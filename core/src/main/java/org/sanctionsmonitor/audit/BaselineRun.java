package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.ingest.DisplayPaths;

/**
 * The baseline half of an impact analysis: the same check (same lists, feeds and date) with the
 * baseline rule folder, run through the real batch check into a scratch folder that is removed
 * afterwards. Its findings are taken before any suppression.
 */
public final class BaselineRun {

    private final Path rules;
    private final RuleBase ruleBase;
    private final List<Finding> findings;
    private final List<BaselineCompletion.Supplied> supplied;

    private BaselineRun(Path rules, RuleBase ruleBase, List<Finding> findings, List<BaselineCompletion.Supplied> supplied) {
        this.rules = rules;
        this.ruleBase = ruleBase;
        this.findings = findings;
        this.supplied = supplied;
    }

    /**
     * Runs the check of {@code o} with the rules in {@code baselineRules}. Rows this version of the
     * tool requires and the baseline lacks are supplied from the current folder
     * ({@link BaselineCompletion}) in a scratch copy of the baseline, and listed by {@link #supplied()}.
     */
    public static BaselineRun run(CheckOptions o, Path baselineRules) throws IOException {
        Path scratch = Files.createTempDirectory("sanctions-monitor-baseline-");
        try {
            RunAudit audit = RunAudit.keepingFindings();
            List<BaselineCompletion.Supplied> supplied = o.rules() == null ? List.of()
                    : BaselineCompletion.missing(baselineRules, o.rules());
            Path rulesRun = baselineRules;
            Path out = Files.createDirectories(scratch.resolve("out"));
            if (!supplied.isEmpty()) {
                rulesRun = BaselineCompletion.completedCopy(baselineRules, o.rules(), supplied, scratch);
            }
            try {
                BatchCheck.run(Options.withRules(o, rulesRun, out), audit);
            } catch (RuleException e) {
                List<String> problems = new ArrayList<>();
                problems.add("the baseline rules in " + DisplayPaths.display(baselineRules) + " cannot be used:");
                e.problems().forEach(p -> problems.add("  " + p));
                throw new RuleException(problems);
            }
            return new BaselineRun(baselineRules, audit.verification().ruleBase(), audit.allFindings(), supplied);
        } finally {
            try (Stream<Path> walk = Files.walk(scratch)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    public Path rules() {
        return rules;
    }

    /** The rows the baseline lacked and its run took from the current folder (empty when none). */
    public List<BaselineCompletion.Supplied> supplied() {
        return supplied;
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    public List<Finding> findings() {
        return findings;
    }
}
