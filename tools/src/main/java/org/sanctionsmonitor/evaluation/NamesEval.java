package org.sanctionsmonitor.evaluation;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.NameScreener;


/**
 * {@code eval-names}: screens the variations generated from a list (any list, full real ones
 * included), the cases of any case files, and the innocents, with the name-matching settings in
 * the rule folder; prints, per set, the share found at the alert level on the development and the
 * held-out split. Exit 0 when the held-out split meets every target, 1 otherwise, 2 on bad input.
 */
public final class NamesEval {

    /** Held-out targets: the share of each set's cases found at the alert level. */
    public static final Map<String, Double> TARGETS = Map.of("people", 0.95, "companies", 0.90, "scripts", 0.80);
    /** At most one innocent in this many may alert. */
    public static final int INNOCENTS_PER_ALERT = 50_000;


    /** A case file that cannot be read: the message names the file, line and reason. */
    public static final class BadCaseFile extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadCaseFile(IllegalArgumentException e) {
            super(e.getMessage(), e);
        }
    }

    private final List<Path> lists;
    private final String listFormat;
    private final List<Path> caseFiles;
    private final Path rules;
    private final boolean verbose;
    private final boolean showHeldout;

    /**
     * The lists to evaluate on (none: samples/lists/ofac), a forced list format (null: detected),
     * case files, the rule folder (null: rules/), whether to print every development case, and
     * whether to list the held-out misses.
     */
    public NamesEval(List<Path> lists, String listFormat, List<Path> caseFiles, Path rules, boolean verbose, boolean showHeldout) {
        this.lists = List.copyOf(lists);
        this.listFormat = listFormat;
        this.caseFiles = List.copyOf(caseFiles);
        this.rules = rules;
        this.verbose = verbose;
        this.showHeldout = showHeldout;
    }

    /**
     * Runs the evaluation and prints it to w; 0 when the held-out split meets every target, 1
     * when not. Throws {@link BadCaseFile} when a case file cannot be read.
     */
    public int run(PrintWriter w) {
        Path home = DisplayPaths.home();
        List<Path> paths = lists.isEmpty() ? List.of(home.resolve("samples/lists/ofac")) : lists;
        NameMatchingConfig config = NameMatchingConfig.load(rules != null ? rules : home.resolve("rules"));
        List<ListedEntity> entities = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (Path p : paths) {
            EntityList l = ListLoader.load(p, listFormat, rejects);
            entities.addAll(l.entities());
        }
        List<NameEvaluation.Case> extra = new ArrayList<>();
        for (Path f : caseFiles) {
            EvalCases.Loaded loaded;
            try {
                loaded = EvalCases.read(f, entities);
            } catch (IllegalArgumentException e) {
                throw new BadCaseFile(e);
            }
            extra.addAll(loaded.cases());
            w.printf(Locale.ROOT, "eval-names: %,d cases from %s%s%n", loaded.cases().size(), DisplayPaths.display(f),
                    loaded.unresolved() == 0 ? "" : String.format(Locale.ROOT,
                            " (%,d left out: their entry is not in the list)", loaded.unresolved()));
        }
        long t0 = System.nanoTime();
        NameScreener screener = new NameScreener(entities, config);
        NameEvaluation.Result r = NameEvaluation.run(screener, entities, extra);
        double secs = (System.nanoTime() - t0) / 1e9;
        w.printf(Locale.ROOT, "eval-names: %,d listed names indexed from %s%s%n", screener.size(),
                String.join(", ", paths.stream().map(DisplayPaths::display).toList()),
                rejects.isEmpty() ? "" : " (" + rejects.size() + " list rows rejected)");
        w.printf(Locale.ROOT, "  thresholds: alert %.2f, review %.2f, weak alias %.2f; %.1f s%n", config.alert(), config.review(),
                config.weakAlias(), secs);
        w.printf(Locale.ROOT, "  %-12s %22s %22s %s%n", "set", "development", "held-out", "held-out target");
        boolean ok = true;
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (String set : r.sets()) {
            List<NameEvaluation.Outcome> dev = r.of(set, NameEvaluation.DEV);
            List<NameEvaluation.Outcome> held = r.of(set, NameEvaluation.HELDOUT);
            String target;
            if (set.equals(NameEvaluation.INNOCENT)) {
                long alerts = held.stream().filter(NameEvaluation.Outcome::alert).count();
                long allowed = held.size() / INNOCENTS_PER_ALERT;
                long generic = r.outcomes().stream().filter(NameEvaluation.Outcome::genericOnly).count();
                boolean met = alerts <= allowed && generic == 0;
                ok &= met;
                target = String.format(Locale.ROOT, "<= %d at alert, none on generic words (%d): %s", allowed, generic,
                        met ? "met" : "NOT met");
                w.printf(Locale.ROOT, "  %-12s %22s %22s %s%n", set, alerts(dev), alerts(held), target);
            } else {
                Double t = TARGETS.get(set);
                double rate = r.rate(set, NameEvaluation.HELDOUT);
                boolean met = t == null || held.isEmpty() || rate >= t;
                ok &= met;
                long review = held.stream().filter(o -> o.hit() != null && o.hit().score() >= config.review()).count();
                target = t == null ? String.format(Locale.ROOT, "(reported; held-out at review or above: %.4f)",
                        held.isEmpty() ? 0.0 : (double) review / held.size())
                        : String.format(Locale.ROOT, ">= %.2f: %s", t, met ? "met" : "NOT met");
                w.printf(Locale.ROOT, "  %-12s %22s %22s %s%n", set, found(dev), found(held), target);
            }
            verdicts.put(set, target);
        }
        if (r.innocentsListed() > 0) {
            w.printf(Locale.ROOT, "  innocents left out because a listed name equals them: %,d%n", r.innocentsListed());
        }
        if (r.innocentsSpelled() > 0) {
            w.printf(Locale.ROOT, "  innocents left out because they are a listed name spelt with other vowels or doubled letters: %,d%n",
                    r.innocentsSpelled());
        }
        w.printf(Locale.ROOT, "  mean candidates scored per distinct name: %.1f%n",
                screener.namesScreened() == 0 ? 0.0 : (double) screener.candidatesScored() / screener.namesScreened());
        for (NameEvaluation.Outcome o : r.misses(showHeldout ? null : NameEvaluation.DEV)) {
            w.printf(Locale.ROOT, "  MISS  %-10s %-36s %-42s -> %s%n", o.c().set(), o.c().kind(), "'" + o.c().name() + "'", describe(o));
        }
        for (NameEvaluation.Outcome o : r.falsePositives(showHeldout ? null : NameEvaluation.DEV)) {
            w.printf(Locale.ROOT, "  FALSE POSITIVE%s  '%s' -> %s%n", o.genericOnly() ? " (generic words only)" : "", o.c().name(), describe(o));
        }
        if (verbose) {
            for (NameEvaluation.Outcome o : r.outcomes()) {
                if (o.c().split().equals(NameEvaluation.DEV)) {
                    w.printf(Locale.ROOT, "  %s  %-10s %-36s %-42s -> %s%n", o.alert() ? "alert" : "-    ", o.c().set(), o.c().kind(),
                            "'" + o.c().name() + "'", describe(o));
                }
            }
        }
        w.println(ok ? "  result: held-out targets met" : "  result: held-out targets NOT met");
        w.flush();
        return ok ? 0 : 1;
    }

    private static String found(List<NameEvaluation.Outcome> l) {
        long n = l.stream().filter(NameEvaluation.Outcome::alert).count();
        return l.isEmpty() ? "-" : String.format(Locale.ROOT, "%.4f (%d/%d)", (double) n / l.size(), n, l.size());
    }

    private static String alerts(List<NameEvaluation.Outcome> l) {
        long n = l.stream().filter(NameEvaluation.Outcome::alert).count();
        return String.format(Locale.ROOT, "%d alert of %,d", n, l.size());
    }

    private static String describe(NameEvaluation.Outcome o) {
        if (o.hit() == null) {
            return o.c().expected() == null ? "no candidate" : "no score above the review threshold for " + o.c().expected().label();
        }
        NameScreener.Hit h = o.hit();
        return String.format(Locale.ROOT, "%.3f %s '%s' of %s (%s)", h.score(), h.entry().nameType(), h.entry().listedName(),
                h.entry().entity().label(), h.detail());
    }
}
