package org.sanctionsmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.Provenance;

import com.fasterxml.jackson.databind.JsonNode;

class ReportHtmlTest {

    static final String EVIL = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> & \u2028 \"'`";

    static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL);

    static String html(List<Finding> findings, List<Reject> rejects, Map<String, Object> manifest) throws Exception {
        StringWriter w = new StringWriter();
        ReportHtml.write(findings, rejects, manifest, w);
        return w.toString();
    }

    /** The embedded data with its compact arrays (schema 2) read back as objects, as the page's script does. */
    static JsonNode data(String html) throws Exception {
        Matcher m = DATA.matcher(html);
        assertTrue(m.find(), "the page embeds its data");
        com.fasterxml.jackson.databind.node.ObjectNode d = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(m.group(1));
        assertEquals(2, d.get("schema").asInt());
        com.fasterxml.jackson.databind.node.ArrayNode facts = Json.MAPPER.createArrayNode();
        for (JsonNode a : d.get("facts")) {
            com.fasterxml.jackson.databind.node.ObjectNode o = facts.addObject();
            JsonNode keys = d.get("fact_keys").get(a.get(0).asInt());
            for (int i = 0; i < keys.size(); i++) {
                o.set(keys.get(i).asText(), a.get(i + 1));
            }
        }
        com.fasterxml.jackson.databind.node.ArrayNode rows = Json.MAPPER.createArrayNode();
        JsonNode fields = d.get("finding_fields");
        JsonNode dict = d.get("dict");
        java.util.function.Function<JsonNode, JsonNode> word = i -> i.isNull() ? i : dict.get(i.asInt());
        java.util.function.Function<JsonNode, JsonNode> place = a -> a.isNull() ? a
                : Json.MAPPER.getNodeFactory().textNode(dict.get(a.get(0).asInt()).asText() + ":" + a.get(1).asLong());
        List<String> dictFields = List.of("rule", "category", "severity", "subject_type", "list", "programs", "field", "status");
        for (JsonNode r : d.get("findings")) {
            com.fasterxml.jackson.databind.node.ObjectNode o = rows.addObject();
            for (int i = 0; i < fields.size(); i++) {
                String k = fields.get(i).asText();
                o.set(k, dictFields.contains(k) ? word.apply(r.get(i)) : k.equals("source") ? place.apply(r.get(i)) : r.get(i));
            }
            com.fasterxml.jackson.databind.node.ArrayNode ev = Json.MAPPER.createArrayNode();
            for (JsonNode e : r.get(fields.size() - 2)) {
                com.fasterxml.jackson.databind.node.ObjectNode eo = ev.addObject();
                boolean own = e.get(1).isNull() && e.get(2).isNull() && e.get(3).isNull();
                eo.set("role", word.apply(e.get(0)));
                eo.set("type", own ? o.get("subject_type") : word.apply(e.get(1)));
                eo.set("id", own ? o.get("subject_id") : e.get(2));
                eo.set("source", own ? o.get("source") : place.apply(e.get(3)));
                eo.set("facts", e.get(4));
            }
            o.set("evidence", ev);
        }
        d.set("facts", facts);
        d.set("findings", rows);
        return d;
    }

    static Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", Map.of("name", "sanctions-monitor", "version", "0.1.0"));
        m.put("as_of", "2025-06-01");
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", "SAN-009");
        rule.put("name", "SAN-009 A rule that fired nothing");
        rule.put("category", "SANCTIONED_PARTY");
        rule.put("severity", "HIGH");
        rule.put("file", "rules/sanctions/SAN-009-x.drl");
        m.put("rules", Map.of("folder", "rules", "rules", List.of(rule)));
        return m;
    }

    @Test
    void feedValuesCannotBreakOutOfTheDataBlock() throws Exception {
        Finding f = TestFindings.transfer("F-1", Severity.CRITICAL, Category.SANCTIONED_ADDRESS, "SAN-001", EVIL,
                "2025-03-03T09:02:41Z", "0xabc" + EVIL, "explained " + EVIL, 3);
        String html = html(List.of(f), List.of(new Reject("feeds/t.csv", 9, "bad " + EVIL, EVIL)), manifest());

        // exactly the page's own script elements: the data block and the renderer
        assertEquals(2, count(html, "<script"), "no script element comes from the data");
        assertEquals(2, count(html, "</script"), "no feed value closes a script element");
        assertEquals(0, count(html, "<img"));
        assertEquals(0, count(html, "<!--"), "no comment opener anywhere");
        String block = DATA.matcher(html).results().findFirst().orElseThrow().group(1);
        assertFalse(block.contains("<") || block.contains(">") || block.contains("&") || block.contains("\u2028"),
                "the JSON block holds no raw < > & or U+2028");
        assertTrue(block.contains("\\u003C/script\\u003E"));

        // ... and the values come back intact when the page parses them
        JsonNode d = data(html);
        JsonNode row = d.get("findings").get(0);
        assertEquals(EVIL, row.get("subject_id").asText());
        assertEquals("explained " + EVIL, row.get("explanation").asText());
        assertEquals(EVIL, d.get("facts").get(row.get("evidence").get(0).get("facts").asInt()).get("tx_id").asText());
        assertEquals(EVIL, d.get("rejects").get(0).get("raw").asText());
    }

    @Test
    void thePageIsSelfContained() throws Exception {
        String html = html(List.of(), List.of(), manifest());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
        assertFalse(html.contains("<link"), "no stylesheet link");
        assertFalse(Pattern.compile("<script[^>]*\\ssrc=").matcher(html).find(), "no external script");
        assertFalse(html.contains("@import") || html.contains("url(http"), "no fetched CSS");
        assertFalse(html.contains("innerHTML") || html.contains("outerHTML") || html.contains("insertAdjacentHTML")
                || html.contains("document.write") || html.contains("eval("), "the renderer builds nodes, never HTML text");
        Matcher urls = Pattern.compile("https?://[^\\s\"')]+").matcher(html);
        while (urls.find()) {
            assertEquals("http://www.w3.org/2000/svg", urls.group(), "the only URL is the SVG namespace name");
        }
        for (String mark : List.of(ReportHtml.DATA_MARK, ReportHtml.STYLE_MARK, ReportHtml.SCRIPT_MARK)) {
            assertFalse(html.contains(mark), mark + " is replaced");
        }
    }

    @Test
    void sameInputsGiveTheSameBytes() throws Exception {
        List<Finding> findings = sample();
        String a = html(findings, List.of(), manifest());
        String b = html(findings, List.of(), manifest());
        assertEquals(a, b);
        // Map.of iterates in a per-JVM order; the report sorts such maps so the bytes cannot depend on it
        assertTrue(a.contains("\"tool\":{\"name\":\"sanctions-monitor\",\"version\":\"0.1.0\"}"));
    }

    @Test
    void summaryCountsEveryFindingByCategorySeverityRuleListAndDate() throws Exception {
        JsonNode s = data(html(sample(), List.of(), manifest())).get("summary");
        assertEquals(4, s.get("total").asInt());
        assertEquals("[{\"key\":\"CRITICAL\",\"count\":2},{\"key\":\"HIGH\",\"count\":1},{\"key\":\"MEDIUM\",\"count\":0},"
                + "{\"key\":\"LOW\",\"count\":1},{\"key\":\"INFO\",\"count\":0}]", s.get("by_severity").toString());
        assertEquals("[{\"key\":\"SANCTIONED_ADDRESS\",\"count\":2,\"by_severity\":[2,0,0,0,0]},"
                + "{\"key\":\"EMBARGOED_TRADE\",\"count\":1,\"by_severity\":[0,1,0,0,0]},"
                + "{\"key\":\"DATA_QUALITY\",\"count\":1,\"by_severity\":[0,0,0,1,0]}]", s.get("by_category").toString());
        JsonNode rules = s.get("by_rule");
        assertEquals("SAN-001", rules.get(0).get("id").asText());
        assertEquals(2, rules.get(0).get("count").asInt());
        assertEquals("SAN-009", rules.get(rules.size() - 1).get("id").asText(), "catalogued rules that fired nothing are listed");
        assertEquals(0, rules.get(rules.size() - 1).get("count").asInt());
        assertEquals("[{\"key\":null,\"count\":2},{\"key\":\"OFAC-SDN\",\"count\":2}]", s.get("by_list").toString());
        assertEquals("[{\"date\":\"2025-03-03\",\"by_severity\":[2,0,0,0,0]},{\"date\":\"2025-04-30\",\"by_severity\":[0,1,0,0,0]}]",
                s.get("by_date").toString());
        assertEquals(1, s.get("undated").asInt());
    }

    @Test
    void findingsAreEmbeddedInOrderWithTheirDateAndSharedFacts() throws Exception {
        List<Finding> findings = sample();
        JsonNode d = data(html(findings, List.of(), manifest()));
        JsonNode rows = d.get("findings");
        assertEquals(4, rows.size());
        for (int i = 0; i < findings.size(); i++) {
            assertEquals(findings.get(i).findingId(), rows.get(i).get("id").asText());
        }
        assertEquals("2025-03-03", rows.get(0).get("date").asText());
        assertEquals("feeds/transfers.csv:3", rows.get(0).get("source").asText());
        assertEquals("1.0", rows.get(0).get("score").asText());
        assertTrue(rows.get(2).get("score").isNull());
        assertTrue(rows.get(3).get("date").isNull(), "a record without a date has none");
        // the list entry both transfer findings point at is stored once
        int a = rows.get(0).get("evidence").get(1).get("facts").asInt();
        int b = rows.get(1).get("evidence").get(1).get("facts").asInt();
        assertEquals(a, b);
        assertEquals(5, d.get("facts").size());
        assertTrue(rows.get(0).get("path").isNull());
        // and each rule's name, file and legal basis once, by ID
        assertEquals("{\"name\":\"SAN-001 A test rule\",\"file\":\"rules/sanctions/SAN-001-test.drl\",\"legal_basis\":\"31 CFR 510.201\"}",
                d.get("rules").get("SAN-001").toString());
        assertEquals(3, d.get("rules").size());
        assertTrue(rows.get(0).get("rule_name") == null, "not repeated per finding");
    }

    @Test
    void aLargeRunEmbedsTheMostSevereFindingsAndCountsThemAll() throws Exception {
        List<Finding> findings = sample();
        List<Reject> rejects = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rejects.add(new Reject("feeds/t.csv", 10 - i, "reason " + i, "raw"));
        }
        StringWriter w = new StringWriter();
        ReportHtml.writeData(ReportData.of(findings, rejects, manifest(), 2, 3), w);
        JsonNode d = data(w.toString());
        assertEquals(2, d.get("findings").size());
        assertEquals(4, d.get("findings_total").asInt());
        assertEquals(4, d.get("summary").get("total").asInt());
        assertEquals(3, d.get("rejects").size());
        assertEquals(5, d.get("rejects_total").asInt());
        assertEquals("feeds/t.csv:6", d.get("rejects").get(0).get("source").asText(), "rejects in file and line order");
    }

    @Test
    void dateComesFromTheSubjectsTimestampOrDate() {
        List<Finding> s = sample();
        assertEquals("2025-03-03", ReportData.date(s.get(0)));
        assertEquals("2025-04-30", ReportData.date(s.get(2)));
        assertNull(ReportData.date(s.get(3)));
    }

    @Test
    void stableSortsUnorderedMapsAndKeepsOrderedOnes() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("z", 1);
        ordered.put("a", Map.of("y", 1, "b", 2, "m", List.of(Map.of("k2", 1, "k1", 2))));
        assertEquals("{z=1, a={b=2, m=[{k1=2, k2=1}], y=1}}", ReportData.stable(ordered).toString());
    }

    /** Two CRITICAL transfer findings on one list entry, a HIGH shipment, and a LOW undated one. */
    static List<Finding> sample() {
        Finding c1 = TestFindings.transfer("F-a", Severity.CRITICAL, Category.SANCTIONED_ADDRESS, "SAN-001", "TX-1",
                "2025-03-03T09:02:41Z", "0xabc", "to_address 0xabc is listed.", 3);
        Finding c2 = TestFindings.transfer("F-b", Severity.CRITICAL, Category.SANCTIONED_ADDRESS, "SAN-001", "TX-2",
                "2025-03-03T23:59:59Z", "0xabc", "from_address 0xabc is listed.", 4);
        Finding h = TestFindings.shipment("F-c", Severity.HIGH, Category.EMBARGOED_TRADE, "EMB-001", "SHP-1",
                "2025-04-30", "Coal of North Korean origin.", 2);
        Finding l = TestFindings.shipment("F-d", Severity.LOW, Category.DATA_QUALITY, "DQ-009", "SHP-2",
                "not a date", "Something is odd.", 5);
        return List.of(c1, c2, h, l);
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static Finding withPath(Finding f, List<Evidence> hops) {
        List<Evidence> ev = new ArrayList<>(f.evidence());
        ev.addAll(hops);
        return new Finding(f.findingId(), f.ruleId(), f.ruleName(), Category.INDIRECT_EXPOSURE, f.severity(),
                f.subjectType(), f.subjectId(), f.listSource(), f.listEntryId(), f.listEntryName(), f.programs(),
                f.matchedValue(), f.score(), f.explanation(), f.source(), f.ruleFile(), f.legalBasis(), ev);
    }

    static Evidence hop(String tx, String from, String to, long line) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("tx_id", tx);
        facts.put("timestamp", "2025-03-0" + line + "T00:00:00Z");
        facts.put("from_address", from);
        facts.put("to_address", to);
        facts.put("amount", "1." + line);
        facts.put("asset", "ETH");
        return new Evidence(ExposurePath.ROLE, "transfer", tx, new Provenance("feeds/transfers.csv", line), facts);
    }
}
