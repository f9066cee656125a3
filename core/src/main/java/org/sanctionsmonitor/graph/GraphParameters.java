package org.sanctionsmonitor.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sanctionsmonitor.finding.Parameter;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.reference.ReferenceTable;

/**
 * The graph analysis' depths, windows, ratios and amounts, read from the reviewed table
 * {@code rules/reference/graph-parameters.csv} (columns {@code name,value,unit,legal_basis,rationale}).
 * Every name the analysis needs must be present with a usable value, a legal basis and a
 * rationale; a problem is a rule problem (exit 3), reported as
 * {@code rules/reference/graph-parameters.csv:line message}. The table is read by the one
 * reference-table reader ({@link ReferenceTable}); this class only maps its rows.
 */
public final class GraphParameters {

    public static final String FILE = "reference/graph-parameters.csv";

    /** Names and whether the value is a number (all but the label-type list). */
    static final List<String> NUMERIC = List.of(
            "exposure_max_hops", "exposure_lookback_days", "mixer_round_trip_window_hours", "mixer_round_trip_horizon_hours",
            "pass_through_window_minutes", "pass_through_min_ratio", "pass_through_min_usd",
            "peel_window_hours", "peel_main_min_ratio", "peel_min_hops", "fan_window_hours", "fan_min_branches",
            "chain_hop_window_hours", "chain_hop_amount_tolerance", "structuring_threshold_usd", "structuring_margin",
            "structuring_window_hours", "structuring_min_count", "hub_fanout", "hub_window_hours", "chain_hop_horizon_hours",
            "fan_source_hub_transfers", "chain_hop_amount_horizon", "service_like_floor",
            "structuring_search_floor_usd", "structuring_search_ceiling_usd", "structuring_horizon_hours", "fan_horizon_hours",
            "pass_through_horizon_minutes", "pass_through_ratio_floor", "peel_horizon_hours", "peel_main_ratio_floor");
    static final List<String> TEXT = List.of("exposure_stop_label_types");

    /**
     * The rows that are search horizons or floors of the analysis (how far Java looks, which
     * transfers it follows), not thresholds a rule decides with: a baseline folder that predates one
     * is run with the current folder's value ({@code check --baseline-rules}).
     */
    public static final java.util.Set<String> HORIZONS = java.util.Set.of("mixer_round_trip_horizon_hours",
            "chain_hop_horizon_hours", "fan_source_hub_transfers", "chain_hop_amount_horizon", "service_like_floor",
            "structuring_search_floor_usd", "structuring_search_ceiling_usd", "structuring_horizon_hours", "fan_horizon_hours",
            "pass_through_horizon_minutes", "pass_through_ratio_floor", "peel_horizon_hours", "peel_main_ratio_floor");

    /** Every row the analysis requires, numeric and text. */
    public static List<String> required() {
        List<String> all = new ArrayList<>(NUMERIC);
        all.addAll(TEXT);
        return List.copyOf(all);
    }

    private final Map<String, Parameter> byName;

    public GraphParameters(Map<String, Parameter> byName) {
        this.byName = org.sanctionsmonitor.model.Facts.frozen(byName);
    }

    /** True when the rule folder has the table. */
    public static boolean present(Path rulesFolder) {
        return Files.isRegularFile(rulesFolder.resolve(FILE));
    }

