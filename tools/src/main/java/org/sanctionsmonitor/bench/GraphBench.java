package org.sanctionsmonitor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.sanctionsmonitor.crypto.GraphAnalysis;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.graph.GraphParameters;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.TransfersReader;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.screening.LabelIndex;
import org.sanctionsmonitor.screening.ScreeningIndex;


/**
 * {@code bench-graph}: a benchmark, not a test. Generates a seeded transfers feed (default
 * 1,000,000 transfers among 200,000 addresses, 100 of them listed) and a native list of the
 * listed ones, then times (1) merely parsing the feed and (2) the graph stage of a check over it:
 * parsing, screening and collecting the compact rows, building the graph, the exposure analysis
 * (to the depth in rules/reference/graph-parameters.csv, default 3) and the pattern detectors.
 * Reports the exposure time as a ratio of the parse time, and the peak heap.
 */
public final class GraphBench {

    private final int transfers;
    private final int addresses;
    private final int listed;
    private final int days;
    private final long seed;
    private final Path dir;
    private final Path rules;

    /** The sizes and seed of the generated feed, where it goes, and the rule folder (null: rules/). */
    public GraphBench(int transfers, int addresses, int listed, int days, long seed, Path dir, Path rules) {
        if (transfers < 1 || addresses < 2 || listed < 1 || listed > addresses || days < 1) {
            throw new IllegalArgumentException("need transfers >= 1, addresses >= 2, 1 <= listed <= addresses, days >= 1");
        }
        this.transfers = transfers;
        this.addresses = addresses;
        this.listed = listed;
        this.days = days;
        this.seed = seed;
        this.dir = dir;
        this.rules = rules;
    }

    /** Generates the feed, times each stage and prints the figures to out. */
    public int run(PrintWriter out) throws IOException {
        Path ruleDir = rules != null ? rules : DisplayPaths.home().resolve("rules");
        GraphParameters params = GraphParameters.load(ruleDir);
        Files.createDirectories(dir);
        Path feed = dir.resolve("transfers.csv");
        Path list = dir.resolve("list.csv");
        long g0 = System.nanoTime();
        generate(feed, list);
        out.printf(Locale.ROOT, "generated %,d transfers among %,d addresses (%d listed, seed %d) in %.1f s: %s (%,d bytes)%n",
                transfers, addresses, listed, seed, secs(g0), DisplayPaths.display(feed), Files.size(feed));
        out.flush();

        long[] count = new long[1];
        List<Reject> rejects = new ArrayList<>();
        TransfersReader.read(InputFile.of(feed), t -> count[0]++, rejects); // warm-up, not timed
        System.gc();
        long p0 = System.nanoTime();
        count[0] = 0;
        TransfersReader.read(InputFile.of(feed), t -> count[0]++, rejects);
        double parse = secs(p0);

        List<EntityList> lists = List.of(ListLoader.load(list, null, rejects));
        ScreeningIndex index = new ScreeningIndex(lists, org.sanctionsmonitor.screening.NameMatchingConfig.load(ruleDir));
        System.gc();
        resetPeaks();
        long a0 = System.nanoTime();
        GraphAnalysis graph = new GraphAnalysis(params, LabelIndex.empty());
        TransfersReader.read(InputFile.of(feed), t -> {
            List<Match> c = new ArrayList<>(1);
            index.screen(t, c::add);
            graph.add(t, c);
        }, rejects);
        double collect = secs(a0);
        long[] facts = new long[1];
        long b0 = System.nanoTime();
        graph.run(m -> facts[0]++);
        double analysis = secs(b0);
        long peak = peakHeap();
        Map<String, Long> s = graph.stats();
        double exposure = s.get("exposure_ms") / 1000.0;
        out.printf(Locale.ROOT, "parse only:                       %7.2f s  (%,d rows, %d rejected)%n", parse, count[0], rejects.size());
        out.printf(Locale.ROOT, "parse + screen + collect rows:    %7.2f s%n", collect);
        out.printf(Locale.ROOT, "graph build:                      %7.2f s%n", s.get("build_ms") / 1000.0);
        out.printf(Locale.ROOT, "exposure analysis (depth %d):      %7.2f s  = %.2f x parse  (%,d exposed transfers, %,d tainted addresses)%n",
                (int) params.number("exposure_max_hops"), exposure, exposure / parse, s.get("exposures"), s.get("tainted_addresses"));
        out.printf(Locale.ROOT, "pattern detectors:                %7.2f s  = %.2f x parse  (peel %d, pass-through %d, fan %d, structuring %d)%n",
                s.get("patterns_ms") / 1000.0, s.get("patterns_ms") / 1000.0 / parse, s.get("candidates_peel_chain"),
                s.get("candidates_pass_through"), s.get("candidates_fan_out_fan_in"), s.get("candidates_structuring"));
        out.printf(Locale.ROOT, "graph stage end to end:           %7.2f s  = %.2f x parse  (%,d derived facts)%n",
                collect + analysis, (collect + analysis) / parse, facts[0]);
        out.printf(Locale.ROOT, "peak heap during the graph stage: %,d MB (max heap %,d MB; sum of heap pools' peaks)%n",
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return 0;
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Seeded: the same options give the same files. Addresses are valid EVM hex; listed ones are a native list. */
    private void generate(Path feed, Path list) throws IOException {
        SplittableRandom r = new SplittableRandom(seed);
        long start = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        long span = days * 86400L;
        int[] sources = new int[listed];
        for (int i = 0; i < listed; i++) {
            sources[i] = i * (addresses / listed); // spread over the address space
        }
        try (BufferedWriter w = Files.newBufferedWriter(list, StandardCharsets.UTF_8)) {
            w.write("entity_id,name,type,programs,crypto_addresses,list\n");
            for (int i = 0; i < listed; i++) {
                w.write("B" + i + ",BENCH LISTED " + i + ",entity,CYBER2,ETH:" + address(sources[i]) + ",BENCH\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            w.write("tx_id,timestamp,chain,asset,from_address,to_address,amount,amount_usd\n");
            StringBuilder sb = new StringBuilder(160);
            for (int i = 0; i < transfers; i++) {
                int from = r.nextInt(addresses);
                int to = r.nextInt(addresses - 1);
                if (to >= from) {
                    to++;
                }
                long t = start + r.nextLong(span);
                double amount = Math.round(Math.exp(r.nextDouble() * 9 - 4) * 1e6) / 1e6;
                sb.setLength(0);
                sb.append("B-").append(i).append(',').append(Instant.ofEpochSecond(t)).append(",ethereum,ETH,")
                        .append(address(from)).append(',').append(address(to)).append(',')
                        .append(java.math.BigDecimal.valueOf(amount).toPlainString()).append(',')
                        .append(String.format(Locale.ROOT, "%.2f", amount * 2000)).append('\n');
                w.write(sb.toString());
            }
        }
    }

    private static String address(int n) {
        return String.format(Locale.ROOT, "0x%08x%032x", 0xbe0c0000 + (n >>> 16), (long) n * 2654435761L & 0xffffffffL);
    }
}
