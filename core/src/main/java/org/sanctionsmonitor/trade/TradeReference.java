package org.sanctionsmonitor.trade;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.ingest.Values;
import org.sanctionsmonitor.normalize.Countries;
import org.sanctionsmonitor.normalize.HsCodes;
import org.sanctionsmonitor.normalize.Names;
import org.sanctionsmonitor.reference.ReferenceTable;

/**
 * The reviewed trade reference tables under {@code rules/reference/trade-*.csv}, read once per run
 * and checked (exit 3 on any problem, with file, line and column). The rows become facts that
 * every rule session holds ({@link #facts()}), and lookups the screening uses (ports by name,
 * tonne factors by the longest HS prefix, caps by HS prefix).
 */
public final class TradeReference {

    public static final String BANS = "trade-hs-bans.csv";
    public static final String CAPS = "trade-caps.csv";
    public static final String FACTORS = "trade-tonne-factors.csv";
    public static final String PORTS = "trade-ports.csv";
    public static final String DUAL_USE = "trade-dual-use.csv";
    public static final String SETTINGS = "trade-settings.csv";
    public static final String AREAS = "trade-areas.csv";

    private final List<HsBan> bans = new ArrayList<>();
    private final List<TradeCap> caps = new ArrayList<>();
    private final List<TonneFactor> factors = new ArrayList<>();
    private final List<RiskPort> ports = new ArrayList<>();
    private final List<DualUseItem> dualUse = new ArrayList<>();
    private final Map<String, TradeSetting> settings = new HashMap<>();
    private final List<WatchArea> areas = new ArrayList<>();
    private final Map<String, RiskPort> portsByName = new HashMap<>();

    private TradeReference() {
    }

