package org.sanctionsmonitor.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.engine.RuleInfo;
import org.sanctionsmonitor.engine.RuleRunner;
import org.sanctionsmonitor.crypto.DailyPrices;
import org.sanctionsmonitor.crypto.GraphAnalysis;
import org.sanctionsmonitor.crypto.NativeFloor;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.graph.GraphParameters;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.LabelsReader;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.screening.LabelIndex;
import org.sanctionsmonitor.screening.ScreeningIndex;

/**
 * The crypto part of a check beyond exact screening: the labels feed, the reviewed graph
 * parameters (inserted into every rule session), the record-local label hits, and the graph
 * analysis run after all transfers were read, whose derived facts go through the same rules.
 */
public final class CryptoStage {

    private static final Set<Category> GRAPH_CATEGORIES = Set.of(Category.MIXER, Category.INDIRECT_EXPOSURE,
            Category.LAUNDERING_PATTERN);

    private final LabelIndex labels;
    private final GraphParameters params;
    private final GraphAnalysis graph;
    private final List<ReadStats> labelStats;
    private final DailyPrices prices;
    private final List<NativeFloor> floors;

    private CryptoStage(LabelIndex labels, GraphParameters params, List<ReadStats> labelStats, DailyPrices prices,
            List<NativeFloor> floors) {
        this.labels = labels;
        this.params = params;
        this.prices = prices;
        this.floors = floors;
        this.graph = params == null ? null : new GraphAnalysis(params, labels, prices);
        this.labelStats = labelStats;
    }

    /**
     * Reads the labels and the parameter table. The table is required when a rule of a graph
     * category (MIXER, INDIRECT_EXPOSURE, LAUNDERING_PATTERN) is loaded: such rules must never run
     * silently without their analysis.
     */
    public static CryptoStage prepare(RuleBase rules, List<Path> labelFiles, ScreeningIndex index, List<Reject> rejects) {
        return prepare(rules, labelFiles, List.of(), index, rejects);
    }

    /**
     * The same with the user's daily prices files ({@code --prices}), read after the reviewed
     * table {@code rules/reference/crypto-prices.csv}.
     */
    public static CryptoStage prepare(RuleBase rules, List<Path> labelFiles, List<Path> priceFiles, ScreeningIndex index,
            List<Reject> rejects) {
        List<AddressLabel> all = new ArrayList<>();
        List<ReadStats> stats = new ArrayList<>();
        for (Path p : labelFiles) {
            stats.add(LabelsReader.read(InputFile.of(p), all::add, rejects));
        }
        return of(rules, all, index, stats, DailyPrices.load(rules.folder(), priceFiles, rejects));
    }

    /** The stage over labels already read (tests build them by hand), with the rule folder's price table. */
    public static CryptoStage of(RuleBase rules, List<AddressLabel> all, ScreeningIndex index, List<ReadStats> stats) {
        return of(rules, all, index, stats, DailyPrices.load(rules.folder(), List.of(), new ArrayList<>()));
    }

    /** The stage over labels already read and prices already loaded. */
    public static CryptoStage of(RuleBase rules, List<AddressLabel> all, ScreeningIndex index, List<ReadStats> stats,
            DailyPrices prices) {
        GraphParameters params = null;
        if (GraphParameters.present(rules.folder())) {
            params = GraphParameters.load(rules.folder());
        } else {
            List<String> needing = rules.rules().stream().filter(r -> GRAPH_CATEGORIES.contains(r.category()))
                    .map(RuleInfo::id).toList();
            if (!needing.isEmpty()) {
                throw new RuleException(List.of("rules/" + GraphParameters.FILE + ": missing, but rules "
                        + String.join(", ", needing) + " need the graph parameters it holds"));
            }
        }
        return new CryptoStage(new LabelIndex(all, index), params, stats, prices, NativeFloor.load(rules.folder()));
    }

    /**
     * Exposure, pass-through and structuring computed by {@code o} (the Spark job) instead of in
     * this JVM; before the first transfer. Nothing happens when no graph is built.
     */
    public void offload(GraphAnalysis.Offload o) {
        if (graph != null && o != null) {
            graph.offload(o);
        }
    }

    /** Whether the transfers are kept as a graph (the graph parameters are loaded). */
    public boolean buildsGraph() {
        return graph != null;
    }

    public List<ReadStats> labelStats() {
        return labelStats;
    }

    /** Read statistics of the user's prices files, for the manifest's inputs. */
    public List<ReadStats> priceStats() {
        return prices.stats();
    }

    public void registerParameters(RuleRunner runner) {
        if (params != null) {
            params.facts().forEach(runner::addSessionFact);
        }
        floors.forEach(runner::addSessionFact);
    }

    /**
     * Record-local: label hits of a transfer; and the transfer's compact row for the graph, with
     * its address keys made beforehand ({@link TransferGraph.Ends#of}, thread-safe).
     */
    public void screen(Transfer t, TransferGraph.Ends ends, List<Match> candidates, Consumer<Match> out) {
        labels.screen(t, out);
        if (graph != null) {
            graph.add(t, ends, candidates);
        }
    }

