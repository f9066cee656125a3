package org.sanctionsmonitor.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.engine.RuleFile;
import org.sanctionsmonitor.engine.RuleInfo;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.engine.RunContext;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.ShipmentsReader;
import org.sanctionsmonitor.ingest.TransfersReader;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.report.AtomicOutput;
import org.sanctionsmonitor.report.Category;
import org.sanctionsmonitor.report.Finding;
import org.sanctionsmonitor.report.FindingsCsv;
import org.sanctionsmonitor.report.FindingsJson;
import org.sanctionsmonitor.report.Json;
import org.sanctionsmonitor.report.RejectsCsv;
import org.sanctionsmonitor.report.Severity;
import org.sanctionsmonitor.screening.Match;
import org.sanctionsmonitor.screening.ScreeningIndex;

/**
 * The batch check, end to end: compile the rules, load the lists, stream each feed through
 * screening and the rules, and write findings.csv, findings.json, rejects.csv and manifest.json
 * atomically into --out. Rule problems raise {@link org.sanctionsmonitor.engine.RuleException}
 * and unusable inputs {@link org.sanctionsmonitor.ingest.InputException}, before anything is
 * written.
 */
public final class BatchCheck {

    public static final String FINDINGS_CSV = "findings.csv";
    public static final String FINDINGS_JSON = "findings.json";
    public static final String REJECTS_CSV = "rejects.csv";
    public static final String MANIFEST_JSON = "manifest.json";

    private BatchCheck() {
    }

    public static CheckResult run(CheckOptions o) throws IOException {
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<String, Long> timings = new LinkedHashMap<>();
        long t = System.nanoTime();

        RuleBase rules = RuleBase.load(o.rules());
        t = lap(timings, "load_rules", t);

        List<Reject> rejects = new ArrayList<>();
        List<EntityList> lists = new ArrayList<>();
        for (Path p : o.lists()) {
            lists.add(ListLoader.load(p, o.listFormat(), rejects));
        }
        ScreeningIndex index = new ScreeningIndex(lists);
        t = lap(timings, "load_lists", t);
        CryptoStage crypto = CryptoStage.prepare(rules, o.labels(), index, rejects);

        RuleRunner runner = new RuleRunner(rules, new RunContext(o.asOf()));
        crypto.registerParameters(runner);
        List<Map<String, Object>> inputs = new ArrayList<>();
        List<ReadStats> stats = new ArrayList<>(crypto.labelStats());
        crypto.labelStats().forEach(s -> inputs.add(inputEntry("labels", s)));
        for (Path p : o.transfers()) {
            ReadStats s = TransfersReader.read(InputFile.of(p), screened((Transfer tr, Consumer<Match> c) -> {
                List<Match> found = new ArrayList<>(2);
                index.screen(tr, found::add);
                found.forEach(c);
                crypto.screen(tr, found, c);
            }, runner), rejects);
            stats.add(s);
            inputs.add(inputEntry("transfers", s));
        }
        t = lap(timings, "read_transfers", t);
        crypto.finish(runner);
        t = lap(timings, "graph_analysis", t);
        for (Path p : o.shipments()) {
            ReadStats s = ShipmentsReader.read(InputFile.of(p), screened(index::screen, runner), rejects);
            stats.add(s);
            inputs.add(inputEntry("shipments", s));
        }
        List<Finding> findings = runner.finish();
        t = lap(timings, "screen_and_rules", t);

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
        } else if (o.failOn() != null && findings.stream().anyMatch(f -> f.severity().atLeast(o.failOn()))) {
            exit = 1;
            reason = "findings at or above --fail-on " + o.failOn();
        }

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("tool", Map.of("name", "sanctions-monitor", "version", Versions.tool()));
        manifest.put("drools_version", Versions.drools());
        manifest.put("java_version", System.getProperty("java.version"));
        manifest.put("started_at", started.toString());
        manifest.put("as_of", o.asOf().toString());
        manifest.put("options", options(o));
        manifest.put("lists", lists.stream().map(BatchCheck::listEntry).toList());
        manifest.put("inputs", inputs);
        manifest.put("rows", Map.of("read", read, "rejected", rejected));
        manifest.put("rules", rulesEntry(rules, findings));
        manifest.put("findings", counts(findings));
        manifest.put("rule_sessions", runner.sessions());
        manifest.put("crypto_graph", crypto.manifest());
        manifest.put("result", Map.of("exit_code", exit, "reason", reason));

        try (AtomicOutput out = new AtomicOutput(o.out())) {
            out.write(FINDINGS_CSV, w -> FindingsCsv.write(findings, w));
            out.write(FINDINGS_JSON, w -> FindingsJson.write(findings, w));
            out.write(REJECTS_CSV, w -> RejectsCsv.write(rejects, w));
            lap(timings, "write_reports", t);
            manifest.put("timings_ms", timings);
            out.write(MANIFEST_JSON, w -> Json.write(manifest, w));
            out.commit();
        }
        return new CheckResult(findings, rejects, all, read, exit, reason, manifest);
    }

    /** Screens each record as it is read and hands it with its candidate facts to the rule runner. */
    private static <T> Consumer<T> screened(BiConsumer<T, Consumer<Match>> screen, RuleRunner runner) {
        return record -> {
            List<Match> candidates = new ArrayList<>(2);
            screen.accept(record, candidates::add);
            runner.add(record, candidates);
        };
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
        m.put("transfers", o.transfers().stream().map(DisplayPaths::display).toList());
        m.put("shipments", o.shipments().stream().map(DisplayPaths::display).toList());
        m.put("labels", o.labels().stream().map(DisplayPaths::display).toList());
        m.put("rules", DisplayPaths.display(o.rules()));
        m.put("out", DisplayPaths.display(o.out()));
        m.put("as_of", o.asOf().toString());
        m.put("fail_on", o.failOn() == null ? null : o.failOn().name());
        m.put("max_reject_ratio", o.maxRejectRatio());
        m.put("samples", o.samples());
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
        m.put("files", l.files().stream().map(s -> inputEntry("list", s)).toList());
        return m;
    }

    private static Map<String, Object> rulesEntry(RuleBase rules, List<Finding> findings) {
        Map<String, Long> perRule = new TreeMap<>();
        findings.forEach(f -> perRule.merge(f.ruleId(), 1L, Long::sum));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folder", DisplayPaths.display(rules.folder()));
        List<Map<String, Object>> files = new ArrayList<>();
        for (RuleFile f : rules.files()) {
            files.add(Map.of("file", "rules/" + f.relative(), "sha256", f.sha256()));
        }
        m.put("files", files.stream().map(TreeMap::new).toList());
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

    private static Map<String, Object> counts(List<Finding> findings) {
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.name(), findings.stream().filter(f -> f.severity() == s).count());
        }
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (Category c : Category.values()) {
            long n = findings.stream().filter(f -> f.category() == c).count();
            if (n > 0) {
                byCategory.put(c.name(), n);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", findings.size());
        m.put("by_severity", bySeverity);
        m.put("by_category", byCategory);
        return m;
    }
}
