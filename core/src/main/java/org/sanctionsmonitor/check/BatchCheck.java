package org.sanctionsmonitor.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.sanctionsmonitor.concurrent.Threads;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.engine.RuleFile;
import org.sanctionsmonitor.engine.RuleInfo;
import org.sanctionsmonitor.engine.Versions;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.FindingSorter;
import org.sanctionsmonitor.finding.SortedFindings;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.TransfersReader;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.report.AtomicOutput;
import org.sanctionsmonitor.report.FindingsCsv;
import org.sanctionsmonitor.report.FindingsJson;
import org.sanctionsmonitor.report.Json;
import org.sanctionsmonitor.report.PreviousRun;
import org.sanctionsmonitor.report.RejectsCsv;
import org.sanctionsmonitor.report.ReportHtml;
import org.sanctionsmonitor.report.Triage;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.ScreeningIndex;
import org.sanctionsmonitor.trade.TradeReference;

/**
 * The batch check, end to end: compile the rules, load the lists, stream each feed through
 * screening and the rules, and write findings.csv, findings.json, rejects.csv, report.html and
 * manifest.json atomically into --out. A {@link ProgressListener} is told about each phase and
 * input. Rule problems raise {@link org.sanctionsmonitor.finding.RuleException} and unusable inputs
 * {@link org.sanctionsmonitor.ingest.InputException}, before anything is written.
 */
public final class BatchCheck {

    public static final String FINDINGS_CSV = "findings.csv";
    public static final String FINDINGS_JSON = "findings.json";
    public static final String REJECTS_CSV = "rejects.csv";
    public static final String MANIFEST_JSON = "manifest.json";
    public static final String REPORT_HTML = "report.html";

    private BatchCheck() {
    }

    public static CheckResult run(CheckOptions o) throws IOException {
        return run(o, RunControls.NONE, ProgressListener.NONE);
    }

    public static CheckResult run(CheckOptions o, ProgressListener progress) throws IOException {
        return run(o, RunControls.NONE, progress);
    }

    public static CheckResult run(CheckOptions o, RunControls audit) throws IOException {
        return run(o, audit, ProgressListener.NONE);
    }

    /**
     * Stops the run before the transfers are read ({@link InputException}, exit 2) when the heap
     * cannot hold their graph ({@link GraphMemory}); the heap in use is measured after a collection,
     * which is only worth its time when the graph would take a good part of the heap.
     */
    static void checkGraphMemory(List<Path> transfers, long maxHeap) {
        long rows = GraphMemory.rows(transfers);
        if (GraphMemory.graphBytes(rows) < maxHeap / 4) {
            return;
        }
        System.gc();
        java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String refusal = GraphMemory.refusal(rows, heap.getUsed(), maxHeap);
        if (refusal != null) {
            throw new InputException(refusal);
        }
    }

    /**
     * The batch check wrapped in the caller's controls and with progress reporting: {@code audit}
     * turns the rule folder into a rule base before anything is read (the auditor's controls verify
     * it and check rules.lock) and chooses the findings that stay (the auditor's controls move
     * suppressed ones to suppressed.csv: they never count for --fail-on); {@code progress} hears
     * about phases and rows read.
     */
    public static CheckResult run(CheckOptions o, RunControls audit, ProgressListener progress) throws IOException {
        return run(o, audit, progress, Engine.LOCAL);
    }

    /**
     * Where the record pipeline's payments and shipments are screened and their rules run: in this
     * JVM ({@link #LOCAL}), or elsewhere (the Spark job's executors). The rest of the run is the
     * same either way, so findings.csv is too.
     */
    public interface Engine {
        Engine LOCAL = new Engine() {
        };

        /** The lane for {@code pipeline}'s payments and shipments; null: the pipeline's own rule runner. */
        default RecordPipeline.Lane lane(RecordPipeline pipeline, CheckOptions o) {
            return null;
        }

        /**
         * Where exposure, pass-through and structuring run; null: in this JVM's graph analysis.
         * Asked once per run, before the first transfer.
         */
        default org.sanctionsmonitor.crypto.GraphAnalysis.Offload graphStages(CheckOptions o) {
            return null;
        }