    /** The label hits of a transfer screened elsewhere (the Spark job's executors); thread-safe. */
    public void labelHits(Transfer t, Consumer<Match> out) {
        labels.screen(t, out);
    }

    /** The graph row of a transfer screened elsewhere; its listed ends come later through {@link #listed}. */
    public void graphRow(Transfer t, TransferGraph.Ends ends) {
        if (graph != null) {
            graph.add(t, ends, List.of());
        }
    }

    /** The listed ends of a transfer screened elsewhere, from its exact-screening matches (in input order). */
    public void listed(Transfer t, List<Match> found) {
        if (graph != null) {
            graph.listed(t, found);
        }
    }

    /** After reading: the graph analysis, each derived fact into the rule runner. */
    public void finish(RuleRunner runner) {
        if (graph != null) {
            graph.run(m -> runner.add(m, List.of()));
        }
    }

    public Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labels", labels.size());
        m.put("parameters_file", params == null ? null : "rules/" + GraphParameters.FILE);
        m.put("parameters", params == null ? Map.of() : params.asMap());
        m.put("analysis", graph == null ? Map.of() : counts(graph.stats()));
        if (prices.size() > 0 || (graph != null && !graph.unvaluedAssets().isEmpty())) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("table", "rules/" + DailyPrices.TABLE);
            p.put("table_rows", prices.tableRows());
            p.put("asset_days", prices.size());
            m.put("prices", p);
            m.put("without_usd_value_by_asset", graph == null ? Map.of() : graph.unvaluedAssets());
        }
        if (graph != null && !graph.unvaluedAssets().isEmpty()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("transfers", graph.unvaluedAssets().values().stream().mapToLong(Long::longValue).sum());
            n.put("assets_with_native_floor", unvaluedAssets(true));
            n.put("assets_without_native_floor", unvaluedAssets(false));
            n.put("structuring_not_placed", n.get("transfers"));
            m.put("usd_floor_not_applied", n);
        }
        return m;
    }

    /** The assets of unvalued transfers that have (or have not) a reviewed native floor. */
    private List<String> unvaluedAssets(boolean withFloor) {
        Set<String> floored = new java.util.HashSet<>();
        floors.forEach(f -> floored.add(f.asset()));
        return graph.unvaluedAssets().keySet().stream()
                .filter(a -> floored.contains(a.toUpperCase(java.util.Locale.ROOT)) == withFloor).toList();
    }

    /**
     * What the run must say out loud (summary, manifest, report banner): unlabelled addresses the
     * graph analysis treated as services, and transfers without a USD value, to which the USD floors
     * could not be applied, with what the rules did instead.
     */
    public List<String> warnings() {
        if (graph == null) {
            return List.of();
        }
        List<String> all = new ArrayList<>(graph.warnings());
        all.addAll(valuationWarnings());
        return all;
    }

    private List<String> valuationWarnings() {
        if (graph.unvaluedAssets().isEmpty()) {
            return List.of();
        }
        long total = graph.unvaluedAssets().values().stream().mapToLong(Long::longValue).sum();
        StringBuilder byAsset = new StringBuilder();
        graph.unvaluedAssets().forEach((a, n) -> byAsset.append(byAsset.isEmpty() ? "" : ", ").append(a).append(' ').append(n));
        List<String> with = unvaluedAssets(true);
        List<String> without = unvaluedAssets(false);
        StringBuilder w = new StringBuilder();
        w.append(total).append(total == 1 ? " crypto transfer has" : " crypto transfers have")
                .append(" no USD value (no amount_usd, no daily price for the day: ").append(byAsset)
                .append("), so the USD floors could not be applied to ").append(total == 1 ? "it" : "them").append(": ");
        if (!with.isEmpty()) {
            w.append("CYB-031 and CYB-033 compare native amounts instead (reviewed native floors for ").append(String.join(", ", with))
                    .append(" in rules/reference/").append(NativeFloor.FILE).append("); ");
        }
        if (!without.isEmpty()) {
            w.append("no native floor for ").append(String.join(", ", without)).append(", so CYB-031 cannot examine their receipts; ");
        }
        w.append("CYB-034 (structuring) cannot place them under its USD threshold; exposure bounds read unknown. "
                + "Value them with --prices FILE (asset,date,usd[,source]).");
        return List.of(w.toString());
    }

    /** The graph stage's timings in ms (they vary from run to run, so they go with the run's timings). */
    public Map<String, Long> timings() {
        Map<String, Long> t = new LinkedHashMap<>();
        if (graph != null) {
            graph.stats().forEach((k, v) -> {
                if (k.endsWith("_ms")) {
                    t.put("graph_" + k.substring(0, k.length() - 3), v);
                }
            });
        }
        return t;
    }

    /** The analysis' counts without its timings, so the same inputs give the same manifest section. */
    private static Map<String, Object> counts(Map<String, ?> stats) {
        Map<String, Object> m = new LinkedHashMap<>();
        stats.forEach((k, v) -> {
            if (!k.endsWith("_ms")) {
                m.put(k, v);
            }
        });
        return m;
    }
}
