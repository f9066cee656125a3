package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 17 item 5, findings written streaming: 200,000 findings in a JVM of its own with a 256 MB
 * heap, under the --max-findings bound, are all written: the sorter spills them to sorted runs in
 * the staging folder past its budget (an eighth of the heap) and findings.csv, findings.json and
 * report.html are written from the merged runs, in the findings' order, with nothing left behind.
 * (Before, every finding was held until the end, and this run needed more than 512 MB.)
 */
class StreamedFindingsTest {

    private static final int FINDINGS = 200_000;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandFindingsUnderASmallHeapAreAllWritten() throws Exception {
        Path list = FindingsBoundTest.listedList(dir);
        Path transfers = FindingsBoundTest.transfersFromListed(dir, FINDINGS);
        Path rules = FindingsBoundTest.san001Rules(dir);
        Path out = dir.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = List.of(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.sanctionsmonitor.cli.Main", "check", "--lists", list.toString(), "--transfers", transfers.toString(),
                "--rules", rules.toString(), "--out", out.toString(), "--as-of", "2025-06-01", "--report-max-findings", "2000");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run did not finish in 5 minutes");
        String console = Files.readString(dir.resolve("console.txt"));
        assertEquals(0, p.exitValue(), console);
        assertFalse(console.contains("OutOfMemoryError"), console);
        assertFalse(console.contains("FINDINGS OVER THE BOUND"), console);
        assertTrue(console.contains(String.format(Locale.ROOT, "%,d findings from", FINDINGS)), console);

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode sort = manifest.get("findings_sort");
        assertTrue(sort != null && sort.get("runs_spilled").asInt() >= 2, "the findings did not fit the budget: " + sort);
        assertEquals(FINDINGS, sort.get("findings_raised").asLong());
        assertEquals(FINDINGS, manifest.get("findings").get("total").asInt());

        // every finding, once, in the findings' order: SAN-001 by subject, T0000000 to T0199999
        try (BufferedReader r = Files.newBufferedReader(out.resolve("findings.csv"), StandardCharsets.UTF_8)) {
            assertTrue(r.readLine().startsWith("finding_id,"));
            String line;
            int i = 0;
            while ((line = r.readLine()) != null) {
                String want = String.format(Locale.ROOT, ",transfer,T%07d,", i);
                if (!line.contains(want)) {
                    throw new AssertionError("row " + (i + 1) + " is not " + want + ": " + line);
                }
                i++;
            }
            assertEquals(FINDINGS, i);
        }
        try (BufferedReader r = Files.newBufferedReader(out.resolve("findings.json"), StandardCharsets.UTF_8)) {
            assertEquals("{", r.readLine());
            assertEquals("  \"count\" : " + FINDINGS + ",", r.readLine());
        }
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("T0001999") && !html.contains("T0002000"), "the report embeds the first 2000 only");
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().startsWith(".staging-")), "no staging folder is left");
        }
    }
}
