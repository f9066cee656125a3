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
    private final Path rules;

    /** Distinct party names, list entries, and the rule folder holding reference/name-matching.csv (null: rules/). */
    public NamesBench(int names, int entries, Path rules) {
        this.names = names;
        this.entries = entries;
        this.rules = rules;
    }

    /** Screens the names and prints the figures to w. */
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
        long t3 = System.nanoTime();
        long hits = 0;
        long alerts = 0;
        long exact = 0;
        java.security.MessageDigest digest = sha256();
        for (String n : party) {
            List<NameScreener.Hit> h = screener.screen(n);
            hits += h.size();
            for (NameScreener.Hit x : h) {
                digest.update((n + "\t" + x.entry().entity().entityId() + "\t" + x.entry().listedName() + "\t"
                        + Double.toHexString(x.score()) + "\t" + x.method() + "\t" + x.detail() + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (!h.isEmpty() && h.get(0).score() >= config.alert() && h.get(0).distinctive() >= config.minDistinctiveWords()) {
                alerts++;
                if ("exact".equals(h.get(0).method())) {
                    exact++;
                }
            }
        }
        long t4 = System.nanoTime();
        double secs = (t4 - t3) / 1e9;
        w.printf(Locale.ROOT, "bench-names: %,d distinct party names against %,d entries (%,d listed names with aliases)%n",
                party.size(), list.size(), screener.size());
        w.printf(Locale.ROOT, "  generate data %.2f s, build index %.2f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        w.printf(Locale.ROOT, "  screening: %.2f s, %,.0f names/second (one thread)%n", secs, party.size() / secs);
        w.printf(Locale.ROOT, "  mean candidates per name: %.1f proposed by the index (cap %d), %.1f scored in full (the others cannot reach the threshold)%n",
                (double) screener.candidatesScored() / Math.max(1, screener.namesScreened()), config.maxCandidates(),
                (double) screener.candidatesFullyScored() / Math.max(1, screener.namesScreened()));
        w.printf(Locale.ROOT, "  tokenising the same names alone: %.3f s (%,d words); screening/tokenising ratio %.0fx%n",
                (t3 - t2) / 1e9, tokens, (t4 - t3) / (double) Math.max(1, t3 - t2));
        w.printf(Locale.ROOT, "  distinct normalised names scored: %,d (cache hits %,d)%n", screener.namesScreened(), screener.cacheHits());
        w.printf(Locale.ROOT, "  matches kept (>= review): %,d; names with a best score >= alert: %,d, of which equal to a listed name"
                + " after normalisation: %,d (the synthetic name pools are small)%n", hits, alerts, exact);
        w.printf(Locale.ROOT, "  results digest (SHA-256 of every match with its score and detail; equal digests, equal results): %s%n",
                java.util.HexFormat.of().formatHex(digest.digest()));
        w.flush();
        return 0;
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
