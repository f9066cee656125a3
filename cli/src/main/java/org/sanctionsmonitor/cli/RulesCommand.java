package org.sanctionsmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sanctionsmonitor.audit.RuleCatalog;
import org.sanctionsmonitor.audit.RuleReads;
import org.sanctionsmonitor.audit.RuleVerifier;
import org.sanctionsmonitor.audit.RulesLock;
import org.sanctionsmonitor.audit.Scenarios;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.engine.RuleInfo;
import org.sanctionsmonitor.ingest.DisplayPaths;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rules}: the auditor's commands on the rule folder. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = "Auditor commands on the rule folder: list the catalogue, verify, run the scenario tests, lock.",
        subcommands = {RulesCommand.ListCommand.class, RulesCommand.VerifyCommand.class, RulesCommand.TestCommand.class,
            RulesCommand.LockCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "2:bad usage",
            "3:the rules do not compile, fail verification or fail their scenario tests"})
public final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list, verify, test or lock");
    }

    /** The --rules option every subcommand takes. */
    static final class RulesFolder {
        @Option(names = "--rules", paramLabel = "DIR", description = "The rule folder (default: rules/).")
        Path rules;

        Path get() {
            return rules != null ? rules : DisplayPaths.home().resolve("rules");
        }
    }

    /** {@code rules list}: the catalogue of every rule. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            header = "The catalogue of every rule (table, Markdown or CSV).",
            description = "The catalogue of every rule: ID, name, category, severity, legal basis, description, file and line, its scenario cases, and the reviewed tables and rows (parameters) it reads. Compiles and checks the rules first.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:listed", "2:bad usage", "3:the rules do not compile or fail verification"})
    static final class ListCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        RulesFolder folder = new RulesFolder();

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table (default), markdown or csv.")
        String format;

        @Override
        public Integer call() throws IOException {
            String f = format.toLowerCase(Locale.ROOT);
            if (!List.of("table", "markdown", "md", "csv").contains(f)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format: '" + format + "' is not one of table, markdown, csv");
            }
            Path rules = folder.get();
            RuleBase rb = RuleVerifier.load(rules);
            Map<String, long[]> census = Scenarios.census(Scenarios.testsFolder(rules));
            List<RuleCatalog.Entry> entries = new ArrayList<>();
            for (RuleInfo r : rb.rules()) {
                long[] n = census.getOrDefault(r.id(), new long[2]);
                entries.add(new RuleCatalog.Entry(r, n[0], n[1], RuleReads.of(rules, r)));
            }
            PrintWriter out = spec.commandLine().getOut();
            switch (f) {
                case "csv" -> RuleCatalog.csv(entries, out);
                case "markdown", "md" -> RuleCatalog.markdown(entries, out);
                default -> RuleCatalog.table(entries, out);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code rules verify}: everything check verifies before it runs, and the lock. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            header = "Compile and check the rules, reference tables and lock; exit 3 on any problem.",
            description = "Compiles the rules and checks them: compile errors as file:line:column; required metadata with valid values; unique IDs; file names that start with the rule ID; no forbidden API (System, Runtime, processes, reflection, file or network I/O, threads, the clock) anywhere in a rule file; reference tables (*.csv) that parse as RFC 4180 UTF-8 with a header. Also reports whether rules.lock matches.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:the rules pass verification", "2:bad usage",
                "3:any problem (or, with --require-lock, a mismatch with rules.lock)"})
    static final class VerifyCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        RulesFolder folder = new RulesFolder();

        @Option(names = "--require-lock", description = "Fail (exit 3) when the rules do not match rules.lock.")
        boolean requireLock;

        @Override
        public Integer call() throws IOException {
            Path rules = folder.get();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            RuleVerifier.Verification v = RuleVerifier.verify(rules);
            RulesLock.Status lock = RulesLock.status(rules);
            String shown = DisplayPaths.display(rules);
            int exit = ExitCodes.OK;
            if (v.passed()) {
                out.printf(java.util.Locale.ROOT, "rules verify: passed: %d rules in %d rule files, %d reference tables (%s)%n",
                        v.ruleBase().rules().size(), v.ruleFiles(), v.referenceTables(), shown);
            } else {
                err.printf(java.util.Locale.ROOT, "rules verify: FAILED: %d problem%s in %s:%n", v.problems().size(), v.problems().size() == 1 ? "" : "s", shown);
                v.problems().forEach(p -> err.println("  " + p));
                exit = ExitCodes.RULES;
            }
            v.notes().forEach(n -> out.println("  note: " + n));
            out.println("  lock: " + lockLine(lock));
            if (!lock.matches()) {
                if (lock.state() != RulesLock.State.ABSENT) {
                    lock.describe().forEach(d -> out.println("    " + d));
                }
                if (requireLock) {
                    err.println("rules verify: the rules do not match " + lock.lockFile() + " (--require-lock)");
                    exit = ExitCodes.RULES;
                }
            }
            out.flush();
            err.flush();
            return exit;
        }
    }

    static String lockLine(RulesLock.Status lock) {
        return switch (lock.state()) {
            case MATCH -> lock.lockFile() + " matches the rules";
            case ABSENT -> "no " + lock.lockFile() + " (write one with: rules lock)";
            case INVALID -> lock.lockFile() + " cannot be read";
            case MISMATCH -> "the rules do NOT match " + lock.lockFile() + " (" + lock.changed().size() + " changed, "
                    + lock.missing().size() + " missing, " + lock.unlocked().size() + " not locked)";
        };
    }

    /** {@code rules test}: the scenario tests beside the rules. */
    @Command(name = "test", mixinStandardHelpOptions = true,
            header = "Run the scenario tests beside the rules; exit 3 when any rule fails.",
            description = "Runs the scenario tests in <rules>/tests/<RULE-ID>/<case>/ through the real batch check and compares the findings with each case's expected.csv. Every rule needs at least one case that must fire and one that must not; a rule without cases fails.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every rule passed", "2:bad usage", "3:the rules fail verification, or any rule failed its tests"})
    static final class TestCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        RulesFolder folder = new RulesFolder();

        @Option(names = "--tests", paramLabel = "DIR", description = "The scenario folder (default: <rules>/tests).")
        Path tests;

        @Option(names = "--rule", paramLabel = "ID", description = "Run only this rule's cases.")
        String only;

        @Override
        public Integer call() {
            Path rules = folder.get();
            Path t = tests != null ? tests : Scenarios.testsFolder(rules);
            Scenarios.Report report = Scenarios.run(rules, t, only);
            PrintWriter out = spec.commandLine().getOut();
            out.printf(java.util.Locale.ROOT, "rules test: %s against the rules in %s%n", DisplayPaths.display(t), DisplayPaths.display(rules));
            for (Scenarios.RuleResult r : report.rules()) {
                out.printf(java.util.Locale.ROOT, "  %s  %-8s %d case%s (%d fire, %d no-fire)  %s%n", r.passed() ? "PASS" : "FAIL", r.ruleId(),
                        r.cases().size(), r.cases().size() == 1 ? "" : "s", r.firing(), r.silent(), r.ruleName());
                r.problems().forEach(p -> out.println("          " + p));
                for (Scenarios.CaseResult c : r.cases()) {
                    out.printf(java.util.Locale.ROOT, "        %-4s %-8s %s%n", c.passed() ? "ok" : "FAIL", c.expect(), c.name());
                    c.problems().forEach(p -> out.println("               " + p));
                }
            }
            long passed = report.rules().stream().filter(Scenarios.RuleResult::passed).count();
            out.printf(java.util.Locale.ROOT, "rules test: %s: %d of %d rules passed, %d of %d cases passed%n", report.passed() ? "passed" : "FAILED",
                    passed, report.rules().size(), report.casesPassed(), report.cases());
            out.flush();
            if (only != null && report.rules().isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--rule: no rule " + only + " in the rule set");
            }
            return report.passed() ? ExitCodes.OK : ExitCodes.RULES;
        }
    }

    /** {@code rules lock}: writes rules.lock. */
    @Command(name = "lock", mixinStandardHelpOptions = true,
            header = "Write rules.lock, the SHA-256 of every rule and reference file, for rules that pass verification and their tests.",
            description = "Writes <rules>/rules.lock: the SHA-256 of every rule and reference file (sha256sum format; check it without this tool: cd rules && sha256sum -c rules.lock). Refuses rules that fail verification or their scenario tests.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:written", "2:bad usage or the lock cannot be written", "3:the rules fail verification or their scenario tests"})
    static final class LockCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        RulesFolder folder = new RulesFolder();

        @Override
        public Integer call() throws IOException {
            Path rules = folder.get();
            RuleVerifier.load(rules);
            PrintWriter out = spec.commandLine().getOut();
            Scenarios.Report tests = Scenarios.run(rules, Scenarios.testsFolder(rules), null);
            if (!tests.passed()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("rules lock: refused: the scenario tests fail (run: rules test); failing rules: "
                        + String.join(", ", tests.rules().stream().filter(r -> !r.passed()).map(Scenarios.RuleResult::ruleId).toList()));
                failures(tests).forEach(line -> err.println("  " + line));
                err.flush();
                return ExitCodes.RULES;
            }
            RulesLock.Status before = RulesLock.status(rules);
            Map<String, String> hashes = RulesLock.write(rules);
            out.printf(java.util.Locale.ROOT, "rules lock: wrote %s: %d files%s%n", DisplayPaths.display(rules.resolve(RulesLock.FILE)), hashes.size(),
                    before.matches() ? " (unchanged)" : "");
            if (before.state() == RulesLock.State.MISMATCH) {
                before.describe().forEach(d -> out.println("  " + d));
            }
            out.flush();
            return ExitCodes.OK;
        }

        /**
         * What failed, a line per failing rule or case with its first problem ("CYB-031
         * fire-forwarded-within-minutes: expected finding not raised: ..."), so that a refused lock
         * says why without a second run (which may not fail again).
         */
        static List<String> failures(Scenarios.Report report) {
            List<String> lines = new ArrayList<>();
            for (Scenarios.RuleResult r : report.rules()) {
                if (!r.problems().isEmpty()) {
                    lines.add(r.ruleId() + ": " + r.problems().get(0));
                }
                for (Scenarios.CaseResult c : r.cases()) {
                    if (!c.passed()) {
                        lines.add(r.ruleId() + " " + c.name() + ": " + c.problems().get(0)
                                + (c.problems().size() > 1 ? " (+" + (c.problems().size() - 1) + " more)" : ""));
                    }
                }
            }
            return lines;
        }
    }
}
