package org.sanctionsmonitor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.lists.XmlScan;


/**
 * {@code bench-lists}: the time to load an XML list with its reader against a plain StAX pass over
 * the same file (same decompression, same hashing, nothing kept), as a ratio that survives a noisy
 * machine, and the heap each needs: the peak in use (sampled, garbage included) and the peak live
 * after a collection. A .bz2 file is also decompressed once into --dir and measured as plain XML.
 */
public final class ListsBench {

    static final List<Path> DEFAULT_LISTS = List.of(
            Path.of("../shared/reference/un-consolidated-2026-02/consolidated.xml"),
            Path.of("../shared/reference/ofac-sdn-advanced-2025-11-19/sdn_advanced.xml.bz2"));

    private final List<Path> lists;
    private final int runs;
    private final Path dir;

    /**
     * The XML list files (none: the reference files, skipped when absent; a given file must
     * exist), the timed runs of each, and where a decompressed copy of a .bz2 goes.
     */
    public ListsBench(List<Path> lists, int runs, Path dir) {
        for (Path p : lists) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(p + ": no such file");
            }
        }
        this.lists = List.copyOf(lists);
        this.runs = runs;
        this.dir = dir;
    }

    /** Times each file's reader against the plain StAX pass and prints the figures to out. */
    public int run(PrintWriter out) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : lists.isEmpty() ? DEFAULT_LISTS : lists) {
            if (!Files.isRegularFile(p)) {
                if (lists.isEmpty()) {
                    out.println("skipped (not present): " + DisplayPaths.display(p));
                    continue;
                }
                throw new IllegalArgumentException(p + ": no such file");
            }
            files.add(p);
            if (p.getFileName().toString().endsWith(".bz2")) {
                Files.createDirectories(dir);
                Path plain = dir.resolve(p.getFileName().toString().replaceFirst("\\.bz2$", ""));
                if (!Files.isRegularFile(plain)) {
                    try (InputStream in = new BZip2CompressorInputStream(Files.newInputStream(p), true)) {
                        Files.copy(in, plain);
                    }
                }
                files.add(plain);
            }
        }
        out.printf(Locale.ROOT, "JVM: %s, max heap %s, %d processors%n", Runtime.version(), mib(Runtime.getRuntime().maxMemory()),
                Runtime.getRuntime().availableProcessors());
        for (Path p : files) {
            String name = DisplayPaths.display(p);
            long bytes = Files.size(p);
            List<Reject> rejects = new ArrayList<>();
            EntityList[] loaded = new EntityList[1];
            Measured scan = best(() -> XmlScan.elements(p));
            Measured load = best(() -> {
                rejects.clear();
                loaded[0] = ListLoader.load(p, null, rejects);
                return loaded[0].entities().size();
            });
            out.printf(Locale.ROOT, "%s (%s, %s): %,d entries, %,d relations, %d rejects%n", name, loaded[0].format(), mib(bytes),
                    loaded[0].entities().size(), loaded[0].relations().size(), rejects.size());
            out.printf(Locale.ROOT, "  plain StAX pass: %.2f s (%,d elements), peak heap in use %s, peak live after GC %s%n",
                    scan.seconds, scan.value, mib(scan.peakUsed), mib(scan.peakLive));
            out.printf(Locale.ROOT, "  reader load:     %.2f s, peak heap in use %s, peak live after GC %s%n",
                    load.seconds, mib(load.peakUsed), mib(load.peakLive));
            out.printf(Locale.ROOT, "  load/parse ratio: %.2f%n", load.seconds / scan.seconds);
        }
        return 0;
    }

    private record Measured(double seconds, long peakUsed, long peakLive, long value) {
    }

    /** One warm-up run, then the best of --runs (time), with the largest heap figures seen in the timed runs. */
    private Measured best(LongSupplier work) {
        measure(work);
        Measured best = null;
        long used = 0;
        long live = 0;
        for (int i = 0; i < Math.max(1, runs); i++) {
            Measured m = measure(work);
            used = Math.max(used, m.peakUsed);
            live = Math.max(live, m.peakLive);
            if (best == null || m.seconds < best.seconds) {
                best = m;
            }
        }
        return new Measured(best.seconds, used, live, best.value);
    }

    private static Measured measure(LongSupplier work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampled = new AtomicLong();
        AtomicLong live = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sampled.accumulateAndGet(heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum(), Math::max);
                live.accumulateAndGet(heap.stream().map(MemoryPoolMXBean::getCollectionUsage).filter(Objects::nonNull)
                        .mapToLong(MemoryUsage::getUsed).sum(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long t = System.nanoTime();
        long v = work.getAsLong();
        double s = (System.nanoTime() - t) / 1e9;
        sampler.interrupt();
        return new Measured(s, sampled.get(), live.get(), v);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }
}
