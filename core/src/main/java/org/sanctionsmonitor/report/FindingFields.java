package org.sanctionsmonitor.report;

import java.util.Locale;
import java.util.Map;

import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;

/**
 * Columns an analyst reads that are derived from a finding's evidence, not stored in it: the
 * subject record's date, which field of the record matched, and the rule's name without its ID.
 * Pure functions of the finding, so findings.csv, findings.json and report.html agree and the same
 * finding always gives the same values.
 */
public final class FindingFields {

    private FindingFields() {
    }

    /** The subject record's date (yyyy-MM-dd, UTC) from its {@code timestamp} or {@code date} fact, or null. */
    public static String recordDate(Finding f) {
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

    /**
     * Which field of the subject record matched, or null when none can be named. In order: the
     * record's field whose value is the matched value (case-insensitively, or one of its
     * {@code ;}-separated values); else the field the explanation starts with when the record has
     * it and its value contains the matched value ("vessel_imo 8705539 ..." for a cell
     * "IMO 8705539"); else {@code path} when the matched value is in the exposure or pattern path
     * (a listed address reached through transfers, a hop's transaction).
     */
    public static String matchedField(Finding f) {
        String mv = f.matchedValue();
        if (mv == null || mv.isBlank()) {
            return null;
        }
        String want = mv.strip().toLowerCase(Locale.ROOT);
        Map<String, String> subject = null;
        for (Evidence e : f.evidence()) {
            if ("subject".equals(e.role())) {
                subject = e.facts();
                break;
            }
        }
        if (subject != null) {
            for (Map.Entry<String, String> x : subject.entrySet()) {
                if (equalsOrListed(x.getValue(), want)) {
                    return x.getKey();
                }
            }
            String expl = f.explanation() == null ? "" : f.explanation();
            int sp = expl.indexOf(' ');
            String first = sp < 0 ? expl : expl.substring(0, sp);
            String v = subject.get(first);
            if (v != null && v.toLowerCase(Locale.ROOT).contains(want)) {
                return first;
            }
        }
        for (Evidence e : f.evidence()) {
            if ("path".equals(e.role())) {
                for (String v : e.facts().values()) {
                    if (equalsOrListed(v, want)) {
                        return "path";
                    }
                }
            }
        }
        return null;
    }

    private static boolean equalsOrListed(String value, String want) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals(want)) {
            return true;
        }
        if (v.indexOf(';') >= 0) {
            for (String part : v.split(";")) {
                if (part.strip().equals(want)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rule's name without the ID it starts with ("Transfer to or from a listed address"). */
    public static String ruleTitle(Finding f) {
        return ruleTitle(f.ruleId(), f.ruleName());
    }

    public static String ruleTitle(String id, String name) {
        if (name == null) {
            return null;
        }
        return id != null && name.startsWith(id + " ") ? name.substring(id.length() + 1).strip() : name;
    }
}
