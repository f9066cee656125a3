package org.sanctionsmonitor.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.audit.RunAudit;
import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.check.CheckResult;
import org.sanctionsmonitor.ingest.CsvFeedReader;
import org.sanctionsmonitor.ingest.DisplayPaths;


/**
 * {@code bench}: generates seeded synthetic data with planted hits, times the full check (cold, first
 * in the JVM as a user's run is) against a steady-state parse-only baseline of the same files
 * (Commons CSV touching every field; the best of several runs after a warm-up, on one thread and on
 * two), verifies that every planted hit was found, and prints rows per second, peak heap and, last,
 * the check/parse ratio.
 */
public final class CheckBench {

    /** What the bench generates and how it runs: the feed sizes, the seed, the warm runs, the folder, the engine. */
    public record Options(int transfers, int shipments, int payments, int listEntries, int addresses, double scale, int hubs,
            long seed, int warmRuns, Path dir, String engine, String sparkMaster) {
    }

    private final int transfers;
    private final int shipments;
    private final int payments;
    private final int listEntries;
    private final int addresses;
    private final double scale;
    private final int hubs;
    private final long seed;
    private final int warmRuns;
    private final Path dir;
    private final String engine;
    private final String sparkMaster;

    /** Throws IllegalArgumentException when the engine is neither local nor spark. */
    public CheckBench(Options o) {
        if (!o.engine().equals("local") && !o.engine().equals("spark")) {
            throw new IllegalArgumentException("--engine: '" + o.engine() + "' is not local or spark");
        }
        this.transfers = o.transfers();
        this.shipments = o.shipments();
        this.payments = o.payments();
        this.listEntries = o.listEntries();
        this.addresses = o.addresses();
        this.scale = o.scale();
        this.hubs = o.hubs();
        this.seed = o.seed();
        this.warmRuns = o.warmRuns();
        this.dir = o.dir();
        this.engine = o.engine();
        this.sparkMaster = o.sparkMaster();
    }

