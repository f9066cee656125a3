package org.sanctionsmonitor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.screening.NameEvaluation;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.NameScreener;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval-names}: screens the name-variation suite built from a list, and the innocent names,
 * with the name-matching settings in the rule folder; prints recall and false positives at the
 * alert threshold. Exit 0 when recall ≥ 0.98 and no innocent reaches the alert threshold, else 1.
 */
@Command(name = "eval-names",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates name screening: a variation suite built from the list's names and strong aliases",
            "(transliteration, word order, typos, truncation, joined/split given names, legal forms, extra words)",
            "and a set of innocent names, at the thresholds in <rules>/reference/name-matching.csv.",
            "Exit 0 when recall >= 0.98 and no innocent scores at or above the alert threshold; 1 otherwise."})
public final class EvalNamesCommand implements Callable<Integer> {

    public static final double TARGET_RECALL = 0.98;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lists", paramLabel = "PATH", description = "The list to build the suite from (default: samples/lists/ofac).")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--list-format", paramLabel = "FORMAT", description = "Force the list format: native, ofac, ofac-advanced, un, opensanctions, csl.")
    String listFormat;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rule folder holding reference/name-matching.csv (default: rules/).")
    Path rules;

    @Option(names = {"-v", "--verbose"}, description = "Print every case with its score.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        Path home = DisplayPaths.home();
        List<Path> paths = lists.isEmpty() ? List.of(home.resolve("samples/lists/ofac")) : lists;
        NameMatchingConfig config = NameMatchingConfig.load(rules != null ? rules : home.resolve("rules"));
        List<ListedEntity> entities = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        for (Path p : paths) {
            EntityList l = ListLoader.load(p, listFormat, rejects);
            entities.addAll(l.entities());
        }
        NameScreener screener = new NameScreener(entities, config);
        NameEvaluation.Result r = NameEvaluation.run(screener, entities);
        w.printf(Locale.ROOT, "eval-names: %d listed names indexed from %s%n", screener.size(),
                String.join(", ", paths.stream().map(DisplayPaths::display).toList()));
        w.printf(Locale.ROOT, "  thresholds: alert %.2f, review %.2f, weak alias %.2f%n", config.alert(), config.review(), config.weakAlias());
        w.printf(Locale.ROOT, "  variations: %d, found at or above the alert threshold: %d, recall %.4f (target >= %.2f)%n",
                r.variations().size(), r.found(), r.recall(), TARGET_RECALL);
        w.printf(Locale.ROOT, "  innocents: %d, at or above the alert threshold: %d (target 0), in the review band: %d%n",
                r.innocents().size(), r.falsePositives().size(), r.innocentsInReview().size());
        w.printf(Locale.ROOT, "  mean candidates scored per distinct name: %.1f%n",
                screener.namesScreened() == 0 ? 0.0 : (double) screener.candidatesScored() / screener.namesScreened());
        for (NameEvaluation.Outcome o : r.misses()) {
            w.printf(Locale.ROOT, "  MISS  %-40s %-42s -> %s%n", o.c().kind(), "'" + o.c().name() + "'", describe(o));
        }
        for (NameEvaluation.Outcome o : r.falsePositives()) {
            w.printf(Locale.ROOT, "  FALSE POSITIVE  '%s' -> %s%n", o.c().name(), describe(o));
        }
        for (NameEvaluation.Outcome o : r.innocentsInReview()) {
            w.printf(Locale.ROOT, "  review  '%s' -> %s%n", o.c().name(), describe(o));
        }
        if (verbose) {
            for (NameEvaluation.Outcome o : r.variations()) {
                w.printf(Locale.ROOT, "  %s  %-40s %-42s -> %s%n", o.alert() ? "ok  " : "MISS", o.c().kind(), "'" + o.c().name() + "'", describe(o));
            }
        }
        w.flush();
        boolean ok = r.recall() >= TARGET_RECALL && r.falsePositives().isEmpty();
        w.println(ok ? "  result: targets met" : "  result: targets NOT met");
        w.flush();
        return ok ? 0 : 1;
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