        /** Where the UNSCR 2397 cap tallies are made and their rules run; null: in this JVM. */
        default RecordPipeline.CapLane capLane(RecordPipeline pipeline, CheckOptions o) {
            return null;
        }

        /** Where transfers are screened and their record rules run; null: in this JVM. */
        default RecordPipeline.TransferLane transferLane(RecordPipeline pipeline, CheckOptions o) {
            return null;
        }

        /** What the manifest says about the engine (which stages ran where); null: nothing (the single JVM). */
        default Map<String, Object> manifest() {
            return null;
        }
    }

    /**
     * The record pipeline of a run on {@code o} without reading a feed: the rules, the lists and
     * their index, the labels and prices, the ownership screening, as {@link #run} builds them.
     * The Spark job's executors build theirs with it (once per JVM) when they are not the driver.
     */
    public static RecordPipeline pipeline(CheckOptions o, RuleBase rules) {
        List<Reject> rejects = new ArrayList<>();
        LoadedLists loaded = LoadedLists.load(o, rejects);
        TradeReference trade = TradeReference.load(o.rules());
        CryptoStage crypto = CryptoStage.prepare(rules, o.labels(), o.prices(), loaded.index(), rejects);
        OwnershipStage ownership = OwnershipStage.prepare(rules, o.ownership(), loaded.lists(), loaded.index(),
                loaded.nameMatching(), rejects, ProgressListener.NONE);
        return new RecordPipeline(rules, loaded.lists(), loaded.index(), trade, crypto, ownership.screening(),
                ownership.findings(), o.asOf());
    }

    /**
     * The batch check with payments and shipments screened and ruled where {@code engine} says. The
     * run's staging folder inside --out is made when first needed (the findings' sort spilling, or
     * the reports) and removed at the end, whether the run succeeds or not.
     */
    public static CheckResult run(CheckOptions o, RunControls audit, ProgressListener progress, Engine engine)
            throws IOException {
        try (Staged staged = new Staged(o.out())) {
            return run(o, audit, progress, engine, staged);
        }
    }

    /** The run's {@link AtomicOutput}, made on first use; closing it removes the staging folder. */
    private static final class Staged implements AutoCloseable {
        private final Path out;
        private AtomicOutput output;

        Staged(Path out) {
            this.out = out;
        }

        synchronized AtomicOutput output() throws IOException {
            if (output == null) {
                output = new AtomicOutput(out);
            }
            return output;
        }

        @Override
        public synchronized void close() throws IOException {
            if (output != null) {
                output.close();
            }
        }
    }

