package org.sanctionsmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.ingest.Reject;

class SpreadsheetSafeTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd",
        "=", "=cmd|' /C calc'!A0"})
    void formulaTriggersGetAQuote(String value) {
        assertEquals("'" + value, SpreadsheetSafe.cell(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TX-2025-0002", "0x098b716b8aaf21512996dc57eb0615e2383e2f96", "LAZARUS GROUP",
        "a=b", "1.0", " =leading space is not a trigger", "'already quoted", "x-y", "Korea, North"})
    void ordinaryValuesStayAsTheyAre(String value) {
        assertEquals(value, SpreadsheetSafe.cell(value));
    }

    @Test
    void absentAndEmptyStayAbsentAndEmpty() {
        assertNull(SpreadsheetSafe.cell((String) null));
        assertEquals("", SpreadsheetSafe.cell(""));
        assertEquals(42L, SpreadsheetSafe.cell((Object) 42L));
        assertEquals(Severity.HIGH, SpreadsheetSafe.cell((Object) Severity.HIGH));
    }

    @Test
    void findingsCsvNeutralisesFeedValuesAndJsonKeepsThemRaw() throws Exception {
        Finding f = TestFindings.transfer("F-1", Severity.CRITICAL, Category.SANCTIONED_ADDRESS, "SAN-001",
                "=HYPERLINK(\"http://x\")", "2025-03-03T09:02:41Z", "@0xabc", "-to_address matched", 3);
        StringWriter csv = new StringWriter();
        FindingsCsv.write(List.of(f), csv);
        CSVRecord rec = parse(csv.toString()).get(0);
        assertEquals("'=HYPERLINK(\"http://x\")", rec.get("subject_id"));
        assertEquals("'@0xabc", rec.get("matched_value"));
        assertEquals("'-to_address matched", rec.get("explanation"));
        assertEquals("SAN-001", rec.get("rule_id"));
        assertEquals("1.0", rec.get("score"));
        assertTrue(rec.isMapped("source_file") && !rec.isMapped("source_line"));

        StringWriter json = new StringWriter();
        FindingsJson.write(List.of(f), json);
        var doc = Json.MAPPER.readTree(json.toString()).get("findings").get(0);
        assertEquals("=HYPERLINK(\"http://x\")", doc.get("subject_id").asText());
        assertEquals("@0xabc", doc.get("matched_value").asText());
        assertEquals("-to_address matched", doc.get("explanation").asText());
        assertEquals("=HYPERLINK(\"http://x\")", doc.get("evidence").get(0).get("facts").get("tx_id").asText());
    }

    @Test
    void rejectsCsvNeutralisesTheRawRowAndReason() throws Exception {
        StringWriter csv = new StringWriter();
        RejectsCsv.write(List.of(new Reject("feeds/t.csv", 7, "tx_id: required", "=1+2,\"@x\",+3")), csv);
        CSVRecord rec = parse(csv.toString()).get(0);
        assertEquals("feeds/t.csv", rec.get("file"));
        assertEquals("7", rec.get("line"));
        assertEquals("'=1+2,\"@x\",+3", rec.get("raw"));
        assertTrue(csv.toString().startsWith("file,line,reason,raw\n"));
    }

    private static List<CSVRecord> parse(String text) throws Exception {
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(FindingsCsv.FORMAT.builder().setHeader().get()).get()) {
            return p.getRecords();
        }
    }
}