    /** Generates the data, runs the check and the parse baseline, prints the figures to out; 1 when a planted hit was missed. */
    public int run(PrintWriter out) throws IOException {
        SyntheticData.Sizes sizes = new SyntheticData.Sizes((int) (transfers * scale), (int) (shipments * scale),
                (int) (payments * scale), listEntries, addresses, hubs);
        long t0 = System.nanoTime();
        SyntheticData data = new SyntheticData(sizes, seed);
        Path in = dir.resolve("input");
        data.write(in);
        out.printf(Locale.ROOT, "generated %,d transfers, %,d shipments, %,d payments, %,d list entries (seed %d) in %.1f s; %d planted hits%n",
                sizes.transfers(), sizes.shipments(), sizes.payments(), sizes.listEntries(), seed, secs(t0), data.planted().size());
        List<Path> feeds = List.of(in.resolve("list.csv"), in.resolve("transfers.csv"), in.resolve("shipments.csv"),
                in.resolve("payments.csv"));
        long rows = sizes.transfers() + sizes.shipments() + sizes.payments() + (long) sizes.listEntries();

        // The check runs first, in a fresh JVM, as a user's run does. The baseline is then a
        // steady-state parse: the best of several runs after a warm-up run, on one thread, and the
        // same on two threads (each file split at a line boundary), the floor on this machine.
        Measured check = measure(() -> check(feeds, dir.resolve("out")));
        long expectedChars = parseOnly(feeds);
        double[] parseRuns = new double[PARSE_RUNS];
        long parsePeak = 0;
        for (int i = 0; i < PARSE_RUNS; i++) {
            Measured m = measure(() -> parseOnly(feeds));
            parseRuns[i] = m.seconds;
            parsePeak = Math.max(parsePeak, m.peakHeap);
        }
        double twoThreadSecs = Double.MAX_VALUE;
        for (int i = 0; i < PARSE_RUNS; i++) {
            Measured m = measure(() -> parseOnTwoThreads(feeds));
            if (m.value != expectedChars) {
                throw new IllegalStateException("the two-thread parse saw " + m.value + " characters, the one-thread parse "
                        + expectedChars + ": a file was split inside a record");
            }
            if (i > 0) {
                twoThreadSecs = Math.min(twoThreadSecs, m.seconds);
            }
        }
        List<Measured> warm = new ArrayList<>();
        boolean warmSame = true;
        for (int i = 0; i < warmRuns; i++) {
            Path warmOut = dir.resolve("out-warm");
            warm.add(measure(() -> check(feeds, warmOut)));
            warmSame &= Arrays.equals(Files.readAllBytes(dir.resolve("out/findings.csv")), Files.readAllBytes(warmOut.resolve("findings.csv")));
        }
        double parseSecs = Arrays.stream(parseRuns, 1, PARSE_RUNS).min().orElseThrow();
        SparkRun sparkRun = engine.equals("spark") ? sparkJob(feeds, dir.resolve("out-spark")) : null;

        Set<String> found = new TreeSet<>();
        try (Reader r = Files.newBufferedReader(dir.resolve("out/findings.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                found.add(rec.get("rule_id") + " " + rec.get("subject_id"));
            }
        }
        List<String> missed = new ArrayList<>();
        for (String p : data.planted()) {
            if (!found.contains(p)) {
                missed.add(p);
            }
        }
        out.printf(Locale.ROOT, "parse only, steady state: %.2f s (%,.0f rows/s; best of %d runs after a warm-up run; all runs: %s), peak heap %s%n",
                parseSecs, rows / parseSecs, PARSE_RUNS - 1, runs(parseRuns), mib(parsePeak));
        out.printf(Locale.ROOT, "parse only on two threads, steady state: %.2f s (%,.0f rows/s; best of %d runs after a warm-up run)%n",
                twoThreadSecs, rows / twoThreadSecs, PARSE_RUNS - 1);
        out.printf(Locale.ROOT, "full check: %.2f s (%,.0f rows/s), %,d findings, peak heap %s (max heap %s), live heap after GC at most %s; rules %s%n",
                check.seconds, rows / check.seconds, check.value, mib(check.peakHeap), mib(Runtime.getRuntime().maxMemory()),
                mib(check.peakLive), new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("out/manifest.json").toFile())
                        .path("rules_build").asText("?"));
        out.printf(Locale.ROOT, "full check CPU: %.1f s on %d cores, of which the JIT compiler about %.1f s and GC %.1f s%n",
                check.cpuSeconds, Runtime.getRuntime().availableProcessors(), check.jitSeconds, check.gcSeconds);
        for (int i = 0; i < warm.size(); i++) {
            Measured m = warm.get(i);
            out.printf(Locale.ROOT, "warm check %d (same JVM, code compiled): %.2f s, CPU %.1f s (JIT about %.1f s, GC %.1f s), warm check/parse ratio %.2f%n",
                    i + 1, m.seconds, m.cpuSeconds, m.jitSeconds, m.gcSeconds, m.seconds / parseSecs);
        }
        if (!warmSame) {
            out.println("warm runs: findings.csv differs from the first run's");
        }
        boolean sparkSame = true;
        if (sparkRun != null) {
            sparkSame = sparkRun.exit() == 0 && Arrays.equals(Files.readAllBytes(dir.resolve("out/findings.csv")),
                    readOrEmpty(dir.resolve("out-spark/findings.csv")));
            out.printf(Locale.ROOT, "single JVM check (in this JVM, cold): %.2f s%n", check.seconds);
            out.printf(Locale.ROOT, "Spark job (bin/sanctions-monitor-spark --master %s, its own JVM, Spark start-up included): %.2f s, "
                    + "exit %d; the check inside it %.2f s; findings.csv %s%n", sparkMaster, sparkRun.seconds(), sparkRun.exit(),
                    sparkRun.runSeconds(), sparkSame ? "byte-identical to the single JVM's" : "DIFFERS from the single JVM's");
        }
        com.fasterxml.jackson.databind.JsonNode warnings = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("out/manifest.json").toFile()).path("warnings");
        if (warnings.size() > 0) {
            out.printf(Locale.ROOT, "warnings in the check's summary and manifest: %d, first: %s%n", warnings.size(),
                    warnings.get(0).asText());
        }
        out.printf(Locale.ROOT, "planted hits found: %d of %d%s%n", data.planted().size() - missed.size(), data.planted().size(),
                missed.isEmpty() ? "" : " (missed: " + String.join(", ", missed.subList(0, Math.min(10, missed.size()))) + ")");
        out.printf(Locale.ROOT, "check/two-thread-parse ratio: %.2f%n", check.seconds / twoThreadSecs);
        out.printf(Locale.ROOT, "check/parse ratio: %.2f%n", check.seconds / parseSecs);
        out.flush();
        return missed.isEmpty() && warmSame && sparkSame ? 0 : 1;
    }

    /** The Spark job's wall time (process start to exit), its exit code and its own run time (started_at to the end). */
    private record SparkRun(double seconds, int exit, double runSeconds) {
    }

    /**
     * Runs bin/sanctions-monitor-spark as its own process on the generated files (this module does
     * not depend on Spark), its output in {@code dir}/spark.log.
     */
    private SparkRun sparkJob(List<Path> feeds, Path out) throws IOException {
        Path launcher = DisplayPaths.home().resolve("bin").resolve("sanctions-monitor-spark");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " is missing: --engine spark runs the Spark job through it");
        }
        List<String> cmd = List.of(launcher.toString(), "--lists", feeds.get(0).toString(), "--transfers", feeds.get(1).toString(),
                "--shipments", feeds.get(2).toString(), "--payments", feeds.get(3).toString(), "--as-of", "2026-01-15",
                "--out", out.toString(), "--master", sparkMaster, "-q");
        Path log = dir.resolve("spark.log");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit;
        try {
            exit = p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the Spark job ran", e);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double run = Double.NaN;
        Path manifest = out.resolve("manifest.json");
        if (exit == 0 && Files.isRegularFile(manifest)) {
            var timings = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile()).path("timings_ms");
            long ms = 0;
            for (String k : List.of("load_rules", "wait_lists", "ownership", "read_and_rules", "write_reports")) {
                ms += timings.path(k).asLong();
            }
            run = ms / 1000.0;
        }
        return new SparkRun(secs, exit, run);
    }

    private static byte[] readOrEmpty(Path p) throws IOException {
        return Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
    }

    /** One full check of the generated files into {@code out}; returns the number of findings. */
    private static long check(List<Path> feeds, Path out) throws IOException {
        CheckOptions o = CheckOptions.builder().lists(List.of(feeds.get(0))).transfers(List.of(feeds.get(1)))
                .shipments(List.of(feeds.get(2))).payments(List.of(feeds.get(3))).rules(DisplayPaths.home().resolve("rules")).out(out)
                .asOf(LocalDate.of(2026, 1, 15)).build();
        CheckResult r = BatchCheck.run(o, RunAudit.defaults());
        if (!r.rejects().isEmpty()) {
            throw new IllegalStateException("the synthetic data has " + r.rejects().size() + " rejected rows, first: "
                    + r.rejects().get(0));
        }
        return r.findings().size();
    }

    /** Parse runs per baseline: the first warms the code up, the best of the rest counts. */
    private static final int PARSE_RUNS = 5;

    private static String runs(double[] seconds) {
        StringBuilder b = new StringBuilder();
        for (double s : seconds) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", s));
        }
        return b.toString();
    }

    /**
     * The parse baseline on two threads: each file is split at the first line end after its middle
     * and the halves are parsed at once, touching every field, each streamed from its part of the
     * file (a file held whole in memory would not fit the heap at four times the default size).
     * The synthetic files have no line ends inside quoted fields, and the caller checks that both
     * halves together saw exactly the characters of the one-thread parse.
     */
    static long parseOnTwoThreads(List<Path> files) throws IOException {
        long chars = 0;
        for (Path f : files) {
            long size = Files.size(f);
            long split = size;
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f);
                 java.io.InputStream in = new java.io.BufferedInputStream(java.nio.channels.Channels.newInputStream(ch.position(size / 2)))) {
                long at = size / 2;
                for (int b = in.read(); b >= 0; b = in.read()) {
                    at++;
                    if (b == '\n') {
                        split = at;
                        break;
                    }
                }
            }
            long end = split;
            java.util.concurrent.CompletableFuture<Long> second = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> touchFields(f, end, size));
            chars += touchFields(f, 0, split) + second.join();
        }
        return chars;
    }

    /** Parses bytes [from, to) of file f, touching every field; returns the characters seen. */
    private static long touchFields(Path f, long from, long to) {
        long chars = 0;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f);
             Reader r = new java.io.InputStreamReader(new Part(java.nio.channels.Channels.newInputStream(ch.position(from)), to - from),
                     StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(new java.io.BufferedReader(r, 1 << 16)).setFormat(CsvFeedReader.FORMAT).get()) {
            for (CSVRecord rec : p) {
                for (String v : rec) {
                    chars += v.length();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return chars;
    }

    /** The first {@code left} bytes of a stream. */
    private static final class Part extends java.io.FilterInputStream {
        private long left;

        Part(java.io.InputStream in, long length) {
            super(in);
            left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    /** Reads each file with Commons CSV and touches every field; returns the characters seen. */
    static long parseOnly(List<Path> files) throws IOException {
        long chars = 0;
        for (Path f : files) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                 CSVParser p = CSVParser.builder().setReader(r).setFormat(CsvFeedReader.FORMAT).get()) {
                for (CSVRecord rec : p) {
                    for (String v : rec) {
                        chars += v.length();
                    }
                }
            }
        }
        return chars;
    }

    /**
     * One timed piece of work: wall time, heap in use (sampled, garbage included), the most heap
     * still in use after a collection, the process's CPU time, and the JIT compiler's and the
     * collector's time meanwhile (as the JVM reports them).
     */
    private record Measured(double seconds, long peakHeap, long peakLive, double cpuSeconds, double jitSeconds,
            double gcSeconds, long value) {
    }

    private interface Work {
        long run() throws IOException;
    }

    /** Runs the work, timing it and sampling the used heap every 20 ms. */
    private static Measured measure(Work w) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        AtomicLong sampled = new AtomicLong();
        AtomicLong live = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long used = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
                sampled.accumulateAndGet(used, Math::max);
                long afterGc = heap.stream().map(MemoryPoolMXBean::getCollectionUsage)
                        .filter(java.util.Objects::nonNull).mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                live.accumulateAndGet(afterGc, Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long cpu0 = cpuNanos();
        long jit0 = jitMillis();
        long gc0 = gcMillis();
        long t = System.nanoTime();
        long v = w.run();
        double s = (System.nanoTime() - t) / 1e9;
        sampler.interrupt();
        return new Measured(s, sampled.get(), live.get(), (cpuNanos() - cpu0) / 1e9, (jitMillis() - jit0) / 1e3,
                (gcMillis() - gc0) / 1e3, v);
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long jitMillis() {
        var c = ManagementFactory.getCompilationMXBean();
        return c != null && c.isCompilationTimeMonitoringSupported() ? c.getTotalCompilationTime() : 0;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(g -> Math.max(0, g.getCollectionTime())).sum();
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }
}