    /** Reads and checks every trade table in {@code <rules>/reference/}. */
    public static TradeReference load(Path rulesFolder) {
        TradeReference r = new TradeReference();
        ReferenceTable t = ReferenceTable.load(rulesFolder, BANS,
                List.of("ban_id", "hs_prefix", "direction", "commodity", "legal_basis", "paragraph", "checked"));
        for (ReferenceRow row : t.rows()) {
            r.bans.add(new HsBan(row.key(), prefix(t, row, "hs_prefix"),
                    t.oneOf(row, "direction", Set.of(HsBan.EXPORT_FROM_KP, HsBan.SUPPLY_TO_KP)),
                    row.get("commodity"), row.get("legal_basis"), row.get("paragraph"), row.get("checked"), row));
        }
        t = ReferenceTable.load(rulesFolder, CAPS, List.of("cap_id", "hs_prefix", "product", "limit", "limit_unit",
                "near_cap_ratio", "legal_basis", "paragraph", "notify", "checked"));
        for (ReferenceRow row : t.rows()) {
            BigDecimal ratio = t.decimal(row, "near_cap_ratio");
            if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                throw t.problem(row, "near_cap_ratio", "must be above 0 and at most 1");
            }
            BigDecimal limit = t.decimal(row, "limit");
            if (limit.signum() <= 0) {
                throw t.problem(row, "limit", "must be above 0");
            }
            r.caps.add(new TradeCap(row.key(), prefix(t, row, "hs_prefix"), row.get("product"), limit,
                    t.oneOf(row, "limit_unit", Set.of("bbl", "t")), ratio, limit.multiply(ratio), row.get("legal_basis"), row.get("paragraph"),
                    "yes".equals(t.oneOf(row, "notify", Set.of("yes", "no"))), row.get("checked"), row));
        }
        t = ReferenceTable.load(rulesFolder, FACTORS, List.of("hs_prefix", "product", "bbl_per_tonne", "rationale", "checked"));
        for (ReferenceRow row : t.rows()) {
            BigDecimal f = t.decimal(row, "bbl_per_tonne");
            if (f.signum() <= 0) {
                throw t.problem(row, "bbl_per_tonne", "must be above 0");
            }
            r.factors.add(new TonneFactor(prefix(t, row, "hs_prefix"), row.get("product"), f, row.get("rationale"), row));
        }
        t = ReferenceTable.load(rulesFolder, PORTS, List.of("port_id", "name", "country", "risk", "rationale", "source", "checked"));
        for (ReferenceRow row : t.rows()) {
            String country = row.get("country");
            if (Countries.code(country).isEmpty()) {
                throw t.problem(row, "country", "'" + country + "' is not a known country");
            }
            RiskPort p = new RiskPort(row.key(), row.get("name"), Values.multi(row.get("aliases")),
                    Countries.code(country).orElseThrow(),
                    t.oneOf(row, "risk", Set.of(RiskPort.DPRK_PORT, RiskPort.TRANSSHIPMENT_HUB)), row.get("rationale"), row);
            r.ports.add(p);
            List<String> names = new ArrayList<>(p.aliases());
            names.add(0, p.name());
            for (String n : names) {
                RiskPort prev = r.portsByName.putIfAbsent(Names.normalize(n), p);
                if (prev != null && prev != p) {
                    throw t.problem(row, "aliases", "'" + n + "' is also a name of port " + prev.portId());
                }
            }
        }
        t = ReferenceTable.load(rulesFolder, DUAL_USE, List.of("item_id", "hs_prefix", "description", "legal_basis", "checked"));
        for (ReferenceRow row : t.rows()) {
            r.dualUse.add(new DualUseItem(row.key(), prefix(t, row, "hs_prefix"), row.get("description"), row.get("legal_basis"), row));
        }
        t = ReferenceTable.load(rulesFolder, SETTINGS, List.of("key", "value", "unit", "rationale", "checked"));
        for (ReferenceRow row : t.rows()) {
            r.settings.put(row.key(), new TradeSetting(row.key(), t.decimal(row, "value"), row.get("unit"), row));
        }
        for (String required : List.of(TradeSetting.AIS_GAP_HOURS, TradeSetting.VESSEL_NAME_MATCH_SCORE)) {
            if (!r.settings.containsKey(required)) {
                throw new RuleException(List.of("rules/reference/" + SETTINGS + ":0:0 missing the setting '" + required + "'"));
            }
        }
        BigDecimal score = r.setting(TradeSetting.VESSEL_NAME_MATCH_SCORE);
        if (score.signum() <= 0 || score.compareTo(BigDecimal.ONE) >= 0) {
            throw t.problem(r.settings.get(TradeSetting.VESSEL_NAME_MATCH_SCORE).row(), "value",
                    "a name-only match must score above 0 and below 1");
        }
        t = ReferenceTable.load(rulesFolder, AREAS, List.of("area_id", "name", "min_lat", "max_lat", "min_lon", "max_lon", "rationale", "checked"));
        for (ReferenceRow row : t.rows()) {
            WatchArea a = new WatchArea(row.key(), row.get("name"), t.decimal(row, "min_lat"), t.decimal(row, "max_lat"),
                    t.decimal(row, "min_lon"), t.decimal(row, "max_lon"), row);
            if (a.minLat().compareTo(a.maxLat()) > 0 || a.minLon().compareTo(a.maxLon()) > 0
                    || a.minLat().abs().compareTo(BigDecimal.valueOf(90)) > 0 || a.maxLat().abs().compareTo(BigDecimal.valueOf(90)) > 0
                    || a.minLon().abs().compareTo(BigDecimal.valueOf(180)) > 0 || a.maxLon().abs().compareTo(BigDecimal.valueOf(180)) > 0) {
                throw t.problem(row, "min_lat", "the box must have min <= max, latitudes within ±90 and longitudes within ±180");
            }
            r.areas.add(a);
        }
        return r;
    }

    private static String prefix(ReferenceTable t, ReferenceRow row, String column) {
        String d = HsCodes.digits(row.get(column));
        if (d == null) {
            throw t.problem(row, column, "'" + row.get(column) + "' is not an HS code prefix (2 to 12 digits, dots allowed)");
        }
        return d;
    }

    /** Every reference row as a fact, for the rule sessions: bans, caps, ports, dual-use items, settings, areas. */
    public List<Object> facts() {
        List<Object> all = new ArrayList<>();
        all.addAll(bans);
        all.addAll(caps);
        all.addAll(factors);
        all.addAll(ports);
        all.addAll(dualUse);
        all.addAll(settings.values().stream().sorted(java.util.Comparator.comparing(TradeSetting::key)).toList());
        all.addAll(areas);
        return all;
    }

    public List<HsBan> bans() {
        return List.copyOf(bans);
    }

    public List<TradeCap> caps() {
        return List.copyOf(caps);
    }

    public List<WatchArea> areas() {
        return List.copyOf(areas);
    }

    public BigDecimal setting(String key) {
        return settings.get(key).value();
    }

    /** The high-risk port a port name refers to (by normalised name or alias), or null. */
    public RiskPort port(String name) {
        return name == null ? null : portsByName.get(Names.normalize(name));
    }

    /** The caps that cover an HS code (by prefix), in table order. */
    public List<TradeCap> capsFor(String hsCode) {
        return caps.stream().filter(c -> HsCodes.covers(c.hsPrefix(), hsCode)).toList();
    }

    /** The barrels-per-tonne factor of the longest prefix covering the code, or null. */
    public TonneFactor tonneFactor(String hsCode) {
        TonneFactor best = null;
        for (TonneFactor f : factors) {
            if (HsCodes.covers(f.hsPrefix(), hsCode) && (best == null || f.hsPrefix().length() > best.hsPrefix().length())) {
                best = f;
            }
        }
        return best;
    }
}
