package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.report.FindingsCsv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Triage from the command line: {@code --previous} marks findings new or seen and lists the gone
 * ones as resolved; findings.csv's appended columns; errors that say why; usage errors that do not
 * print the whole help; the help's command list in whole sentences; the first reject reasons.
 */
class TriageCliTest {

    @TempDir
    static Path dir;
    static Path first;

    @BeforeAll
    static void firstRun() {
        first = dir.resolve("day1");
        CliRun r = CliRun.of("check", "--out", first.toString(), "--as-of", "2025-06-01", "--quiet");
        assertEquals(0, r.exit(), r.toString());
    }

    static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.builder().setReader(r)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return p.getRecords();
        }
    }

    static List<String> header(Path file) throws Exception {
        return List.of(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).split(","));
    }

    @Test
    void findingsCsvAppendsRecordDateMatchedFieldAndStatusAfterTheContractsColumns() throws Exception {
        List<String> h = header(first.resolve("findings.csv"));
        assertEquals(FindingsCsv.COLUMNS, h);
        List<String> contract = List.of("finding_id", "rule_id", "rule_name", "category", "severity", "subject_type",
                "subject_id", "list_source", "list_entry_id", "list_entry_name", "programs", "matched_value", "score",
                "explanation");
        assertEquals(contract, h.subList(0, contract.size()), "the contract's columns first, in order");
        assertEquals(List.of("record_date", "matched_field", "status"), h.subList(h.size() - 3, h.size()),
                "appended after every column the tool already wrote");
        List<CSVRecord> rows = csv(first.resolve("findings.csv"));
        CSVRecord tx2 = rows.stream().filter(r -> r.get("subject_id").equals("TX-2025-0002") && r.get("rule_id").equals("SAN-001"))
                .findFirst().orElseThrow();
        assertEquals("Transfer to or from a listed address", tx2.get("rule_name"), "no ID prefix: rule_id holds it");
        assertEquals("2025-03-03", tx2.get("record_date"));
        assertEquals("to_address", tx2.get("matched_field"));
        assertEquals("", tx2.get("status"), "no --previous, no status");
        for (CSVRecord r : rows) {
            assertFalse(r.get("rule_name").startsWith(r.get("rule_id")), r.toString());
        }
        // a finding about a record names the field that matched; one about a list entity blocked by
        // ownership (subject_type entity) has no record field to name
        List<CSVRecord> onRecords = rows.stream().filter(r -> !r.get("subject_type").equals("entity")).toList();
        long named = onRecords.stream().filter(r -> !r.get("matched_field").isEmpty()).count();
        assertTrue(named >= onRecords.size() * 0.9, named + " of " + onRecords.size() + " findings on records name the matched field");
        CSVRecord imo = rows.stream().filter(r -> r.get("rule_id").equals("SAN-002") && r.get("subject_id").equals("SHP-2025-0102"))
                .findFirst().orElseThrow();
        assertEquals("vessel_imo", imo.get("matched_field"), "the cell 'IMO 8705539' matched as 8705539");

        JsonNode json = new ObjectMapper().readTree(first.resolve("findings.json").toFile());
        JsonNode j = json.get("findings").get(rows.indexOf(tx2));
        assertEquals("Transfer to or from a listed address", j.get("rule_name").asText());
        assertEquals("2025-03-03", j.get("record_date").asText());
        assertEquals("to_address", j.get("matched_field").asText());
        assertTrue(j.get("status").isNull());
    }

    @Test
    void previousMarksNewAndSeenAndListsTheResolved() throws Exception {
        // yesterday's run, edited: one finding it did not have (so it is new today), one it had that is gone today
        Path yesterday = dir.resolve("yesterday");
        Files.createDirectories(yesterday);
        List<String> lines = new ArrayList<>(Files.readAllLines(first.resolve("findings.csv"), StandardCharsets.UTF_8));
        String dropped = lines.remove(5);
        String droppedId = dropped.substring(0, dropped.indexOf(','));
        lines.add("F-0000000000000gone,SAN-001,Transfer to or from a listed address,SANCTIONED_ADDRESS,CRITICAL,transfer,"
                + "TX-OLD,OFAC-SDN,27307,LAZARUS GROUP,DPRK3,0xabc,1.0,an old finding,samples/transfers.csv,r,l,2025-01-01,to_address,");
        Files.write(yesterday.resolve("findings.csv"), lines, StandardCharsets.UTF_8);

        Path today = dir.resolve("today");
        CliRun r = CliRun.of("check", "--out", today.toString(), "--as-of", "2025-06-01", "--previous", yesterday.toString());
        assertEquals(0, r.exit(), r.toString());
        List<CSVRecord> rows = csv(today.resolve("findings.csv"));
        Map<String, Long> byStatus = rows.stream().collect(Collectors.groupingBy(x -> x.get("status"), Collectors.counting()));
        assertEquals(Map.of("new", 1L, "seen", (long) rows.size() - 1), byStatus);
        assertEquals("new", rows.stream().filter(x -> x.get("finding_id").equals(droppedId)).findFirst().orElseThrow().get("status"));
        List<CSVRecord> resolved = csv(today.resolve("resolved.csv"));
        assertEquals(1, resolved.size());
        assertEquals("F-0000000000000gone", resolved.get(0).get("finding_id"));
        assertEquals("TX-OLD", resolved.get(0).get("subject_id"));
        assertEquals("not raised", resolved.get(0).get("resolution"));
        assertTrue(r.out().contains("  since previous: 1 new, " + (rows.size() - 1) + " seen, 1 resolved (vs "), r.out());
        assertTrue(r.out().contains("resolved.csv"), r.out());
        JsonNode manifest = new ObjectMapper().readTree(today.resolve("manifest.json").toFile());
        assertEquals(1, manifest.get("previous").get("new").asInt());
        assertEquals(1, manifest.get("previous").get("resolved").asInt());
        assertEquals("new", new ObjectMapper().readTree(today.resolve("findings.json").toFile()).get("findings")
                .get(rows.indexOf(rows.stream().filter(x -> x.get("finding_id").equals(droppedId)).findFirst().orElseThrow()))
                .get("status").asText());

        // the same folder again: nothing new, nothing resolved; and a run without --previous writes an empty resolved.csv
        CliRun again = CliRun.of("check", "--out", dir.resolve("again").toString(), "--as-of", "2025-06-01", "--quiet",
                "--previous", today.toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(csv(dir.resolve("again").resolve("findings.csv")).stream().allMatch(x -> x.get("status").equals("seen")));
        assertEquals(0, csv(dir.resolve("again").resolve("resolved.csv")).size());
        assertEquals(0, csv(first.resolve("resolved.csv")).size());
    }

    @Test
    void aPreviousFolderThatCannotBeUsedIsAClearErrorAndNoReportIsWritten() throws Exception {
        Path out = dir.resolve("never");
        CliRun missing = CliRun.of("check", "--out", out.toString(), "--previous", dir.resolve("no-such").toString());
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().startsWith("error: --previous ") && missing.err().contains("no-such: no such folder"), missing.err());

        Path file = Files.writeString(dir.resolve("a-file.csv"), "x\n");
        CliRun notDir = CliRun.of("check", "--out", out.toString(), "--previous", file.toString());
        assertEquals(2, notDir.exit());
        assertTrue(notDir.err().contains("a-file.csv: is a file, not a folder"), notDir.err());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun noCsv = CliRun.of("check", "--out", out.toString(), "--previous", empty.toString());
        assertEquals(2, noCsv.exit());
        assertTrue(noCsv.err().contains("has no findings.csv"), noCsv.err());

        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(bad.resolve("findings.csv"), "id,rule\nF-1,SAN-001\n");
        CliRun noId = CliRun.of("check", "--out", out.toString(), "--previous", bad.toString());
        assertEquals(2, noId.exit());
        assertTrue(noId.err().contains("findings.csv:1: no finding_id column"), noId.err());

        Path binary = Files.createDirectories(dir.resolve("binary"));
        Files.write(binary.resolve("findings.csv"), new byte[] {'f', 'i', 'n', 'd', (byte) 0xff, (byte) 0xfe, '\n'});
        CliRun notText = CliRun.of("check", "--out", out.toString(), "--previous", binary.toString());
        assertEquals(2, notText.exit());
        assertTrue(notText.err().contains("not UTF-8"), notText.err());
        assertFalse(Files.exists(out.resolve("findings.csv")), "no report from a run that stopped");
    }

    @Test
    void usageErrorsAreTheErrorAndOneLinePointingToHelp() {
        CliRun r = CliRun.of("check", "--fail-on", "SEVERE");
        assertEquals(2, r.exit());
        assertEquals("error: --fail-on: 'SEVERE' is not one of CRITICAL, HIGH, MEDIUM, LOW, INFO\n"
                + "Try 'sanctions-monitor check --help' for the options.\n", r.err());
        CliRun unknown = CliRun.of("check", "--frobnicate");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().lines().count() <= 3, unknown.err());
        assertTrue(unknown.err().startsWith("error: Unknown option: '--frobnicate'"), unknown.err());
        assertTrue(unknown.err().endsWith("Try 'sanctions-monitor check --help' for the options.\n"), unknown.err());
    }

    @Test
    void outPointingAtAFileSaysItIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("out-file"), "x");
        CliRun r = CliRun.of("check", "--out", file.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("error: --out ") && r.err().contains("out-file: is a file, not a folder"), r.err());
    }

    @Test
    void ioErrorsNameTheirKind() {
        assertTrue(Main.describe(new java.nio.file.FileAlreadyExistsException("out/x")).equals(
                "out/x: exists and is a file, where a folder is needed"));
        assertEquals("in.csv: permission denied", Main.describe(new java.nio.file.AccessDeniedException("in.csv")));
        assertEquals("a: no such file or folder", Main.describe(new java.nio.file.NoSuchFileException("a")));
    }

    @Test
    void theHelpListsCommandsInWholeSentences() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exit());
        String list = r.out().substring(r.out().indexOf("Commands:"), r.out().indexOf("Exit codes:"));
        String check = list.substring(list.indexOf("  check"), list.indexOf("  rules"));
        assertTrue(check.replaceAll("\\s+", " ").contains("writes report.html, findings.csv, findings.json, rejects.csv and "
                + "manifest.json into --out."), list);
        for (String entry : list.split("\n  (?=\\S)")) {
            if (entry.startsWith("Commands:")) {
                continue;
            }
            assertTrue(entry.strip().endsWith("."), "a whole sentence: " + entry);
        }
        assertFalse(list.contains("%n"), list);
    }

    @Test
    void theSummaryShowsTheFirstRejectReasons() throws Exception {
        Path feed = dir.resolve("transfers.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("samples/transfers.csv"), StandardCharsets.UTF_8));
        lines.add("TX-BAD-1,not-a-time,ethereum,ETH,0xf9e085c95adda1189a3529837e6af40fcff2ef6d,0xd52619c9d32ae19fd52ff736b919fa439d803019,1,1,,");
        Files.write(feed, lines, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("check", "--out", dir.resolve("rej").toString(), "--as-of", "2025-06-01",
                "--lists", "samples/lists/ofac", "--transfers", feed.toString());
        assertEquals(2, r.exit(), r.toString());
        String out = r.out();
        int at = out.indexOf("  rejected rows: 1 ");
        assertTrue(at >= 0, out);
        String next = out.substring(out.indexOf('\n', at) + 1).lines().findFirst().orElse("");
        assertTrue(next.startsWith("    ") && next.contains("transfers.csv:" + lines.size() + ": ") && next.contains("timestamp"),
                "the reason follows: " + next);
    }
}