    private static CheckResult run(CheckOptions o, RunControls audit, ProgressListener progress, Engine engine,
            Staged staged) throws IOException {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Long> timings = new LinkedHashMap<>();
        long t = System.nanoTime();
        // a previous run that cannot be compared with stops the run before anything is read
        PreviousRun previous = o.previous() == null ? null : PreviousRun.read(o.previous());
        long budget;
        try {
            budget = FindingSorter.defaultBudget();
        } catch (IllegalArgumentException e) { // a -Dsanctions.findingsMemory that is not a size: stop before reading
            throw new InputException(e.getMessage());
        }

        ProgressListener.Phase rulePhase = RuleBase.hasCachedCompilation(o.rules())
                ? ProgressListener.Phase.READ_CACHED_RULES : ProgressListener.Phase.LOAD_RULES;
        progress.phaseStarted(rulePhase);
        // the lists load and their name index is built on another thread while the rules compile
        // here: both take about a second and neither needs the other. Their errors keep their order
        // (a rule problem is reported first), and progress hears about the lists after the rules.
        List<Reject> rejects = new ArrayList<>();
        CompletableFuture<LoadedLists> loading = CompletableFuture.supplyAsync(() -> LoadedLists.load(o, rejects),
                Threads.daemonPerTask("load-lists"));
        RuleBase rules = audit.prepare(o.rules());
        TradeReference trade = TradeReference.load(o.rules());
        t = lap(timings, "load_rules", t, progress, rulePhase);

        progress.phaseStarted(ProgressListener.Phase.LOAD_LISTS);
        LoadedLists loaded = LoadedLists.join(loading);
        List<EntityList> lists = loaded.lists();
        for (int i = 0; i < lists.size(); i++) {
            EntityList l = lists.get(i);
            progress.inputStarted("list", InputFile.of(loaded.origins().get(i)), -1);
            long nanos = loaded.nanos().get(i);
            l.files().forEach(s -> progress.rows(s.rowsRead()));
            l.files().forEach(s -> progress.inputFinished("list", s, nanos));
        }
        NameMatchingConfig nameMatching = loaded.nameMatching();
        ScreeningIndex index = loaded.index();
        timings.put("load_lists", loaded.nanosTotal() / 1_000_000); // on its thread, alongside load_rules
        t = lap(timings, "wait_lists", t, progress, ProgressListener.Phase.LOAD_LISTS);
        CryptoStage crypto = CryptoStage.prepare(rules, o.labels(), o.prices(), index, rejects);
        if (crypto.buildsGraph()) {
            checkGraphMemory(o.transfers(), Runtime.getRuntime().maxMemory());
        }
        OwnershipStage ownership = OwnershipStage.prepare(rules, o.ownership(), lists, index, nameMatching, rejects, progress);
        t = lap(timings, "ownership", t);

        progress.phaseStarted(ProgressListener.Phase.READ_FEEDS);
        long tRead = t;
        RecordPipeline pipeline = new RecordPipeline(rules, lists, index, trade, crypto, ownership.screening(),
                ownership.findings(), o.asOf());
        // every finding goes to the sorter as the sessions raise it: held up to its memory budget,
        // past it sorted runs are spilled into the staging folder, so memory does not grow with findings
        FindingSorter sorter = new FindingSorter(() -> staged.output().scratch("findings-sort"), budget);
        pipeline.sendFindingsTo(sorter);
        RecordPipeline.Lane lane = engine.lane(pipeline, o);
        if (lane != null) {
            pipeline.distribute(lane);
        }
        crypto.offload(engine.graphStages(o));
        RecordPipeline.TransferLane transferLane = engine.transferLane(pipeline, o);
        if (transferLane != null) {
            pipeline.distributeTransfers(transferLane);
        }
        RecordPipeline.CapLane capLane = engine.capLane(pipeline, o);
        if (capLane != null) {
            pipeline.distributeCaps(capLane);
        }
        List<Map<String, Object>> inputs = new ArrayList<>();
        List<ReadStats> stats = new ArrayList<>(crypto.labelStats());
        crypto.labelStats().forEach(s -> inputs.add(inputEntry(Feed.LABELS.key(), s)));
        crypto.priceStats().forEach(s -> inputs.add(inputEntry(Feed.PRICES.key(), s)));
        stats.addAll(ownership.stats());
        ownership.stats().forEach(s -> inputs.add(inputEntry(Feed.OWNERSHIP.key(), s)));
        // the other feeds are read on their own thread while the transfers are read on this one:
        // the two lanes of the pipeline share nothing but the worker threads, which they keep busy
        // together. Their rejects, statistics and progress join this thread's in the usual order.
        QueuedProgress otherProgress = new QueuedProgress();
        List<Reject> otherRejects = new ArrayList<>();
        CompletableFuture<OtherFeeds> others = CompletableFuture.supplyAsync(
                () -> OtherFeeds.read(o, pipeline, otherRejects, otherProgress), Threads.daemonPerTask("read-feeds"));
        for (Path p : o.transfers()) {
            // mapping, exact screening and address validation per transfer on worker threads; the
            // transfer graph and the rule batches take the results in input order on this thread
            ReadStats s = read(Feed.TRANSFERS.key(), p,
                    (file, sink, rej) -> TransfersReader.readParallel(file, pipeline::screenTransfer, sink, rej),
                    pipeline::acceptTransfer, rejects, progress);
            stats.add(s);
            inputs.add(inputEntry(Feed.TRANSFERS.key(), s));
        }
        t = lap(timings, "read_transfers", t);
        pipeline.transfersDone();
        t = lap(timings, "graph_analysis", t);
        OtherFeeds other = OtherFeeds.await(others, otherProgress, progress);
        rejects.addAll(otherRejects);
        stats.addAll(other.stats());
        inputs.addAll(other.inputs());
        timings.put("read_other_feeds", other.nanos() / 1_000_000);
        t = lap(timings, "wait_other_feeds", t);
        progress.phaseFinished(ProgressListener.Phase.READ_FEEDS, System.nanoTime() - tRead);
        progress.phaseStarted(ProgressListener.Phase.FINISH_RULES);
        long tFinish = System.nanoTime();
        pipeline.finishInto();
        SortedFindings raised = sorter.finish(o.maxFindings());
        SortedFindings findings = audit.afterRules(raised, o.asOf());
        FindingCounts counts = FindingCounts.of(findings);
        progress.phaseFinished(ProgressListener.Phase.FINISH_RULES, System.nanoTime() - tFinish);
        t = lap(timings, "last_rules", t);
        timings.put("read_and_rules", (t - tRead) / 1_000_000);

        List<ReadStats> all = new ArrayList<>();
        lists.forEach(l -> all.addAll(l.files()));
        all.addAll(stats);
        long read = all.stream().mapToLong(ReadStats::rowsRead).sum();
        long rejected = all.stream().mapToLong(ReadStats::rowsRejected).sum();

        int exit = 0;
        String reason = "completed";
        if (rejected > 0 && rejected > o.maxRejectRatio() * read) {
            exit = 2;
            reason = rejected + " of " + read + " rows rejected (see " + REJECTS_CSV + "), above --max-reject-ratio "
                    + o.maxRejectRatio();
        } else if (o.failOnStaleLists() && !loaded.versions().stale().isEmpty()) {
            exit = 2;
            reason = "stale list" + (loaded.versions().stale().size() == 1 ? " " : "s ") + String.join(", ", loaded.versions().stale())
                    + " (older than max_list_age_days on --as-of " + o.asOf() + "), with --fail-on-stale-lists";
        } else if (o.failOn() != null && counts.anyAtLeast(o.failOn())) {
            exit = 1;
            reason = "findings at or above --fail-on " + o.failOn();
        }

        if (exit == 0 && !raised.beyondBound().isEmpty()) {
            reason = "completed; findings beyond --max-findings " + o.maxFindings() + " were counted, not written";
        }

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("tool", ordered("name", "sanctions-monitor", "version", Versions.tool()));
        manifest.put("drools_version", Versions.drools());
        manifest.put("java_version", System.getProperty("java.version"));
        manifest.put("started_at", started.toString());
        manifest.put("as_of", o.asOf().toString());
        manifest.put("options", options(o));
        List<Map<String, Object>> listEntries = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            Map<String, Object> e = listEntry(lists.get(i));
            e.putAll(loaded.versions().ages().get(i));
            listEntries.add(e);
        }
        manifest.put("lists", listEntries);
        List<String> warnings = new ArrayList<>(loaded.versions().warnings());
        warnings.addAll(crypto.warnings());
        Map<String, Long> beyond = raised.beyondBound();
        long beyondTotal = beyond.values().stream().mapToLong(Long::longValue).sum();
        if (beyondTotal > 0) {
            StringBuilder byRule = new StringBuilder();
            beyond.forEach((r, n) -> byRule.append(byRule.isEmpty() ? "" : ", ").append(r).append(' ').append(n));
            warnings.add("FINDINGS OVER THE BOUND: the rules raised " + beyondTotal + " more findings than --max-findings "
                    + o.maxFindings() + " (by rule: " + byRule + "). Only the first " + o.maxFindings()
                    + " in the findings' order (most severe first, then by rule and record) were kept and written; the others"
                    + " were counted, not written. Narrow the inputs (a labels file for the exchanges' hubs, fewer days) or"
                    + " raise --max-findings (findings beyond the memory budget are sorted on disk in --out, so memory does not"
                    + " grow with them; disk does, findings.json most).");
        }
        boolean reportCut = findings.size() > o.reportMaxFindings();
        if (reportCut) {
            warnings.add("report.html shows the first " + o.reportMaxFindings() + " of the " + findings.size()
                    + " findings (most severe first; --report-max-findings; its counts and charts cover all of them); every"
                    + " finding written is in findings.csv and findings.json.");
        }
        manifest.put("warnings", warnings);
        if (loaded.versions().retrospective() != null) {
            manifest.put("retrospective", loaded.versions().retrospective());
        }
        manifest.put("inputs", inputs);
        manifest.put("rows", ordered("read", read, "rejected", rejected));
        manifest.put("rules", rulesEntry(rules, counts.byRule()));
        manifest.put("name_matching", nameMatchingEntry(o, nameMatching, index));
        manifest.put("findings", counts(counts));
        if (beyondTotal > 0 || reportCut) {
            manifest.put("findings_bound", ordered("max_findings", o.maxFindings(), "raised_beyond", beyondTotal,
                    "raised_beyond_by_rule", beyond, "report_max_findings", o.reportMaxFindings(),
                    "report_shows", Math.min(findings.size(), o.reportMaxFindings())));
        }
        manifest.put("rule_sessions", pipeline.sessions());
        Map<String, Object> engineEntry = engine.manifest();
        if (engineEntry != null) {
            manifest.put("engine", engineEntry);
        }
        audit.manifest(manifest);
        manifest.put("crypto_graph", crypto.manifest());
        Map<String, Object> ownershipEntry = ownership.manifest();
        if (ownershipEntry != null) {
            manifest.put("ownership", ownershipEntry);
        }
        Triage triage = triage(previous, findings, audit);
        if (triage.previous() != null) {
            manifest.put("previous", triage.previous().toManifest());
        }
        manifest.put("result", ordered("exit_code", exit, "reason", reason));

