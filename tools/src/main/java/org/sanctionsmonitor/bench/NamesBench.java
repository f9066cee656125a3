package org.sanctionsmonitor.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.NameTokens;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.NameScreener;
import org.sanctionsmonitor.evaluation.SyntheticNames;


/**
 * {@code bench-names}: a benchmark, not a test. Screens distinct synthetic party names against a
 * synthetic list with aliases and prints names per second, the mean number of listed names scored
 * per party name, and the ratio against merely taking the same names apart into words.
 */
public final class NamesBench {

    private final int names;
    private final int entries;
    private final int rounds;
    private final Path rules;

    /**
     * Distinct party names, list entries, rounds (each after the first with a fresh screener) and the
     * rule folder holding reference/name-matching.csv (null: rules/).
     */
    public NamesBench(int names, int entries, int rounds, Path rules) {
        this.names = names;
        this.entries = entries;
        this.rounds = rounds;
        this.rules = rules;
    }

    /** Screens the names and prints the figures to w; 1 when a later round's results differ from the first's. */
    public int run(PrintWriter w) {
        NameMatchingConfig config = NameMatchingConfig.load(rules != null ? rules : DisplayPaths.home().resolve("rules"));
        long t0 = System.nanoTime();
        List<ListedEntity> list = SyntheticNames.list(entries, 42);
        List<String> party = SyntheticNames.partyNames(names, list, 7);
        long t1 = System.nanoTime();
        NameScreener screener = new NameScreener(list, config);
        long t2 = System.nanoTime();
        long tokens = 0;
        for (String n : party) {
            tokens += NameTokens.tokens(n).size();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long a3 = allocated(threads);
        long c3 = threads.getCurrentThreadCpuTime();
        long t3 = System.nanoTime();
        long hits = 0;
        long alerts = 0;
        long exact = 0;
        java.security.MessageDigest digest = sha256();
        for (String n : party) {
            List<NameScreener.Hit> h = screener.screen(n);
            hits += h.size();
            update(digest, n, h);
            if (!h.isEmpty() && h.get(0).score() >= config.alert() && h.get(0).distinctive() >= config.minDistinctiveWords()) {
                alerts++;
                if ("exact".equals(h.get(0).method())) {
                    exact++;
                }
            }
        }
        long t4 = System.nanoTime();
        long c4 = threads.getCurrentThreadCpuTime();
        long a4 = allocated(threads);
        double secs = (t4 - t3) / 1e9;
        w.printf(Locale.ROOT, "bench-names: %,d distinct party names against %,d entries (%,d listed names with aliases)%n",
                party.size(), list.size(), screener.size());
        w.printf(Locale.ROOT, "  generate data %.2f s, build index %.2f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        w.printf(Locale.ROOT, "  screening: %.2f s, %,.0f names/second (one thread)%n", secs, party.size() / secs);
        // the screening thread's own CPU time: unlike the wall time, it does not count the time the
        // thread waited for a core on a busy machine, so two builds compare by it
        w.printf(Locale.ROOT, "  screening CPU (this thread): %.2f s, %,.0f names per CPU-second, %,d bytes allocated per name%n",
                (c4 - c3) / 1e9, party.size() / ((c4 - c3) / 1e9), (a4 - a3) / party.size());
        w.printf(Locale.ROOT, "  mean candidates per name: %.1f proposed by the index (cap %d), %.1f scored in full (the others cannot reach the threshold)%n",
                (double) screener.candidatesScored() / Math.max(1, screener.namesScreened()), config.maxCandidates(),
                (double) screener.candidatesFullyScored() / Math.max(1, screener.namesScreened()));
        w.printf(Locale.ROOT, "  tokenising the same names alone: %.3f s (%,d words); screening/tokenising ratio %.0fx%n",
                (t3 - t2) / 1e9, tokens, (t4 - t3) / (double) Math.max(1, t3 - t2));
        w.printf(Locale.ROOT, "  distinct normalised names scored: %,d (cache hits %,d)%n", screener.namesScreened(), screener.cacheHits());
        w.printf(Locale.ROOT, "  matches kept (>= review): %,d; names with a best score >= alert: %,d, of which equal to a listed name"
                + " after normalisation: %,d (the synthetic name pools are small)%n", hits, alerts, exact);
        byte[] first = digest.digest();
        w.printf(Locale.ROOT, "  results digest (SHA-256 of every match with its score and detail; equal digests, equal results): %s%n",
                java.util.HexFormat.of().formatHex(first));
        boolean same = true;
        for (int r = 2; r <= rounds; r++) {
            NameScreener fresh = new NameScreener(list, config);
            java.security.MessageDigest d = sha256();
            long a0 = allocated(threads);
            long c0 = threads.getCurrentThreadCpuTime();
            for (String n : party) {
                update(d, n, fresh.screen(n));
            }
            long c1 = threads.getCurrentThreadCpuTime();
            long a1 = allocated(threads);
            boolean equal = java.util.Arrays.equals(d.digest(), first);
            same &= equal;
            w.printf(Locale.ROOT, "  round %d (a fresh screener): screening CPU %.2f s, %,.0f names per CPU-second, %,d bytes allocated per name;"
                    + " results %s%n", r, (c1 - c0) / 1e9, party.size() / ((c1 - c0) / 1e9), (a1 - a0) / party.size(),
                    equal ? "the same" : "DIFFERENT from the first round's");
        }
        w.flush();
        return same ? 0 : 1;
    }

    /** Bytes this thread has allocated so far (the digest's strings included), or 0 where the JVM does not say. */
    private static long allocated(java.lang.management.ThreadMXBean threads) {
        return threads instanceof com.sun.management.ThreadMXBean t && t.isThreadAllocatedMemorySupported()
                ? t.getThreadAllocatedBytes(Thread.currentThread().getId()) : 0;
    }

    private static void update(java.security.MessageDigest digest, String n, List<NameScreener.Hit> h) {
        for (NameScreener.Hit x : h) {
            digest.update((n + "\t" + x.entry().entity().entityId() + "\t" + x.entry().listedName() + "\t"
                    + Double.toHexString(x.score()) + "\t" + x.method() + "\t" + x.detail() + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
