package org.sanctionsmonitor.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;

/**
 * What a run's summary, manifest and --fail-on need of its findings, counted in one reading of
 * them (which may come from disk): counts by severity, category, list and rule, the first finding
 * of each rule and the first {@link #FIRST} findings (the most severe), so nothing after the run
 * has to read the findings again.
 */
public record FindingCounts(long total, Map<Severity, Long> bySeverity, Map<Category, Long> byCategory,
        Map<String, Long> byList, Map<String, Long> byRule, Map<String, Finding> ruleExample, List<Finding> first) {

    /** Findings kept in {@link #first}. */
    public static final int FIRST = 10;

    /** The list key of a finding without a list entry. */
    public static final String NO_LIST = "(no list entry)";

    public static FindingCounts of(Iterable<Finding> findings) {
        long total = 0;
        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<String, Long> byList = new TreeMap<>();
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, Finding> ruleExample = new LinkedHashMap<>();
        List<Finding> first = new ArrayList<>();
        for (Finding x : findings) {
            total++;
            bySeverity.merge(x.severity(), 1L, Long::sum);
            byCategory.merge(x.category(), 1L, Long::sum);
            byList.merge(x.listSource() == null ? NO_LIST : x.listSource(), 1L, Long::sum);
            byRule.merge(x.ruleId(), 1L, Long::sum);
            ruleExample.putIfAbsent(x.ruleId(), x);
            if (first.size() < FIRST) {
                first.add(x);
            }
        }
        return new FindingCounts(total, Collections.unmodifiableMap(bySeverity), Collections.unmodifiableMap(byCategory),
                Collections.unmodifiableMap(byList), Collections.unmodifiableMap(byRule),
                Collections.unmodifiableMap(ruleExample), List.copyOf(first));
    }

    /** Whether some finding is at or above {@code severity}. */
    public boolean anyAtLeast(Severity severity) {
        return bySeverity.keySet().stream().anyMatch(s -> s.atLeast(severity));
    }
}
