package org.sanctionsmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.check.CheckResult;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.report.Category;
import org.sanctionsmonitor.report.Finding;
import org.sanctionsmonitor.report.Severity;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: the batch check. With no feed options it runs on samples/ with rules/. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Screens CSV feeds against sanctions lists with the rules in --rules and writes findings.csv,",
            "findings.json, rejects.csv and manifest.json into --out.",
            "With no feed options it runs on the samples shipped in samples/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the run completed (and, with --fail-on, nothing at or above it)",
            "1:findings at or above --fail-on",
            "2:bad usage or unusable input, or rows rejected beyond --max-reject-ratio",
            "3:the rules do not compile or fail verification"})
public final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lists", paramLabel = "PATH",
            description = "An entity (sanctions) list: a native list CSV. Repeatable.")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--list-format", paramLabel = "FORMAT",
            description = "Force the list format instead of detecting it: native.")
    String listFormat;

    @Option(names = "--transfers", paramLabel = "FILE", description = "A crypto transfers feed. Repeatable.")
    List<Path> transfers = new ArrayList<>();

    @Option(names = "--shipments", paramLabel = "FILE", description = "A shipments feed. Repeatable.")
    List<Path> shipments = new ArrayList<>();

    @Option(names = "--labels", paramLabel = "FILE",
            description = "Address labels (chain,address,label_type[,name,source]): mixers, bridges, exchanges, hack proceeds. Repeatable.")
    List<Path> labels = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "The rule folder (default: rules/).")
    Path rules;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Where reports go (default: ${DEFAULT-VALUE}/); created if missing.")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The run's reference date, yyyy-MM-dd (default: today, UTC). No rule reads the clock.")
    String asOf;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when any finding at or above this severity exists: CRITICAL, HIGH, MEDIUM, LOW, INFO.")
    String failOn;

    @Option(names = "--max-reject-ratio", paramLabel = "RATIO", defaultValue = "0",
            description = "Share of rows (0 to 1, over all inputs) that may be rejected without failing the run "
                    + "(default: ${DEFAULT-VALUE}: any rejected row makes the run exit 2).")
    double maxRejectRatio;

    @Override
    public Integer call() throws IOException {
        PrintWriter outw = spec.commandLine().getOut();
        CheckOptions options = options();
        CheckResult result = BatchCheck.run(options);
        summary(outw, options, result);
        if (result.exitCode() != 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println((result.exitCode() == ExitCodes.INPUT ? "error: " : "") + result.exitReason());
            err.flush();
        }
        return result.exitCode();
    }

    CheckOptions options() {
        Path home = DisplayPaths.home();
        boolean samples = transfers.isEmpty() && shipments.isEmpty();
        List<Path> t = transfers;
        List<Path> s = shipments;
        List<Path> l = lists;
        List<Path> lb = labels;
        if (samples) {
            Path dir = home.resolve("samples");
            if (lb.isEmpty() && Files.isRegularFile(dir.resolve("labels.csv"))) {
                lb = List.of(dir.resolve("labels.csv"));
            }
            t = List.of(dir.resolve("transfers.csv"));
            s = List.of(dir.resolve("shipments.csv"));
            if (l.isEmpty()) {
                l = sampleLists(dir.resolve("lists"));
            }
        } else if (l.isEmpty()) {
            throw usage("--lists is required when feeds are given: a run against no list must never look clean");
        }
        Severity fail = null;
        if (failOn != null) {
            fail = Severity.parse(failOn).orElseThrow(() ->
                    usage("--fail-on: '" + failOn + "' is not one of CRITICAL, HIGH, MEDIUM, LOW, INFO"));
        }
        if (!(maxRejectRatio >= 0 && maxRejectRatio <= 1)) {
            throw usage("--max-reject-ratio: " + maxRejectRatio + " is not between 0 and 1");
        }
        LocalDate date;
        try {
            date = asOf == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw usage("--as-of: '" + asOf + "' is not a date (yyyy-MM-dd)");
        }
        return new CheckOptions(l, listFormat, t, s, rules != null ? rules : home.resolve("rules"), out, date, fail,
                maxRejectRatio, samples, lb);
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private List<Path> sampleLists(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw usage("the samples' lists are missing: " + DisplayPaths.display(dir));
        }
    }

    private static void summary(PrintWriter w, CheckOptions o, CheckResult r) {
        List<Finding> f = r.findings();
        long rejected = r.rejects().size();
        w.printf("sanctions-monitor check%s: %d finding%s from %d rows read (%d rejected), as of %s%n",
                o.samples() ? " (samples)" : "", f.size(), f.size() == 1 ? "" : "s", r.rowsRead(), rejected, o.asOf());
        StringBuilder sev = new StringBuilder();
        for (Severity s : Severity.values()) {
            long n = f.stream().filter(x -> x.severity() == s).count();
            sev.append(sev.length() == 0 ? "" : "  ").append(s).append(' ').append(n);
        }
        w.println("  by severity: " + sev);
        Map<Category, Long> byCat = new TreeMap<>(f.stream().collect(Collectors.groupingBy(Finding::category, Collectors.counting())));
        if (!byCat.isEmpty()) {
            w.println("  by category: " + byCat.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining("  ")));
        }
        Map<String, Long> byRule = f.stream().collect(Collectors.groupingBy(x -> x.ruleId() + " " + shortName(x), TreeMap::new, Collectors.counting()));
        if (!byRule.isEmpty()) {
            w.println("  top rules:");
            byRule.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5)
                    .forEach(e -> w.printf("    %5d  %s%n", e.getValue(), e.getKey()));
        }
        String dir = DisplayPaths.display(o.out());
        w.printf("  reports: %s/%s, %s/%s, %s/%s, %s/%s%n", dir, BatchCheck.FINDINGS_CSV, dir, BatchCheck.FINDINGS_JSON,
                dir, BatchCheck.REJECTS_CSV, dir, BatchCheck.MANIFEST_JSON);
        w.flush();
    }

    private static String shortName(Finding f) {
        return f.ruleName().startsWith(f.ruleId() + " ") ? f.ruleName().substring(f.ruleId().length() + 1) : f.ruleName();
    }
}
