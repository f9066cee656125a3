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

    private BaselineRun(Path rules, RuleBase ruleBase, List<Finding> findings) {
        this.rules = rules;
        this.ruleBase = ruleBase;
        this.findings = findings;
    }

    /** Runs the check of {@code o} with the rules in {@code baselineRules}. */
    public static BaselineRun run(CheckOptions o, Path baselineRules) throws IOException {
        Path scratch = Files.createTempDirectory("sanctions-monitor-baseline-");
        try {
            RunAudit audit = RunAudit.keepingFindings();
            try {
                BatchCheck.run(Options.withRules(o, baselineRules, scratch), audit);
            } catch (RuleException e) {
                List<String> problems = new ArrayList<>();
                problems.add("the baseline rules in " + DisplayPaths.display(baselineRules) + " cannot be used:");
                e.problems().forEach(p -> problems.add("  " + p));
                throw new RuleException(problems);
            }
            return new BaselineRun(baselineRules, audit.verification().ruleBase(), audit.allFindings());
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

    public RuleBase ruleBase() {
        return ruleBase;
    }

    public List<Finding> findings() {
        return findings;
    }
}
