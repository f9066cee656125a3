package org.sanctionsmonitor.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;

/** findings.json: the findings.csv columns per finding (record_date, matched_field and status included), plus the evidence (facts with file and line). */
public final class FindingsJson {

    private FindingsJson() {
    }

    public static void write(List<Finding> findings, Writer w) throws IOException {
        write(findings, Map.of(), w);
    }

    /** With a status per finding id ({@code new}/{@code seen}, from --previous); absent from the map, the status is null. */
    public static void write(List<Finding> findings, Map<String, String> status, Writer w) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Finding f : findings) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("finding_id", f.findingId());
            m.put("rule_id", f.ruleId());
            m.put("rule_name", FindingFields.ruleTitle(f));
            m.put("category", f.category().name());
            m.put("severity", f.severity().name());
            m.put("subject_type", f.subjectType());
            m.put("subject_id", f.subjectId());
            m.put("list_source", f.listSource());
            m.put("list_entry_id", f.listEntryId());
            m.put("list_entry_name", f.listEntryName());
            m.put("programs", f.programs());
            m.put("matched_value", f.matchedValue());
            m.put("score", f.score() == null ? null : new java.math.BigDecimal(f.scoreText()));
            m.put("explanation", f.explanation());
            m.put("source", f.source().toString());
            m.put("rule_file", f.ruleFile());
            m.put("legal_basis", f.legalBasis());
            m.put("record_date", FindingFields.recordDate(f));
            m.put("matched_field", FindingFields.matchedField(f));
            m.put("status", status.get(f.findingId()));
            List<Map<String, Object>> ev = new ArrayList<>();
            for (Evidence e : f.evidence()) {
                Map<String, Object> em = new LinkedHashMap<>();
                em.put("role", e.role());
                em.put("type", e.type());
                em.put("id", e.id());
                em.put("file", e.source().file());
                em.put("line", e.source().line());
                em.put("facts", e.facts());
                ev.add(em);
            }
            m.put("evidence", ev);
            out.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("count", findings.size());
        doc.put("findings", out);
        Json.write(doc, w);
    }
}
