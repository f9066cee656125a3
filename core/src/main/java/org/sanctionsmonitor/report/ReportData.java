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
import java.util.function.Function;

import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.finding.SortedFindings;
import org.sanctionsmonitor.ingest.Reject;

/**
 * The data report.html embeds as JSON: summary counts over every finding, the findings themselves
 * (up to {@link #MAX_FINDINGS}, in the stable order, so the most severe come first), their evidence
 * with the facts of each input line stored once, exposure paths, rejected rows and the manifest.
 * What repeats across findings is stored once: the facts of each input line ({@code facts}, referred
 * to by index from the evidence) and each rule's name, file and legal basis ({@code rules}, by rule
 * ID). Every map is ordered, so the same run gives the same bytes.
 *
 * <p>Schema 2 is compact, so 25,000 findings stay well under 20 MB: a finding is an array of the
 * values named in {@code finding_fields}; the few-valued ones (category, severity, subject type,
 * list, rule, programs, matched field, status, and an evidence item's role and type) are indexes
 * into {@code dict}, and a file:line is {@code [index of the file in dict, line]}; an evidence item
 * is {@code [role, type, id, source, facts index]}, with type, id and source null for the subject's
 * own record (they are the finding's); a fact set is {@code [index into fact_keys, value, value, ...]} (its field names
 * stored once per shape in {@code fact_keys}); and an exposure path is the kinds of its nodes
 * (start, hop, listed) in the order {@link ExposurePath} gives them, the page drawing the edges from
 * the finding's path evidence as {@link ExposurePath#of} does.
 */
public final class ReportData {

    /** Findings embedded in the page; the counts and charts always cover all of them. */
    public static final int MAX_FINDINGS = 25_000;
    /** Rejected rows listed in the page (rejects.csv has them all). */
    public static final int MAX_REJECTS = 1_000;
    /** Version of this data shape, for whoever reads the embedded JSON. */
    public static final int SCHEMA = 2;
    /** The values of an embedded finding, in order. */
    public static final List<String> FINDING_FIELDS = List.of("id", "rule", "category", "severity", "subject_type",
            "subject_id", "list", "entry_id", "entry_name", "programs", "matched", "score", "explanation", "source", "date",
            "field", "status", "evidence", "path");

    private ReportData() {
    }

    public static Map<String, Object> of(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest) {
        return of(findings, rejects, manifest, Triage.NONE);
    }

    public static Map<String, Object> of(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest,
            Triage triage) {
        return of(findings, rejects, manifest, triage, MAX_FINDINGS, MAX_REJECTS);
    }

    static Map<String, Object> of(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest,
            int maxFindings, int maxRejects) {
        return of(findings, rejects, manifest, Triage.NONE, maxFindings, maxRejects);
    }

    /** With the most findings to embed (--report-max-findings); the counts and charts still cover every finding. */
    public static Map<String, Object> of(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest,
            Triage triage, int maxFindings) {
        return of(findings, rejects, manifest, triage, maxFindings, MAX_REJECTS);
    }

    static Map<String, Object> of(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest,
            Triage triage, int maxFindings, int maxRejects) {
        return of(SortedFindings.of(findings), rejects, manifest, triage, maxFindings, maxRejects);
    }

    /**
     * From a run's findings read one at a time (in memory or from disk): one reading for the
     * counts and charts, one for the first {@code maxFindings}, which alone are held.
     */
    public static Map<String, Object> of(SortedFindings findings, List<Reject> rejects, Map<String, Object> manifest,
            Triage triage, int maxFindings) {
        return of(findings, rejects, manifest, triage, maxFindings, MAX_REJECTS);
    }

