package org.sanctionsmonitor.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.ingest.Reject;

/**
 * The data report.html embeds as JSON: summary counts over every finding, the findings themselves
 * (up to {@link #MAX_FINDINGS}, in the stable order, so the most severe come first), their evidence
 * with the facts of each input line stored once, exposure paths, rejected rows and the manifest.
 * What repeats across findings is stored once: the facts of each input line ({@code facts}, referred
 * to by index from the evidence) and each rule's name, file and legal basis ({@code rules}, by rule
 * ID). Every map is ordered, so the same run gives the same bytes.
 */
public final class ReportData {

    /** Findings embedded in the page; the counts and charts always cover all of them. */
    public static final int MAX_FINDINGS = 25_000;
    /** Rejected rows listed in the page (rejects.csv has them all). */
    public static final int MAX_REJECTS = 1_000;
    /** Version of this data shape, for whoever reads the embedded JSON. */
    public static final int SCHEMA = 1;

    private ReportData() {
    }

    public static Map<String, Object> of(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest) {
        return of(findings, rejects, manifest, MAX_FINDINGS, MAX_REJECTS);
    }

    static Map<String, Object> of(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest,
            int maxFindings, int maxRejects) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("summary", summary(findings, manifest));
        List<Map<String, Object>> facts = new ArrayList<>();
        Map<String, Integer> factIndex = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> rules = new TreeMap<>();
        for (Finding f : findings.subList(0, Math.min(findings.size(), maxFindings))) {
            rows.add(finding(f, facts, factIndex));
            rules.computeIfAbsent(f.ruleId(), id -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", f.ruleName());
                r.put("file", f.ruleFile());
                r.put("legal_basis", f.legalBasis());
                return r;
            });
        }
        doc.put("findings_total", findings.size());
        doc.put("findings", rows);
        doc.put("rules", rules);
        doc.put("facts", facts);
        doc.put("rejects_total", rejects.size());
        doc.put("rejects", rejects.stream()
                .sorted(java.util.Comparator.comparing(Reject::file).thenComparingLong(Reject::line))
                .limit(maxRejects)
                .map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("source", r.file() + ":" + r.line());
                    m.put("reason", r.reason());
                    m.put("raw", r.raw());
                    return m;
                }).toList());
        doc.put("manifest", stable(manifest));
        return doc;
    }

    /** The record's date (yyyy-MM-dd, UTC) from its subject's timestamp or date fact, or null. */
    static String date(Finding f) {
        for (Evidence e : f.evidence()) {
            if (!"subject".equals(e.role())) {
                continue;
            }
            for (String key : new String[] {"timestamp", "date"}) {
                String v = e.facts().get(key);
                if (v != null && v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return v.substring(0, 10);
                }
            }
        }
        return null;
    }

    private static Map<String, Object> finding(Finding f, List<Map<String, Object>> facts, Map<String, Integer> factIndex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.findingId());
        m.put("rule", f.ruleId());
        m.put("category", f.category().name());
        m.put("severity", f.severity().name());
        m.put("subject_type", f.subjectType());
        m.put("subject_id", f.subjectId());
        m.put("list", f.listSource());
        m.put("entry_id", f.listEntryId());
        m.put("entry_name", f.listEntryName());
        m.put("programs", f.programs());
        m.put("matched", f.matchedValue());
        m.put("score", f.score() == null ? null : f.scoreText());
        m.put("explanation", f.explanation());
        m.put("source", f.source().toString());
        m.put("date", date(f));
        List<Map<String, Object>> ev = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("role", e.role());
            em.put("type", e.type());
            em.put("id", e.id());
            em.put("source", e.source() == null ? null : e.source().toString());
            String key = e.source() + "\u001f" + e.type() + "\u001f" + e.id() + "\u001f" + e.facts();
            Integer idx = factIndex.get(key);
            if (idx == null) {
                idx = facts.size();
                factIndex.put(key, idx);
                facts.add(new LinkedHashMap<>(e.facts()));
            }
            em.put("facts", idx);
            ev.add(em);
        }
        m.put("evidence", ev);
        m.put("path", ExposurePath.of(f).map(ReportData::path).orElse(null));
        return m;
    }

    private static Map<String, Object> path(ExposurePath.Graph g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", g.nodes().stream().map(n -> {
            Map<String, Object> nm = new LinkedHashMap<>();
            nm.put("id", n.id());
            nm.put("kind", n.kind());
            return nm;
        }).toList());
        m.put("edges", g.edges().stream().map(e -> {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("from", e.from());
            em.put("to", e.to());
            em.put("tx", e.txId());
            em.put("amount", e.amount());
            em.put("asset", e.asset());
            em.put("timestamp", e.timestamp());
            em.put("source", e.source());
            return em;
        }).toList());
        return m;
    }

    private static Map<String, Object> summary(List<Finding> findings, Map<String, Object> manifest) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("total", findings.size());

        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        Map<Category, long[]> byCategory = new EnumMap<>(Category.class);
        Map<String, long[]> byDate = new TreeMap<>();
        Map<String, Long> byList = new TreeMap<>();
        Map<String, Map<String, Object>> byRule = new TreeMap<>();
        long undated = 0;
        int sevs = Severity.values().length;
        for (Finding f : findings) {
            int sev = f.severity().ordinal();
            bySeverity.merge(f.severity(), 1L, Long::sum);
            byCategory.computeIfAbsent(f.category(), c -> new long[sevs])[sev]++;
            byList.merge(f.listSource() == null ? "" : f.listSource(), 1L, Long::sum);
            String d = date(f);
            if (d == null) {
                undated++;
            } else {
                byDate.computeIfAbsent(d, k -> new long[sevs])[sev]++;
            }
            Map<String, Object> r = byRule.computeIfAbsent(f.ruleId(), id -> rule(id, f.ruleName(), f.category().name(),
                    f.severity().name(), f.ruleFile()));
            r.put("count", (Long) r.get("count") + 1);
        }
        for (Map<String, Object> r : catalogue(manifest)) {
            byRule.putIfAbsent(String.valueOf(r.get("id")), rule(String.valueOf(r.get("id")), String.valueOf(r.get("name")),
                    String.valueOf(r.get("category")), String.valueOf(r.get("severity")), String.valueOf(r.get("file"))));
        }

        List<Map<String, Object>> sev = new ArrayList<>();
        for (Severity v : Severity.values()) {
            sev.add(count(v.name(), bySeverity.getOrDefault(v, 0L)));
        }
        s.put("severities", List.of(Severity.values()).stream().map(Enum::name).toList());
        s.put("by_severity", sev);
        List<Map<String, Object>> cat = new ArrayList<>();
        byCategory.forEach((c, counts) -> {
            Map<String, Object> m = count(c.name(), sum(counts));
            m.put("by_severity", toList(counts));
            cat.add(m);
        });
        s.put("by_category", cat);
        List<Map<String, Object>> rules = new ArrayList<>(byRule.values());
        rules.sort(java.util.Comparator.comparing((Map<String, Object> r) -> -(Long) r.get("count"))
                .thenComparing(r -> (String) r.get("id")));
        s.put("by_rule", rules);
        List<Map<String, Object>> lists = new ArrayList<>();
        byList.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> lists.add(count(e.getKey().isEmpty() ? null : e.getKey(), e.getValue())));
        s.put("by_list", lists);
        List<Map<String, Object>> time = new ArrayList<>();
        byDate.forEach((d, counts) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", d);
            m.put("by_severity", toList(counts));
            time.add(m);
        });
        s.put("by_date", time);
        s.put("undated", undated);
        return s;
    }

    private static Map<String, Object> rule(String id, String name, String category, String severity, String file) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("category", category);
        m.put("severity", severity);
        m.put("file", file);
        m.put("count", 0L);
        return m;
    }

    /** The manifest's rule catalogue (rules.rules), if it has one. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> catalogue(Map<String, Object> manifest) {
        if (manifest.get("rules") instanceof Map<?, ?> rules && rules.get("rules") instanceof List<?> list) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("id") != null) {
                    out.add((Map<String, Object>) m);
                }
            }
            return out;
        }
        return List.of();
    }

    private static Map<String, Object> count(String key, long n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("count", n);
        return m;
    }

    private static long sum(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    private static List<Long> toList(long[] counts) {
        List<Long> l = new ArrayList<>(counts.length);
        for (long c : counts) {
            l.add(c);
        }
        return l;
    }

    /**
     * A copy whose maps iterate in a fixed order: ordered maps keep theirs, unordered ones (such as
     * {@code Map.of}, whose order changes from one JVM to the next) are sorted by key.
     */
    static Object stable(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = m instanceof LinkedHashMap<?, ?> || m instanceof SortedMap<?, ?>
                    ? new LinkedHashMap<>() : new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), stable(v)));
            return out;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(ReportData::stable).toList();
        }
        return value;
    }
}
