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
            "PASS_THROUGH", List.of("pass_through_window_minutes", "pass_through_min_ratio", "pass_through_min_usd", "hub_fanout",
                    "pass_through_horizon_minutes", "pass_through_ratio_floor"),
            "PEEL_CHAIN", List.of("peel_window_hours", "peel_main_min_ratio", "peel_min_hops", "peel_horizon_hours",
                    "peel_main_ratio_floor"),
            "FAN_OUT_FAN_IN", List.of("fan_window_hours", "fan_min_branches", "hub_fanout", "fan_source_hub_transfers",
                    "fan_horizon_hours"),
            "CHAIN_HOP", List.of("chain_hop_window_hours", "chain_hop_amount_tolerance", "chain_hop_horizon_hours",
                    "chain_hop_amount_horizon"),
            "STRUCTURING", List.of("structuring_threshold_usd", "structuring_margin", "structuring_window_hours",
                    "structuring_min_count", "structuring_search_floor_usd", "structuring_search_ceiling_usd",
                    "structuring_horizon_hours"),
            "MIXER_ROUND_TRIP", List.of("mixer_round_trip_window_hours", "mixer_round_trip_horizon_hours"));

    /**
     * The daily USD prices that value a transfer without {@code amount_usd}: every fact measured in
     * USD on the transfer graph (a pattern's value, an exposure path's amounts) reads them.
     */
    private static final String PRICES = "crypto-prices";

    private static List<String> pattern(String name) {
        List<String> out = new ArrayList<>(PATTERN_PARAMETERS.get(name).stream().map(p -> "graph-parameters:" + p).toList());
        out.add(PRICES);
        return List.copyOf(out);
    }

    /**
     * The graph parameters that bound how far exposure (to a listed address or to hack proceeds) is
     * followed: its depth and look-back, the services and hubs that stop it, and the chain-hop
     * link (window and tolerance) that carries it from a bridge deposit to its withdrawal.
     */
    private static final List<String> EXPOSURE = List.of("graph-parameters:exposure_max_hops",
            "graph-parameters:exposure_lookback_days", "graph-parameters:exposure_stop_label_types", "graph-parameters:hub_fanout",
            "graph-parameters:hub_window_hours", "graph-parameters:chain_hop_window_hours",
            "graph-parameters:chain_hop_amount_tolerance", PRICES);

    /**
     * The tables a name is scored with (NameMatchingConfig): the weights and floor, the word
     * equivalences, the Han readings, the script spellings, the attested names and English words. The bands are name-parameters rows
     * the rules compare with themselves.
     */
    private static final List<String> NAMES = List.of("name-matching", "name-equivalences", "han-korean-readings", "han-wade-giles",
            "han-mandarin-readings", "han-cantonese-readings", "han-cantonese-spellings", "name-script-words",
            "name-script-translations", "name-cyrillic-loanwords", "name-attested", "name-english-words");

    /**
     * Tables that concern the lists rather than the rules (which lists are fetched, how old a list
     * may be): no rule reads them, and a change to them marks no rule.
     */
    static final List<String> LIST_TABLES = List.of("list-settings", "list-sources");

    /** Fact type (simple name, as the DRL writes it) → the tables and rows Java reads to make it. */
    static final Map<String, List<String>> FACT_READS = Map.ofEntries(
            Map.entry("NameMatch", NAMES),
            Map.entry("OwnershipMatch", NAMES),
            Map.entry("OwnershipTest", List.of("ownership-regimes")),
            Map.entry("Exposure", EXPOSURE),
            Map.entry("HackProceeds", EXPOSURE),
            Map.entry("NativeFloor", List.of("crypto-native-floors")),
            Map.entry("ServiceLikeAddress", List.of("graph-parameters:hub_fanout", "graph-parameters:hub_window_hours",
                    "graph-parameters:service_like_floor")),
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

    /**
     * Row patterns in the DRL: fact type and the key field that names one row of its table. A
     * {@code Parameter} is a row of name-parameters.csv when its name starts with {@code name_}
     * (the name rules' parameters), else of graph-parameters.csv.
     */
    private static final Map<String, String> ROW_FACTS = Map.of("Parameter", "graph-parameters", "TradeSetting", "trade-settings");

    private static String rowTable(String fact, String key) {
        return "Parameter".equals(fact) && key.startsWith("name_") ? "name-parameters" : ROW_FACTS.get(fact);
    }

    /**
     * Thresholds that are a column of a table row rather than a {@code Parameter} or
     * {@code TradeSetting} row: what in a rule's {@code when} compares a measured value with such a
     * column, and the threshold's name ({@code table.column}, as {@code straddles} names it in a
     * scenario case). A new table whose column decides a finding is registered here, so that its
     * rules need cases straddling it.
     */
    private static final List<Map.Entry<Pattern, String>> ROW_THRESHOLDS = List.of(
            Map.entry(Pattern.compile("\\bcap\\.limit\\b"), "trade-caps.limit"),
            Map.entry(Pattern.compile("\\bcap\\.nearThreshold\\b"), "trade-caps.near_cap_ratio"),
            Map.entry(Pattern.compile("\\bminShare\\b"), "ownership-regimes.min_share"),
            Map.entry(Pattern.compile("\\breviewShare\\b"), "ownership-regimes.review_share"),
            Map.entry(Pattern.compile("\\bNativeFloor\\s*\\([^)]*\\bamount\\b"), "crypto-native-floors.min_amount"));

    /** The condition of a rule: from the line {@code when} to the line {@code then}. */
    private static final Pattern WHEN = Pattern.compile("(?ms)^\\s*when\\b(.*?)^\\s*then\\b");

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

    /**
     * The thresholds the rule's DRL compares a measured value with: the keys of its
     * {@code Parameter(name == "x")} and {@code TradeSetting(key == "x")} patterns, in file order,
     * then the table columns of {@link #ROW_THRESHOLDS} its condition compares with
     * ({@code trade-caps.limit}, ...). Each needs scenario cases that straddle it (rules/tests).
     */
    public static List<String> comparedParameters(Path rulesFolder, RuleInfo rule) {
        try {
            return comparedParameters(Files.readString(rulesFolder.resolve(rule.file()), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The thresholds a rule file's text compares a measured value with (comments ignored). */
    static List<String> comparedParameters(String drl) {
        String code = drl.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        Matcher m = ROW.matcher(code);
        while (m.find()) {
            out.add(m.group(2));
        }
        StringBuilder conditions = new StringBuilder();
        Matcher w = WHEN.matcher(code);
        while (w.find()) {
            conditions.append(w.group(1)).append('\n');
        }
        for (Map.Entry<Pattern, String> t : ROW_THRESHOLDS) {
            if (t.getKey().matcher(conditions).find()) {
                out.add(t.getValue());
            }
        }
        return List.copyOf(out);
    }

    /** What a rule file's text reads (comments ignored). */
    static List<String> of(String drl) {
        String code = drl.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
        TreeSet<String> out = new TreeSet<>();
        Matcher m = ROW.matcher(code);
        while (m.find()) {
            out.add(rowTable(m.group(1), m.group(2)) + ":" + m.group(2));
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
