package org.sanctionsmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.check.CheckResult;
import org.sanctionsmonitor.check.ProgressListener;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.check.Feed;
import org.sanctionsmonitor.ingest.DisplayPaths;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code check}: the batch check. With no feed options it runs on samples/ with rules/. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        modelTransformer = FeedOptions.class,
        description = {
            "Screens CSV feeds against sanctions lists with the rules in --rules and writes report.html,",
            "findings.csv, findings.json, rejects.csv and manifest.json into --out.",
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
            description = "An entity (sanctions) list: a native list CSV, an OFAC legacy folder or its sdn.csv (add.csv, alt.csv, "
                    + "sdn_comments.csv beside it are read), OFAC's Advanced XML (sdn_advanced.xml or its .bz2), the UN Security "
                    + "Council Consolidated List XML, an OpenSanctions targets.simple.csv, a US Consolidated "
                    + "Screening List CSV, or a list store written by lists update (the newest version of each list, or the "
                    + "newest on or before --as-of); detected from the content. Repeatable.")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--list-format", paramLabel = "FORMAT",
            description = "Force the list format instead of detecting it: native, ofac, ofac-advanced, un, opensanctions, csl, store.")
    String listFormat;

    @Option(names = "--list-date", paramLabel = "DATE",
            description = "The publication date (yyyy-MM-dd) of the lists given, for those whose file states none (OFAC's "
                    + "legacy CSV, the CSL, a native list). A list's age against --as-of is checked with the reviewed "
                    + "max_list_age_days in rules/reference/list-settings.csv.")
    String listDate;

    @Option(names = "--fail-on-stale-lists",
            description = "Exit 2 when a list is older than max_list_age_days (rules/reference/list-settings.csv) on --as-of; "
                    + "without it a stale list is a loud warning.")
    boolean failOnStaleLists;

    @Option(names = "--since-list", paramLabel = "OLD",
            description = "Retrospective screening: an earlier version of a --lists list (any format; paired by list name). "
                    + "The feeds are screened only against the entries the newer list added or changed since OLD, "
                    + "e.g. to rescreen history the day a designation lands. Repeatable, one per list.")
    List<Path> sinceLists = new ArrayList<>();

    // the feed options (--transfers, --shipments, ...) are made from Feed by FeedOptions, one per feed


    @Option(names = "--rules", paramLabel = "DIR", description = "The rule folder (default: rules/).")
    Path rules;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Where reports go (default: ${DEFAULT-VALUE}/); created if missing.")
    Path out;

    @Option(names = "--previous", paramLabel = "DIR",
            description = "A previous run's output folder (its --out): each finding is marked new or seen (the status "
                    + "column), and the previous findings that are gone are listed in resolved.csv.")
    Path previous;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The run's reference date, yyyy-MM-dd (default: today, UTC). No rule reads the clock.")
    String asOf;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when any finding at or above this severity exists: CRITICAL, HIGH, MEDIUM, LOW, INFO.")
    String failOn;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "" + CheckOptions.DEFAULT_MAX_FINDINGS,
            description = "The most findings a run writes (default: ${DEFAULT-VALUE}). Beyond it the first N in the "
                    + "findings' order (most severe first) are written, the others counted per rule, and the run says so (summary, "
                    + "manifest, report banner). Findings past a memory budget are sorted on disk, so memory does not limit it.")
    int maxFindings;

    @Option(names = "--report-max-findings", paramLabel = "N", defaultValue = "" + CheckOptions.DEFAULT_REPORT_MAX_FINDINGS,
            description = "The most findings report.html embeds, the first in the findings' order (default: ${DEFAULT-VALUE}); "
                    + "the page says how many there are, and findings.csv and findings.json hold them all.")
    int reportMaxFindings;

    @Option(names = "--max-reject-ratio", paramLabel = "RATIO", defaultValue = "0",
            description = "Share of rows (0 to 1, over all inputs) that may be rejected without failing the run "
                    + "(default: ${DEFAULT-VALUE}: any rejected row makes the run exit 2).")
    double maxRejectRatio;

    @CommandLine.Mixin
    AuditOptions audit = new AuditOptions();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors: no summary, no progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "Also print each input as it is read (rows, rate, SHA-256) and the phases' timings.")
    boolean verbose;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "The progress bar on stderr: auto (when stderr is a terminal), always, never (default: ${DEFAULT-VALUE}).")
    String progress;

    /** Whether stderr is a terminal; tests replace it. */
    java.util.function.BooleanSupplier terminal = Terminal::stderrIsTerminal;

    /** The terminal's width in columns, for the progress bar; tests replace it. */
    java.util.function.IntSupplier columns = Terminal::columns;

    /** Where payments and shipments are screened and ruled: this JVM, or the Spark job's executors. */
    private BatchCheck.Engine engine = BatchCheck.Engine.LOCAL;

    /** The same check with another engine (bin/sanctions-monitor-spark: the Spark job). */
    public CheckCommand engine(BatchCheck.Engine e) {
        this.engine = e;
        return this;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter outw = spec.commandLine().getOut();
        CheckOptions options = options();
        CheckResult result = BatchCheck.run(options, audit.start(options), progressListener(), engine);
        if (!quiet) {
            Summary.print(outw, options, result, verbose);
            audit.report(outw, options);
        }
        if (result.exitCode() != 0) {
            PrintWriter err = spec.commandLine().getErr();
            err.println((result.exitCode() == ExitCodes.INPUT ? "error: " : "") + result.exitReason());
            err.flush();
        }
        return result.exitCode();
    }

    /** The progress shown on stderr: a bar when it is a terminal (or --progress always), lines with --verbose. */
    ProgressListener progressListener() {
        if (quiet && verbose) {
            throw usage("--quiet and --verbose cannot be used together");
        }
        boolean bar = switch (progress.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> terminal.getAsBoolean();
            case "always" -> true;
            case "never" -> false;
            default -> throw usage("--progress: '" + progress + "' is not one of auto, always, never");
        };
        if (quiet || (!bar && !verbose)) {
            return ProgressListener.NONE;
        }
        return new ConsoleProgress(spec.commandLine().getErr(), bar, verbose, System::nanoTime,
                bar ? columns.getAsInt() : 80);
    }

    CheckOptions options() {
        Path home = DisplayPaths.home();
        Map<Feed, List<Path>> given = new EnumMap<>(Feed.class);
        for (Feed f : Feed.values()) {
            given.put(f, FeedOptions.files(spec, f));
        }
        // no record feed given: the samples (the feeds from samples/, and the lists when none are given)
        boolean samples = Feed.of(Feed.Lane.TRANSFERS).stream().allMatch(f -> given.get(f).isEmpty())
                && Feed.of(Feed.Lane.RECORDS).stream().allMatch(f -> given.get(f).isEmpty());
        List<Path> l = lists;
        if (samples) {
            Path dir = home.resolve("samples");
            for (Feed f : Feed.values()) {
                Path file = dir.resolve(f.fileName());
                switch (f.samples()) {
                    case ALWAYS -> given.put(f, List.of(file));
                    case IF_PRESENT -> {
                        if (given.get(f).isEmpty() && Files.isRegularFile(file)) {
                            given.put(f, List.of(file));
                        }
                    }
                    case NEVER -> {
                    }
                }
            }
            if (l.isEmpty()) {
                l = sampleLists(dir.resolve("lists"));
            }
        } else if (l.isEmpty()) {
            throw usage("--lists is required when feeds are given: a run against no list must never look clean");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw usage("--out " + DisplayPaths.display(out) + ": is a file, not a folder (give a folder for the reports; "
                    + "it is created if missing)");
        }
        Severity fail = null;
        if (failOn != null) {
            fail = Severity.parse(failOn).orElseThrow(() ->
                    usage("--fail-on: '" + failOn + "' is not one of CRITICAL, HIGH, MEDIUM, LOW, INFO"));
        }
        if (!(maxRejectRatio >= 0 && maxRejectRatio <= 1)) {
            throw usage("--max-reject-ratio: " + maxRejectRatio + " is not between 0 and 1");
        }
        if (maxFindings < 1 || reportMaxFindings < 1) {
            throw usage("--max-findings and --report-max-findings must be at least 1");
        }
        LocalDate date;
        try {
            date = asOf == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw usage("--as-of: '" + asOf + "' is not a date (yyyy-MM-dd)");
        }
        LocalDate published = null;
        if (listDate != null) {
            try {
                published = LocalDate.parse(listDate);
            } catch (DateTimeParseException e) {
                throw usage("--list-date: '" + listDate + "' is not a date (yyyy-MM-dd)");
            }
        }
        CheckOptions.Builder b = CheckOptions.builder().lists(l).listFormat(listFormat)
                .rules(rules != null ? rules : home.resolve("rules")).out(out).asOf(date).failOn(fail)
                .maxRejectRatio(maxRejectRatio).samples(samples).listDate(published).failOnStaleLists(failOnStaleLists)
                .sinceLists(sinceLists).previous(previous).maxFindings(maxFindings)
                .reportMaxFindings(reportMaxFindings);
        given.forEach(b::feed);
        return b.build();
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
}
