package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanctionsmonitor.engine.RuleInfo;

/**
 * Which reviewed tables, and which rows of them, each rule reads: directly (a
 * {@code Parameter(name == "x")} or {@code TradeSetting(key == "x")} pattern in its DRL; a fact
 * that is a table row, such as {@code HsBan}) or through the candidate facts Java makes with a
 * table (a {@code NameMatch} is scored with name-matching.csv; an {@code Exposure} is followed as
 * far as graph-parameters.csv says). A read is {@code table} (every row) or {@code table:key} (one
 * row). {@code rules list} prints them, and the impact of a baseline marks a rule "reference
 * changed" when a row it reads changed.
 *
 * <p>A fact type that Java makes with a reference table is registered in {@link #FACT_READS}, in
 * this one place; a fact type not named there reads no table.
 */
public final class RuleReads {

    /** The graph parameters each pattern detector uses (its thresholds and windows), by pattern. */
    private static final Map<String, List<String>> PATTERN_PARAMETERS = Map.of(
            "PASS_THROUGH", List.of("pass_through_window_minutes", "pass_through_min_ratio", "pass_through_min_usd"),
            "PEEL_CHAIN", List.of("peel_window_hours", "peel_main_min_ratio", "peel_min_hops"),
            "FAN_OUT_FAN_IN", List.of("fan_window_hours", "fan_min_branches"),
            "CHAIN_HOP", List.of("chain_hop_window_hours", "chain_hop_amount_tolerance"),
            "STRUCTURING", List.of("structuring_threshold_usd", "structuring_margin", "structuring_window_hours",
                    "structuring_min_count"),
            "MIXER_ROUND_TRIP", List.of("mixer_round_trip_window_hours"));

    private static List<String> pattern(String name) {
        return PATTERN_PARAMETERS.get(name).stream().map(p -> "graph-parameters:" + p).toList();
    }

    /** Fact type (simple name, as the DRL writes it) → the tables and rows Java reads to make it. */
    static final Map<String, List<String>> FACT_READS = Map.ofEntries(
            Map.entry("NameMatch", List.of("name-matching")),
            Map.entry("Exposure", List.of("graph-parameters:exposure_max_hops", "graph-parameters:exposure_lookback_days",
                    "graph-parameters:exposure_stop_label_types")),
            // one typed fact per pattern (and the generic PatternCandidate, by its pattern == "X")
            Map.entry("PassThrough", pattern("PASS_THROUGH")),
            Map.entry("PeelChain", pattern("PEEL_CHAIN")),
            Map.entry("FanOutFanIn", pattern("FAN_OUT_FAN_IN")),
            Map.entry("ChainHop", pattern("CHAIN_HOP")),
            Map.entry("Structuring", pattern("STRUCTURING")),
            Map.entry("MixerRoundTrip", pattern("MIXER_ROUND_TRIP")),
            Map.entry("HsBan", List.of("trade-hs-bans")),
            Map.entry("DualUseItem", List.of("trade-dual-use")),
            Map.entry("RoutedPort", List.of("trade-ports")),
            Map.entry("InArea", List.of("trade-areas")),
            Map.entry("CapTally", List.of("trade-caps", "trade-tonne-factors")),
            Map.entry("EventVesselMatch", List.of("trade-settings:vessel_name_match_score")));

    /** Row patterns in the DRL: fact type and the key field that names one row of its table. */
    private static final Map<String, String> ROW_FACTS = Map.of("Parameter", "graph-parameters", "TradeSetting", "trade-settings");

    private static final Pattern ROW = Pattern.compile("\\b(Parameter|TradeSetting)\\s*\\(\\s*(?:name|key)\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern FACT = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\s*\\(");
    private static final Pattern PATTERN_CANDIDATE = Pattern.compile("\\bPatternCandidate\\s*\\(\\s*pattern\\s*==\\s*\"([A-Z_]+)\"");

    private RuleReads() {
    }

    /** What the rule reads, sorted: {@code table} or {@code table:key}. */
    public static List<String> of(Path rulesFolder, RuleInfo rule) {
        String drl;
        try {
            drl = Files.readString(rulesFolder.resolve(rule.file()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(drl);
    }

    /** What a rule file's text reads (comments ignored). */
    static List<String> of(String drl) {
        String code = drl.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
        TreeSet<String> out = new TreeSet<>();
        Matcher m = ROW.matcher(code);
        while (m.find()) {
            out.add(ROW_FACTS.get(m.group(1)) + ":" + m.group(2));
        }
        Matcher pc = PATTERN_CANDIDATE.matcher(code);
        while (pc.find()) {
            out.addAll(PATTERN_PARAMETERS.containsKey(pc.group(1)) ? pattern(pc.group(1)) : List.of("graph-parameters"));
        }
        Matcher f = FACT.matcher(code);
        while (f.find()) {
            out.addAll(FACT_READS.getOrDefault(f.group(1), List.of()));
        }
        // a whole table covers its rows
        List<String> covered = new ArrayList<>();
        for (String r : out) {
            int colon = r.indexOf(':');
            if (colon > 0 && out.contains(r.substring(0, colon))) {
                covered.add(r);
            }
        }
        out.removeAll(covered);
        return List.copyOf(out);
    }

    /** True when a rule reading {@code reads} reads row {@code key} of {@code table}. */
    public static boolean reads(List<String> reads, String table, String key) {
        return reads.contains(table) || reads.contains(table + ":" + key);
    }

    /** The reads as one line: tables in full, and per table the rows read ({@code graph-parameters: a, b}). */
    public static String describe(List<String> reads) {
        Map<String, List<String>> byTable = new java.util.TreeMap<>();
        for (String r : reads) {
            int colon = r.indexOf(':');
            String table = colon < 0 ? r : r.substring(0, colon);
            List<String> keys = byTable.computeIfAbsent(table, t -> new ArrayList<>());
            if (colon >= 0) {
                keys.add(r.substring(colon + 1));
            }
        }
        List<String> parts = new ArrayList<>();
        byTable.forEach((t, keys) -> parts.add(keys.isEmpty() ? t + ".csv" : t + ".csv: " + String.join(", ", keys)));
        return parts.isEmpty() ? "-" : String.join("; ", parts);
    }
}