    public static GraphParameters load(Path rulesFolder) {
        ReferenceTable t = ReferenceTable.load(rulesFolder, "graph-parameters.csv",
                List.of("name", "value", "unit", ReferenceTable.LEGAL_BASIS, ReferenceTable.RATIONALE));
        String shown = t.display();
        Map<String, Parameter> m = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ReferenceRow row : t.rows()) {
            long line = row.source().line();
            String name = row.key();
            String value = row.get("value");
            double n = Double.NaN;
            if (NUMERIC.contains(name)) {
                try {
                    n = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    problems.add(shown + ":" + line + " parameter '" + name + "': '" + value + "' is not a number");
                    continue;
                }
                if (!(n >= 0) || Double.isInfinite(n)) {
                    problems.add(shown + ":" + line + " parameter '" + name + "': " + value + " must be a non-negative number");
                }
            }
            m.put(name, new Parameter(name, value, n, row.get("unit"), shown, line));
        }
        for (String name : NUMERIC) {
            if (!m.containsKey(name)) {
                problems.add(shown + ": parameter '" + name + "' is missing");
            }
        }
        for (String name : TEXT) {
            if (!m.containsKey(name)) {
                problems.add(shown + ": parameter '" + name + "' is missing");
            }
        }
        if (m.containsKey("exposure_max_hops") && m.get("exposure_max_hops").number() < 2) {
            problems.add(shown + ": exposure_max_hops must be at least 2 (hop 1 is a direct transfer)");
        }
        horizon(m, shown, "mixer_round_trip_window_hours", "mixer_round_trip_horizon_hours", problems);
        horizon(m, shown, "chain_hop_window_hours", "chain_hop_horizon_hours", problems);
        horizon(m, shown, "chain_hop_amount_tolerance", "chain_hop_amount_horizon", problems);
        horizon(m, shown, "structuring_window_hours", "structuring_horizon_hours", problems);
        horizon(m, shown, "fan_window_hours", "fan_horizon_hours", problems);
        horizon(m, shown, "pass_through_window_minutes", "pass_through_horizon_minutes", problems);
        floor(m, shown, "pass_through_min_ratio", "pass_through_ratio_floor", "keeps no receipt under it", problems);
        horizon(m, shown, "peel_window_hours", "peel_horizon_hours", problems);
        floor(m, shown, "peel_main_min_ratio", "peel_main_ratio_floor", "measures no step under it", problems);
        horizon(m, shown, "structuring_threshold_usd", "structuring_search_ceiling_usd", problems);
        if (m.containsKey("structuring_threshold_usd") && m.containsKey("structuring_margin")
                && m.containsKey("structuring_search_floor_usd")) {
            Parameter thr = m.get("structuring_threshold_usd");
            Parameter margin = m.get("structuring_margin");
            Parameter floor = m.get("structuring_search_floor_usd");
            if (thr.number() * (1 - margin.number()) < floor.number()) {
                problems.add(shown + ":" + margin.line() + " parameter 'structuring_margin': " + margin.value()
                        + " puts the low end of the band (structuring_threshold_usd " + thr.value() + " times 1 minus the margin) below"
                        + " the search floor structuring_search_floor_usd (" + floor.value() + ", line " + floor.line()
                        + "); the analysis measures no transfer under it");
            }
        }
        if (m.containsKey("hub_fanout") && m.containsKey("service_like_floor")
                && m.get("hub_fanout").number() < m.get("service_like_floor").number()) {
            Parameter hub = m.get("hub_fanout");
            Parameter floor = m.get("service_like_floor");
            problems.add(shown + ":" + hub.line() + " parameter 'hub_fanout': " + hub.value() + " is below the search floor"
                    + " service_like_floor (" + floor.value() + ", line " + floor.line() + "); the analysis measures no address at or under it");
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return new GraphParameters(m);
    }

    /** A rule's ratio must not lie under the search floor Java measures from. */
    private static void floor(Map<String, Parameter> m, String shown, String ratio, String floor, String why, List<String> problems) {
        Parameter r = m.get(ratio);
        Parameter f = m.get(floor);
        if (r != null && f != null && r.number() < f.number()) {
            problems.add(shown + ":" + r.line() + " parameter '" + ratio + "': " + r.value() + " is below the search floor " + floor
                    + " (" + f.value() + ", line " + f.line() + "); the analysis " + why);
        }
    }

    /**
     * A rule's window (or tolerance) must lie within the search horizon Java measures up to: a wider one would
     * admit pairs the analysis never looked for, so it is refused rather than silently cut.
     */
    private static void horizon(Map<String, Parameter> m, String shown, String window, String horizon, List<String> problems) {
        Parameter w = m.get(window);
        Parameter h = m.get(horizon);
        if (w != null && h != null && w.number() > h.number()) {
            problems.add(shown + ":" + w.line() + " parameter '" + window + "': " + w.value() + " exceeds the search horizon "
                    + horizon + " (" + h.value() + ", line " + h.line() + "); the analysis measures nothing beyond it");
        }
    }

    public double number(String name) {
        Parameter p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return p.number();
    }

    public Set<String> labelSet(String name) {
        Parameter p = byName.get(name);
        Set<String> s = new TreeSet<>();
        Arrays.stream(p.value().split(";")).map(x -> x.strip().toLowerCase(Locale.ROOT)).filter(x -> !x.isEmpty()).forEach(s::add);
        return s;
    }

    /** The parameters as facts for rule sessions, in file order. */
    public List<Parameter> facts() {
        return List.copyOf(byName.values().stream().sorted((a, b) -> Long.compare(a.line(), b.line())).toList());
    }

    /** name → value, for the manifest. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        facts().forEach(p -> m.put(p.name(), p.value()));
        return m;
    }
}