        progress.phaseStarted(ProgressListener.Phase.WRITE_REPORTS);
        {
            AtomicOutput out = staged.output();
            out.write(FINDINGS_CSV, w -> FindingsCsv.write(findings, triage.status(), w));
            out.write(FINDINGS_JSON, w -> FindingsJson.write(findings, triage.status(), w));
            out.write(REJECTS_CSV, w -> RejectsCsv.write(rejects, w));
            // always written, so a report folder never keeps an earlier run's resolved.csv
            out.write(PreviousRun.RESOLVED_CSV, w -> PreviousRun.writeResolved(triage.resolved(), w));
            audit.write(out);
            // before the timings join the manifest: report.html varies between runs only by started_at
            out.write(REPORT_HTML, w -> ReportHtml.write(findings, rejects, manifest, triage, o.reportMaxFindings(), w));
            lap(timings, "write_reports", t, progress, ProgressListener.Phase.WRITE_REPORTS);
            timings.putAll(crypto.timings());
            // how the rules were built (like the timings, this may differ between runs of the same inputs)
            manifest.put("rules_build", rules.fromCache() ? "read from the compiled-rule cache" : "compiled from the rule files");
            manifest.put("timings_ms", timings);
            if (sorter.spills() > 0) { // like the timings, this depends on the heap; only when the findings did not fit
                manifest.put("findings_sort", ordered("memory_budget_bytes", sorter.budget(), "findings_raised", sorter.accepted(),
                        "runs_spilled", sorter.spills(), "bytes_spilled", sorter.spilledBytes()));
            }
            out.write(MANIFEST_JSON, w -> Json.write(manifest, w));
            out.commit();
        }
        progress.finished();
        return new CheckResult(findings, counts, rejects, all, read, exit, reason, manifest, triage);
    }

    /** The comparison with the previous run (by finding_id) and the suppressed findings, for the reports. */
    private static Triage triage(PreviousRun previous, SortedFindings findings, RunControls audit) {
        List<Triage.SuppressedFinding> suppressed = audit.suppressed();
        PreviousRun.Comparison comparison = previous == null ? null
                : previous.compare(findings, suppressed.stream().map(s -> s.finding().findingId()).toList());
        return new Triage(comparison, suppressed);
    }

    /** Shipments, payments and vessel events, read on their own thread (the pipeline's second lane). */
    private record OtherFeeds(List<ReadStats> stats, List<Map<String, Object>> inputs, long nanos) {

        static OtherFeeds read(CheckOptions o, RecordPipeline pipeline, List<Reject> rejects, ProgressListener progress) {
            long start = System.nanoTime();
            List<ReadStats> stats = new ArrayList<>();
            List<Map<String, Object>> inputs = new ArrayList<>();
            for (Feed f : Feed.of(Feed.Lane.RECORDS)) {
                for (Path p : o.files(f)) {
                    ReadStats s = BatchCheck.read(f.key(), p, f::read, f.into(pipeline), rejects, progress);
                    stats.add(s);
                    inputs.add(inputEntry(f.key(), s));
                }
            }
            return new OtherFeeds(stats, inputs, System.nanoTime() - start);
        }

        /** Waits for the other feeds, passing their progress on from this thread meanwhile; rethrows what they threw. */
        static OtherFeeds await(CompletableFuture<OtherFeeds> f, QueuedProgress queued, ProgressListener progress) {
            try {
                while (true) {
                    queued.drainTo(progress);
                    try {
                        OtherFeeds done = f.get(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                        queued.drainTo(progress);
                        return done;
                    } catch (java.util.concurrent.TimeoutException e) {
                        // keep passing progress on
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the feeds were read", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw Threads.unchecked(e.getCause());
            }
        }
    }

    /** The lists, their name-matching settings and the screening index, loaded off the main thread. */
    private record LoadedLists(List<EntityList> lists, List<Path> origins, List<Long> nanos, NameMatchingConfig nameMatching,
            ScreeningIndex index, long nanosTotal, ListVersions versions) {

        static LoadedLists load(CheckOptions o, List<Reject> rejects) {
            long start = System.nanoTime();
            List<EntityList> lists = new ArrayList<>();
            List<Long> nanos = new ArrayList<>();
            List<Path> origins = new ArrayList<>();
            for (Path p : o.lists()) {
                long t0 = System.nanoTime();
                List<EntityList> read = ListLoader.loadAll(p, o.listFormat(), rejects, o.asOf());
                lists.addAll(read);
                nanos.add(System.nanoTime() - t0);
                origins.add(p);
                for (int i = 1; i < read.size(); i++) {
                    nanos.add(0L); // a store's lists: the time is the first one's
                    origins.add(p);
                }
            }
            ListVersions versions = ListVersions.apply(lists, o, ListSettings.load(o.rules()), rejects);
            NameMatchingConfig nameMatching = NameMatchingConfig.load(o.rules());
            ScreeningIndex index = new ScreeningIndex(versions.lists(), nameMatching);
            return new LoadedLists(versions.lists(), origins, nanos, nameMatching, index, System.nanoTime() - start, versions);
        }

        /** Waits for the loading, rethrowing what it threw as it was thrown. */
        static LoadedLists join(CompletableFuture<LoadedLists> f) {
            try {
                return f.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw Threads.unchecked(e.getCause());
            }
        }
    }

    /** Reads one feed, telling {@code progress} how many rows it has read as it goes. */
    private static <T> ReadStats read(String kind, Path p, FeedReader<T> reader, Consumer<T> sink, List<Reject> rejects,
            ProgressListener progress) {
        InputFile file = InputFile.of(p);
        progress.inputStarted(kind, file, RowEstimate.of(p));
        long t0 = System.nanoTime();
        int rejectedBefore = rejects.size();
        long[] accepted = {0};
        ReadStats s = reader.read(file, record -> {
            sink.accept(record);
            if (++accepted[0] % ProgressListener.ROWS_EVERY == 0) {
                progress.rows(accepted[0] + rejects.size() - rejectedBefore);
            }
        }, rejects);
        progress.rows(s.rowsRead());
        progress.inputFinished(kind, s, System.nanoTime() - t0);
        return s;
    }

    /** A feed reader's entry point, e.g. {@code TransfersReader::read}. */
    @FunctionalInterface
    interface FeedReader<T> {
        ReadStats read(InputFile file, Consumer<T> sink, List<Reject> rejects);
    }

    /** A map that keeps the order its keys are given in (Map.of's order changes from run to run). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static long lap(Map<String, Long> timings, String name, long since, ProgressListener progress,
            ProgressListener.Phase phase) {
        long now = lap(timings, name, since);
        progress.phaseFinished(phase, now - since);
        return now;
    }

    private static long lap(Map<String, Long> timings, String name, long since) {
        long now = System.nanoTime();
        timings.put(name, (now - since) / 1_000_000);
        return now;
    }

    private static Map<String, Object> options(CheckOptions o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lists", o.lists().stream().map(DisplayPaths::display).toList());
        m.put("list_format", o.listFormat());
        for (Feed f : Feed.values()) {
            if (!f.manifestOnlyWhenGiven() || !o.files(f).isEmpty()) {
                m.put(f.key(), o.files(f).stream().map(DisplayPaths::display).toList());
            }
        }
        m.put("rules", DisplayPaths.display(o.rules()));
        m.put("out", DisplayPaths.display(o.out()));
        m.put("as_of", o.asOf().toString());
        m.put("fail_on", o.failOn() == null ? null : o.failOn().name());
        m.put("max_reject_ratio", o.maxRejectRatio());
        m.put("samples", o.samples());
        m.put("list_date", o.listDate() == null ? null : o.listDate().toString());
        m.put("fail_on_stale_lists", o.failOnStaleLists());
        m.put("since_lists", o.sinceLists().stream().map(DisplayPaths::display).toList());
        if (o.previous() != null) {
            m.put("previous", DisplayPaths.display(o.previous()));
        }
        return m;
    }

    private static Map<String, Object> inputEntry(String kind, ReadStats s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("file", s.file().display());
        m.put("sha256", s.sha256());
        m.put("rows_read", s.rowsRead());
        m.put("rows_accepted", s.rowsAccepted());
        m.put("rows_rejected", s.rowsRejected());
        m.put("blank_lines", s.blankLines());
        return m;
    }

    private static Map<String, Object> listEntry(EntityList l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", l.name());
        m.put("format", l.format());
        m.put("entities", l.entities().size());
        m.put("sha256", listSha256(l));
        m.put("files", l.files().stream().map(s -> inputEntry("list", s)).toList());
        m.put("warnings", l.warnings());
        m.putAll(l.details());
        return m;
    }

    private static Map<String, Object> nameMatchingEntry(CheckOptions o, NameMatchingConfig c, ScreeningIndex index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", "rules/" + NameMatchingConfig.FILE);
        m.put("settings", c.describe());
        m.put("listed_names_indexed", index.names().size());
        m.put("distinct_names_screened", index.names().namesScreened());
        m.put("candidates_scored", index.names().candidatesScored());
        m.put("candidates_fully_scored", index.names().candidatesFullyScored());
        return m;
    }

    /** One file: its SHA-256; several (OFAC's sdn.csv and siblings): the SHA-256 of "name sha256\n" per file. */
    static String listSha256(EntityList l) {
        if (l.files().size() == 1) {
            return l.files().get(0).sha256();
        }
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (ReadStats s : l.files()) {
                md.update((s.file().path().getFileName() + " " + s.sha256() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> rulesEntry(RuleBase rules, Map<String, Long> perRule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folder", DisplayPaths.display(rules.folder()));
        List<Map<String, Object>> files = new ArrayList<>();
        for (RuleFile f : rules.files()) {
            files.add(ordered("file", "rules/" + f.relative(), "sha256", f.sha256()));
        }
        m.put("files", files);
        List<Map<String, Object>> list = new ArrayList<>();
        for (RuleInfo r : rules.rules()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", r.id());
            e.put("name", r.name());
            e.put("category", r.category().name());
            e.put("severity", r.severity().name());
            e.put("file", "rules/" + r.file());
            e.put("line", r.line());
            e.put("findings", perRule.getOrDefault(r.id(), 0L));
            list.add(e);
        }
        m.put("rules", list);
        return m;
    }

    private static Map<String, Object> counts(FindingCounts counts) {
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.name(), counts.bySeverity().getOrDefault(s, 0L));
        }
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            long n = counts.byCategory().getOrDefault(c, 0L);
            if (n > 0) {
                byCategory.put(c.name(), n);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", (int) counts.total());
        m.put("by_severity", bySeverity);
        m.put("by_category", byCategory);
        return m;
    }
}
