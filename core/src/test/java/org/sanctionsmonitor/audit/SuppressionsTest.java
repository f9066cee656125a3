package org.sanctionsmonitor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.report.FindingsCsv;

class SuppressionsTest {

    private static final String HEADER = "rule_id,subject_type,subject_id,list_source,list_entry_id,reason,reviewer,expires\n";

    @TempDir
    Path dir;

    static Finding finding(String id, String rule, String subject, String listSource, String entry, Severity sev) {
        return new Finding(id, rule, rule + " Test rule", Category.SANCTIONED_PARTY, sev, "shipment", subject, listSource, entry,
                entry == null ? null : "ENTRY " + entry, null, "v", entry == null ? null : 1.0, "explanation of " + id,
                new Provenance("shipments.csv", 2), "rules/x.drl", "31 CFR 510.201", List.of());
    }

    private Suppressions load(String rows) throws IOException {
        Path f = dir.resolve("suppressions.csv");
        Files.writeString(f, HEADER + rows);
        return Suppressions.load(f);
    }

    @Test
    void matchingFindingsAreSuppressedOthersKept() throws IOException {
        Suppressions s = load("SAN-004,shipment,SHP-1,OFAC-SDN,9345,Different company,J. Park,2025-12-31\n"
                + "*,shipment,SHP-2,,,Data fixed at source,J. Park,2025-12-31\n");
        Finding a = finding("F-a", "SAN-004", "SHP-1", "OFAC-SDN", "9345", Severity.MEDIUM);
        Finding otherEntry = finding("F-b", "SAN-004", "SHP-1", "OFAC-SDN", "11581", Severity.MEDIUM);
        Finding otherRule = finding("F-c", "SAN-003", "SHP-1", "OFAC-SDN", "9345", Severity.HIGH);
        Finding anyRule = finding("F-d", "EMB-001", "SHP-2", null, null, Severity.HIGH);
        Finding anyRuleButListed = finding("F-e", "SAN-003", "SHP-2", "OFAC-SDN", "1", Severity.HIGH);
        Suppressions.Outcome o = s.apply(List.of(a, otherEntry, otherRule, anyRule, anyRuleButListed), LocalDate.parse("2025-06-01"));
        assertEquals(List.of(otherEntry, otherRule, anyRuleButListed), o.kept());
        assertEquals(List.of("F-a", "F-d"), o.suppressed().stream().map(x -> x.finding().findingId()).toList());
        assertEquals("Different company", o.suppressed().get(0).by().reason());
        assertEquals(List.of(), o.expired());
        assertEquals(List.of(), o.unused());
    }

    @Test
    void expiredSuppressionsStopApplyingJudgedByTheRunDate() throws IOException {
        Suppressions s = load("SAN-004,shipment,SHP-1,OFAC-SDN,9345,Reviewed,M. Chen,2025-03-31\n");
        Finding a = finding("F-a", "SAN-004", "SHP-1", "OFAC-SDN", "9345", Severity.MEDIUM);
        // the expiry day itself is still covered
        assertEquals(1, s.apply(List.of(a), LocalDate.parse("2025-03-31")).suppressed().size());
        Suppressions.Outcome o = s.apply(List.of(a), LocalDate.parse("2025-04-01"));
        assertEquals(List.of(a), o.kept());
        assertEquals(1, o.expired().size());
        assertEquals(List.of(a), o.expiredMatches().get(o.expired().get(0)));
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> expired = (List<java.util.Map<String, Object>>) s.toManifest(o).get("expired");
        assertEquals(List.of("F-a"), expired.get(0).get("findings_reported_again"));
        assertEquals("2025-03-31", expired.get(0).get("expired"));
    }

    @Test
    void unusedActiveSuppressionsAreReported() throws IOException {
        Suppressions s = load("SAN-004,shipment,SHP-9,OFAC-SDN,9345,Reviewed,J. Park,2026-01-31\n");
        Suppressions.Outcome o = s.apply(List.of(), LocalDate.parse("2025-06-01"));
        assertEquals(1, o.unused().size());
    }

    @Test
    void aBadRowMakesTheFileUnusable() {
        InputException e = assertThrows(InputException.class, () -> load(
                "SAN-004,shipment,SHP-1,OFAC-SDN,9345,Reviewed,J. Park,2025-13-01\n"
                + "SAN-004,ship,SHP-1,OFAC-SDN,9345,Reviewed,J. Park,2025-12-01\n"
                + "SAN-004,shipment,SHP-1,OFAC-SDN,,Reviewed,J. Park,2025-12-01\n"
                + "SAN-004,shipment,SHP-1,OFAC-SDN,9345,,J. Park,2025-12-01\n"
                + "san4,shipment,SHP-1,OFAC-SDN,9345,Reviewed,J. Park,2025-12-01\n"));
        String m = e.getMessage();
        assertTrue(m.contains("suppressions.csv:2: column 'expires': '2025-13-01' is not an ISO-8601 date"), m);
        assertTrue(m.contains("suppressions.csv:3: column 'subject_type': 'ship' is not one of"), m);
        assertTrue(m.contains("suppressions.csv:4: columns 'list_source' and 'list_entry_id' must both be given"), m);
        assertTrue(m.contains("suppressions.csv:5: missing required value in column 'reason'"), m);
        assertTrue(m.contains("suppressions.csv:6: column 'rule_id': 'san4' is neither a rule ID"), m);
    }

    @Test
    void aFileWithoutTheReviewColumnsIsRefused() throws IOException {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, "rule_id,subject_type,subject_id,list_source,list_entry_id\nSAN-004,shipment,SHP-1,OFAC-SDN,9345\n");
        InputException e = assertThrows(InputException.class, () -> Suppressions.load(f));
        assertTrue(e.getMessage().contains("lacks required columns 'reason', 'reviewer', 'expires'"), e.getMessage());
    }

    @Test
    void suppressedCsvHasTheFindingColumnsThenTheReview() throws IOException {
        Suppressions s = load("SAN-004,shipment,SHP-1,OFAC-SDN,9345,\"Different company, checked\",J. Park,2025-12-31\n");
        Finding a = finding("F-a", "SAN-004", "SHP-1", "OFAC-SDN", "9345", Severity.MEDIUM);
        StringWriter w = new StringWriter();
        Suppressions.writeSuppressed(s.apply(List.of(a), LocalDate.parse("2025-06-01")).suppressed(), w);
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(w.toString())).setFormat(CSVFormat.RFC4180).get()) {
            List<CSVRecord> recs = p.getRecords();
            assertEquals(2, recs.size());
            List<String> header = recs.get(0).toList();
            assertEquals(FindingsCsv.COLUMNS, header.subList(0, FindingsCsv.COLUMNS.size()));
            assertEquals(List.of("suppression_reason", "suppression_reviewer", "suppression_expires", "suppression_source"),
                    header.subList(FindingsCsv.COLUMNS.size(), header.size()));
            List<String> row = recs.get(1).toList();
            assertEquals("F-a", row.get(0));
            assertEquals("Different company, checked", row.get(FindingsCsv.COLUMNS.size()));
            assertEquals("J. Park", row.get(FindingsCsv.COLUMNS.size() + 1));
            assertEquals("2025-12-31", row.get(FindingsCsv.COLUMNS.size() + 2));
            assertTrue(row.get(FindingsCsv.COLUMNS.size() + 3).endsWith("suppressions.csv:2"));
        }
    }
}