    static Map<String, Object> of(SortedFindings findings, List<Reject> rejects, Map<String, Object> manifest,
            Triage triage, int maxFindings, int maxRejects) {
        Function<String, String> status = triage.status();
        boolean withStatus = triage.previous() != null || manifest.containsKey("previous");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("summary", summary(findings, manifest, status, withStatus));
        Facts facts = new Facts();
        Dict dict = new Dict();
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Object> rules = new TreeMap<>();
        try (SortedFindings.Cursor c = findings.open()) {
          for (int i = 0; i < maxFindings && c.hasNext(); i++) {
            Finding f = c.next();
            rows.add(finding(f, status.apply(f.findingId()), facts, dict));
            rules.computeIfAbsent(f.ruleId(), id -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", f.ruleName());
                r.put("file", f.ruleFile());
                r.put("legal_basis", f.legalBasis());
                return r;
            });
          }
        }
        doc.put("findings_total", findings.size());
        doc.put("finding_fields", FINDING_FIELDS);
        doc.put("findings", rows);
        doc.put("rules", rules);
        doc.put("dict", dict.values);
        doc.put("fact_keys", facts.keyLists);
        doc.put("facts", facts.rows);
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
        doc.put("previous", previous(triage, maxRejects));
        doc.put("suppressed_total", triage.suppressed().size());
        doc.put("suppressed", triage.suppressed().stream().limit(maxRejects).map(ReportData::suppressed).toList());
        doc.put("manifest", stable(manifest));
        return doc;
    }

    /** The comparison with the previous run: counts and the first resolved findings; null without --previous. */
    private static Map<String, Object> previous(Triage triage, int maxResolved) {
        PreviousRun.Comparison c = triage.previous();
        if (c == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>(c.toManifest());
        m.put("resolved_rows", c.resolved().stream().limit(maxResolved).map(r -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", r.get("finding_id"));
            x.put("rule", r.get("rule_id"));
            x.put("rule_name", r.get("rule_name"));
            x.put("severity", r.get("severity"));
            x.put("subject_type", r.get("subject_type"));
            x.put("subject_id", r.get("subject_id"));
            x.put("list", r.get("list_source"));
            x.put("entry_id", r.get("list_entry_id"));
            x.put("entry_name", r.get("list_entry_name"));
            x.put("matched", r.get("matched_value"));
            x.put("explanation", r.get("explanation"));
            x.put("resolution", r.get("resolution"));
            return x;
        }).toList());
        return m;
    }

    private static Map<String, Object> suppressed(Triage.SuppressedFinding s) {
        Finding f = s.finding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.findingId());
        m.put("rule", f.ruleId());
        m.put("severity", f.severity().name());
        m.put("subject_type", f.subjectType());
        m.put("subject_id", f.subjectId());
        m.put("list", f.listSource());
        m.put("entry_id", f.listEntryId());
        m.put("entry_name", f.listEntryName());
        m.put("matched", f.matchedValue());
        m.put("explanation", f.explanation());
        m.put("source", f.source().toString());
        m.put("reason", s.reason());
        m.put("reviewer", s.reviewer());
        m.put("expires", s.expires());
        m.put("suppression", s.source());
        return m;
    }

    /** The record's date (yyyy-MM-dd, UTC) from its subject's timestamp or date fact, or null. */
    static String date(Finding f) {
        return FindingFields.recordDate(f);
    }

    /** The fact sets of the embedded evidence, each stored once, with their field names stored once per shape. */
    private static final class Facts {
        final List<List<Object>> rows = new ArrayList<>();
        final List<List<String>> keyLists = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<List<String>, Integer> keyIndex = new HashMap<>();

        int add(Evidence e) {
            String key = e.source() + "\u001f" + e.type() + "\u001f" + e.id() + "\u001f" + e.facts();
            Integer idx = index.get(key);
            if (idx == null) {
                List<String> keys = List.copyOf(e.facts().keySet());
                Integer k = keyIndex.get(keys);
                if (k == null) {
                    k = keyLists.size();
                    keyIndex.put(keys, k);
                    keyLists.add(keys);
                }
                List<Object> row = new ArrayList<>(keys.size() + 1);
                row.add(k);
                row.addAll(e.facts().values());
                idx = rows.size();
                index.put(key, idx);
                rows.add(row);
            }
            return idx;
        }
    }

    /** Strings that repeat across findings, stored once; a value is its index. */
    private static final class Dict {
        final List<String> values = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        Integer of(String s) {
            return s == null ? null : index.computeIfAbsent(s, k -> {
                values.add(k);
                return values.size() - 1;
            });
        }

        List<Object> of(org.sanctionsmonitor.model.Provenance p) {
            return p == null ? null : java.util.Arrays.asList(of(p.file()), p.line());
        }
    }

    private static List<Object> finding(Finding f, String status, Facts facts, Dict dict) {
        List<Object> m = new ArrayList<>(FINDING_FIELDS.size());
        m.add(f.findingId());
        m.add(dict.of(f.ruleId()));
        m.add(dict.of(f.category().name()));
        m.add(dict.of(f.severity().name()));
        m.add(dict.of(f.subjectType()));
        m.add(f.subjectId());
        m.add(dict.of(f.listSource()));
        m.add(f.listEntryId());
        m.add(f.listEntryName());
        m.add(dict.of(f.programs()));
        m.add(f.matchedValue());
        m.add(f.score() == null ? null : f.scoreText());
        m.add(f.explanation());
        m.add(dict.of(f.source()));
        m.add(date(f));
        m.add(dict.of(FindingFields.matchedField(f)));
        m.add(dict.of(status));
        List<List<Object>> ev = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            boolean own = "subject".equals(e.role()) && java.util.Objects.equals(e.type(), f.subjectType())
                    && java.util.Objects.equals(e.id(), f.subjectId()) && java.util.Objects.equals(e.source(), f.source());
            List<Object> em = new ArrayList<>(5);
            em.add(dict.of(e.role()));
            em.add(own ? null : dict.of(e.type()));
            em.add(own ? null : e.id());
            em.add(own ? null : dict.of(e.source()));
            em.add(facts.add(e));
            ev.add(em);
        }
        m.add(ev);
        m.add(ExposurePath.of(f).map(ReportData::pathKinds).orElse(null));
        return m;
    }

    /**
     * An exposure path as the kinds of its nodes; an ownership chain as {@code {"type": "ownership",
     * "kinds": [...]}}, the page drawing its links from the finding's ownership evidence.
     */
    private static Object pathKinds(ExposurePath.Graph g) {
        List<String> kinds = g.nodes().stream().map(ExposurePath.Node::kind).toList();
        if (!ExposurePath.OWNERSHIP.equals(g.type())) {
            return kinds;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", g.type());
        m.put("kinds", kinds);
        return m;
    }

    /** Top list entries by findings in the summary (the cases section of the page lists them all). */
    static final int TOP_ENTRIES = 20;

    private static Map<String, Object> summary(SortedFindings findings, Map<String, Object> manifest,
            Function<String, String> status, boolean withStatus) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("total", findings.size());

        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        Map<Category, long[]> byCategory = new EnumMap<>(Category.class);
        Map<String, long[]> byDate = new TreeMap<>();
        Map<String, Long> byList = new TreeMap<>();
        Map<String, Map<String, Object>> byRule = new TreeMap<>();
        Map<String, Long> byStatus = new TreeMap<>();
        TopEntries entries = new TopEntries();
        long undated = 0;
        int sevs = Severity.values().length;
        for (Finding f : findings) {
            entries.add(f);
            if (withStatus) {
                byStatus.merge(String.valueOf(status.apply(f.findingId())), 1L, Long::sum);
            }
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
        s.put("by_entry", entries.top());
        if (withStatus) {
            s.put("by_status", byStatus);
        }
        return s;
    }

    /** The list entries with the most findings (over every finding, not only those embedded): count, worst severity, subjects. */
    private static final class TopEntries {
        private final Map<String, Map<String, Object>> byEntry = new HashMap<>();
        private final Map<String, java.util.Set<String>> subjects = new HashMap<>();

        void add(Finding f) {
            if (f.listEntryId() == null) {
                return;
            }
            String key = f.listSource() + "\u001f" + f.listEntryId();
            Map<String, Object> e = byEntry.computeIfAbsent(key, k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("list", f.listSource());
                m.put("entry_id", f.listEntryId());
                m.put("name", f.listEntryName());
                m.put("count", 0L);
                m.put("worst", f.severity().name());
                return m;
            });
            e.put("count", (Long) e.get("count") + 1);
            if (f.severity().compareTo(Severity.valueOf((String) e.get("worst"))) < 0) {
                e.put("worst", f.severity().name());
            }
            subjects.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(f.subjectType() + "\u001f" + f.subjectId());
        }

        List<Map<String, Object>> top() {
            byEntry.forEach((k, e) -> e.put("subjects", (long) subjects.get(k).size()));
            List<Map<String, Object>> l = new ArrayList<>(byEntry.values());
            l.sort(java.util.Comparator.comparing((Map<String, Object> e) -> -(Long) e.get("count"))
                    .thenComparing(e -> String.valueOf(e.get("list")))
                    .thenComparing(e -> String.valueOf(e.get("entry_id"))));
            return l.subList(0, Math.min(TOP_ENTRIES, l.size()));
        }
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
