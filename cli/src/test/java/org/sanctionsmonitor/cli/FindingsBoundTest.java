package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 17 item 5: a run whose rules raise 200,000 findings, in a JVM of its own with a 256 MB
 * heap (without the bound it runs out of memory at 512 MB), completes: it keeps the first
 * --max-findings in the findings' order, counts the rest per rule and says so in the summary, the
 * manifest and the report's banner; report.html embeds at most --report-max-findings; nothing
 * half-written is left in --out.
 */
class FindingsBoundTest {

    static final String LISTED = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";
    private static final int TRANSFERS = 200_000;

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandFindingsUnderASmallHeapAreBoundedAndSaidSo() throws Exception {
        Path list = listedList(dir);
        Path transfers = transfersFromListed(dir, TRANSFERS);
        Path rules = san001Rules(dir);
        Path out = dir.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.sanctionsmonitor.cli.Main", "check", "--lists", list.toString(), "--transfers", transfers.toString(),
                "--rules", rules.toString(), "--out", out.toString(), "--as-of", "2025-06-01", "--max-findings", "20000", "--report-max-findings", "5000"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the run did not finish in 5 minutes");
        String console = Files.readString(dir.resolve("console.txt"));
        assertEquals(0, p.exitValue(), console);
        assertFalse(console.contains("OutOfMemoryError"), console);
        assertTrue(console.contains("WARNING: FINDINGS OVER THE BOUND: the rules raised 180000 more findings than --max-findings 20000"
                + " (by rule: SAN-001 180000)"), console);
        assertTrue(console.contains("WARNING: report.html shows the first 5000 of the 20000 findings"), console);

        List<String> csv = Files.readAllLines(out.resolve("findings.csv"));
        assertEquals(20_001, csv.size());
        // the first 20,000 in the findings' order: SAN-001 by subject, T0000000 to T0019999, whatever order sessions raised them
        assertTrue(csv.get(1).contains(",transfer,T0000000,"), csv.get(1));
        assertTrue(csv.get(20_000).contains(",transfer,T0019999,"), csv.get(20_000));

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode bound = manifest.get("findings_bound");
        assertEquals(20000, bound.get("max_findings").asInt());
        assertEquals(180000, bound.get("raised_beyond").asLong());
        assertEquals(180000, bound.get("raised_beyond_by_rule").get("SAN-001").asLong());
        assertEquals(5000, bound.get("report_shows").asInt());
        assertEquals("completed; findings beyond --max-findings 20000 were counted, not written",
                manifest.get("result").get("reason").asText());
        assertEquals(20000, new ObjectMapper().readTree(out.resolve("findings.json").toFile()).get("count").asInt());

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("report.html shows the first 5000 of the 20000 findings"), "the banner says how many");
        assertTrue(html.contains("T0004999") && !html.contains("T0005000"), "the report embeds the first 5000 only");
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(f -> f.getFileName().toString().startsWith(".staging-")), "no staging folder is left");
        }
    }

    /** A list with one entry, whose ETH address every generated transfer leaves. */
    static Path listedList(Path dir) throws IOException {
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "entity_id,name,crypto_addresses,list\n27307,LAZARUS GROUP,ETH:" + LISTED + ",OFAC-SDN\n");
        return list;
    }

    /** {@code n} transfers, each from the listed address to an address of its own: one SAN-001 finding each. */
    static Path transfersFromListed(Path dir, int n) throws IOException {
        Path transfers = dir.resolve("transfers.csv");
        try (BufferedWriter w = Files.newBufferedWriter(transfers, StandardCharsets.UTF_8)) {
            w.write("tx_id,timestamp,chain,asset,from_address,to_address,amount,amount_usd,from_owner,to_owner\n");
            for (int i = 0; i < n; i++) {
                w.write(String.format("T%07d,2025-03-%02dT%02d:%02d:00Z,ethereum,ETH,%s,0x%040x,1,2000,,%n", i, 1 + i % 28,
                        (i / 28) % 24, (i / 672) % 60, LISTED, 0xb000000 + i));
            }
        }
        return transfers;
    }

    /** The rule folder with only SAN-001 (and the reference tables), so a forked JVM compiles one rule, not all. */
    static Path san001Rules(Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("sanctions"));
        Files.copy(Path.of("rules/sanctions/SAN-001-transfer-listed-address.drl"), rules.resolve("sanctions/SAN-001-transfer-listed-address.drl"));
        Files.createDirectories(rules.resolve("reference"));
        try (Stream<Path> s = Files.list(Path.of("rules/reference"))) {
            for (Path f : s.toList()) {
                Files.copy(f, rules.resolve("reference").resolve(f.getFileName()));
            }
        }
        return rules;
    }

    @Test
    void withinTheBoundNothingChanges() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CheckCommandTest.Run ra = CheckCommandTest.run("check", "--out", a.toString(), "--as-of", "2026-12-07");
        CheckCommandTest.Run rb = CheckCommandTest.run("check", "--out", b.toString(), "--as-of", "2026-12-07", "--max-findings", "141",
                "--report-max-findings", "141");
        assertEquals(ra.exit(), rb.exit(), rb.err());
        for (String f : List.of("findings.csv", "findings.json")) {
            assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
        }
        JsonNode m = new ObjectMapper().readTree(b.resolve("manifest.json").toFile());
        assertTrue(m.get("findings_bound") == null, "no bound was reached: " + m.get("findings_bound"));
        CheckCommandTest.Run rc = CheckCommandTest.run("check", "--out", dir.resolve("c").toString(), "--as-of", "2026-12-07",
                "--max-findings", "140");
        JsonNode mc = new ObjectMapper().readTree(dir.resolve("c").resolve("manifest.json").toFile());
        assertTrue(mc.get("findings_bound").get("raised_beyond").asInt() >= 1, rc.out());
        List<String> all = Files.readAllLines(a.resolve("findings.csv"));
        List<String> cut = Files.readAllLines(dir.resolve("c").resolve("findings.csv"));
        assertTrue(cut.size() < all.size() && cut.size() > 100, cut.size() + " of " + all.size());
        assertEquals(all.subList(0, cut.size()), cut, "the bound keeps the first findings of the unbounded run, byte for byte");
    }
}
