package org.sanctionsmonitor.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.SortedFindings;

import com.fasterxml.jackson.core.JsonGenerator;

/** findings.json: the findings.csv columns per finding (record_date, matched_field and status included), plus the evidence (facts with file and line). */
public final class FindingsJson {

    private FindingsJson() {
    }

    public static void write(List<Finding> findings, Writer w) throws IOException {
        write(findings, Map.of(), w);
    }

    /**
     * With a status per finding id ({@code new}/{@code seen}, from --previous); absent from the map,
     * the status is null. Streamed: each finding is turned into its JSON object and written before
     * the next is looked at, so writing holds one finding's tree at a time, not the whole document
     * (the output is the same bytes as {@link Json#write} of the whole document).
     */
    public static void write(List<Finding> findings, Map<String, String> status, Writer w) throws IOException {
        write(SortedFindings.of(findings), status::get, w);
    }

    /** The same from findings read one at a time (a run's, in memory or from disk), with a status per finding id. */
    public static void write(SortedFindings findings, Function<String, String> status, Writer w) throws IOException {
        try (JsonGenerator g = Json.MAPPER.writer(Json.PRETTY).createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("count", findings.size());
            g.writeFieldName("findings");
            g.writeStartArray();
            for (Finding f : findings) {
                g.writeObject(object(f, status));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        w.write("\n");
    }

    private static Map<String, Object> object(Finding f, Function<String, String> status) {
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
        m.put("status", status.apply(f.findingId()));
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
        return m;
    }
}
