package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** End to end: the check command on files, read back from findings.csv. */
class CheckCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    static List<CSVRecord> findings(Path out) throws IOException {
        try (Reader r = Files.newBufferedReader(out.resolve("findings.csv"))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    static Set<String> pairs(List<CSVRecord> findings) {
        Set<String> s = new TreeSet<>();
        findings.forEach(r -> s.add(r.get("rule_id") + " " + r.get("subject_id")));
        return s;
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void theSampleRunShowsEveryRuleAndCleanRecordsStayClean() throws IOException {
        Path out = dir.resolve("out");
        Run r = run("check", "--out", out.toString(), "--as-of", "2026-01-15");
        assertEquals(0, r.exit(), r.err());
        Set<String> expected = new TreeSet<>(List.of(
                "SAN-001 TX-2025-0002", "SAN-001 TX-2025-0003", "SAN-001 TX-2025-0004", "SAN-001 TX-2025-0005",
                "SAN-001 TX-2025-0006", "SAN-001 TX-2025-0009", "SAN-001 TX-2025-0010", "SAN-001 TX-2025-0016",
                "SAN-002 SHP-2025-0102", "SAN-002 SHP-2025-0111", "DQ-001 SHP-2025-0103", "EMB-001 SHP-2025-0104",
                "EMB-001 SHP-2025-0111", "EMB-002 SHP-2025-0105", "SAN-003 SHP-2025-0106", "SAN-003 SHP-2025-0107",
                "SAN-004 SHP-2025-0108",
                // shipping and trade (issue 5): commodity bans, routing, dual-use, caps, STS, AIS gaps, identity changes
                "EMB-010 SHP-2025-0104", "EMB-010 SHP-2025-0111", "EMB-010 SHP-2025-0113", "EMB-001 SHP-2025-0113",
                "EMB-011 SHP-2025-0105", "EMB-012 SHP-2025-0105", "EMB-012 SHP-2025-0111", "EMB-012 SHP-2025-0113",
                "EMB-013 SHP-2025-0120", "EMB-014 SHP-2025-0119", "SAN-003 SHP-2025-0119",
                "EMB-002 SHP-2025-0114", "EMB-002 SHP-2025-0115", "EMB-002 SHP-2025-0116", "EMB-002 SHP-2025-0117",
                "EMB-002 SHP-2025-0118", "EMB-002 SHP-2026-0001", "EMB-012 SHP-2025-0114", "EMB-012 SHP-2025-0115",
                "EMB-012 SHP-2025-0116", "EMB-012 SHP-2025-0117", "EMB-012 SHP-2025-0118", "EMB-012 SHP-2026-0001",
                "CAP-004 SHP-2025-0114", "CAP-004 EV-2025-0003", "CAP-004 SHP-2025-0115", "CAP-004 SHP-2025-0116",
                "CAP-004 SHP-2025-0117", "CAP-004 SHP-2025-0118", "CAP-004 SHP-2026-0001",
                "CAP-003 SHP-2025-0115", "CAP-001 SHP-2025-0116", "CAP-002 SHP-2025-0117", "DQ-002 SHP-2025-0118",
                "STS-001 EV-2025-0002", "STS-001 EV-2025-0003", "STS-002 EV-2025-0001", "STS-002 EV-2025-0003",
                "STS-003 EV-2025-0004", "VES-001 EV-2025-0006", "VES-002 EV-2025-0009", "VES-003 EV-2025-0010",
                "CYB-002 TX-2025-0007",
                // the crypto graph samples (issue 4): labels, exposure, laundering patterns
                "CYB-001 TX-2025-0171", "CYB-002 TX-2025-0181", "CYB-010 TX-2025-0006",
                "CYB-010 TX-2025-0010", "CYB-011 TX-2025-0111", "CYB-011 TX-2025-0112",
                "CYB-012 CUST-1001", "CYB-020 TX-2025-0013", "CYB-020 TX-2025-0102",
                "CYB-020 TX-2025-0105", "CYB-020 TX-2025-0106", "CYB-020 TX-2025-0111",
                "CYB-021 TX-2025-0103", "CYB-021 TX-2025-0107", "CYB-030 19qGYmxg5k5SSCkvZd36FQKfmVQZw3NbjU",
                "CYB-031 TRDAQKPXVMd63JpEe385dyC27iBpzGNjZj", "CYB-032 0x82476040b8831129cae542db9c5c2716ad55d1f5", "CYB-033 TX-2025-0106",
                "CYB-033 TX-2025-0151", "CYB-034 CUST-6001", "SAN-001 TX-2025-0101",
                // hack proceeds (issue 20): the Bybit theft address, no amount_usd (valued from the daily prices)
                "CYB-023 TX-2025-0191", "CYB-024 TX-2025-0192", "CYB-025 TX-2025-0193",
                // EIP-55 (issue 20): the near-miss address's mixed case does not match its checksum
                "CYB-003 TX-2025-0008",
                // cross-chain keys (issue 20): SIM Hyon Sop's key, listed for ETH/ARB/BSC, is a source on polygon
                "CYB-020 TX-2025-0172",
                // payments and name screening (issue 3)
                "SAN-020 PAY-2025-0002", "SAN-003 PAY-2025-0003", "SAN-022 PAY-2025-0004", "SAN-003 PAY-2025-0006",
                "SAN-003 PAY-2025-0007", "SAN-020 PAY-2025-0008", "SAN-003 PAY-2025-0008", "SAN-003 PAY-2025-0011",
                "SAN-003 PAY-2025-0012", "SAN-021 PAY-2025-0013"));
        List<CSVRecord> all = findings(out);
        assertEquals(expected, pairs(all.stream().filter(f -> !f.get("rule_id").startsWith("OWN-")).toList()));
        // the ownership samples (issue 21): one finding per regime, told apart by matched_value
        List<String> ownership = List.of(
                "OWN-001 Amnok Bridge Trading Co OFAC: 50%", "OWN-001 Bright Star Fuel Trading Ltd EU: 30% + 30% = 60%",
                "OWN-001 Bright Star Fuel Trading Ltd OFAC: 30% + 30% = 60%", "OWN-001 Circle A Marine Services Ltd OFAC: 50%",
                "OWN-001 Circle B Bunkering Ltd OFAC: 60%", "OWN-001 Golden Tide Shipping Agency Ltd OFAC: 25% + 25% = 50%",
                "OWN-001 Kumgang Sample Mining Ltd EU: 60%", "OWN-001 Kumgang Sample Mining Ltd OFAC: 60%", "OWN-001 Overbooked Ventures Ltd EU: 70%",
                "OWN-001 Overbooked Ventures Ltd OFAC: 70%", "OWN-001 SAMPLE-C1 EU: 60%", "OWN-001 SAMPLE-C1 OFAC: 60%",
                "OWN-001 SAMPLE-C2 EU: 75%", "OWN-001 SAMPLE-C2 OFAC: 75%", "OWN-001 SAMPLE-C3 EU: 51%", "OWN-001 SAMPLE-C3 OFAC: 51%",
                "OWN-001 Tumen River Logistics Ltd EU: 55%", "OWN-001 Tumen River Logistics Ltd OFAC: 55%", "OWN-002 Kumgang Sample Mining Ltd UK: 60%",
                "OWN-002 Overbooked Ventures Ltd UK: 70%", "OWN-002 SAMPLE-C1 UK: 60%", "OWN-002 SAMPLE-C2 UK: 75%",
                "OWN-002 SAMPLE-C3 UK: 51%", "OWN-002 Tumen River Logistics Ltd UK: 55%", "OWN-003 Pacific Agency Services Ltd EU: control",
                "OWN-003 Pacific Agency Services Ltd UK: control", "OWN-010 PAY-2025-0014 Chain Level Three Trading Limited",
                "OWN-010 PAY-2025-0017 Golden Tide Shipping Agency Ltd", "OWN-010 SHP-2025-0122 Tumen River Logistics Ltd",
                "OWN-020 Amnok Bridge Trading Co EU: 50%", "OWN-020 Amnok Bridge Trading Co UK: 50%", "OWN-020 Bright Star Fuel Trading Ltd UK: 30% + 30% = 60%",
                "OWN-020 Circle A Marine Services Ltd EU: 50%", "OWN-020 Circle A Marine Services Ltd UK: 50%",
                "OWN-020 Golden Tide Shipping Agency Ltd EU: 25% + 25% = 50%", "OWN-020 Golden Tide Shipping Agency Ltd UK: 25% + 25% = 50%",
                "OWN-020 Haebit Commerce Ltd EU: 49.9%", "OWN-020 Haebit Commerce Ltd OFAC: 49.9%", "OWN-020 Haebit Commerce Ltd UK: 49.9%",
                "OWN-020 Middle Unlisted Holdings Ltd EU: 40%", "OWN-020 Middle Unlisted Holdings Ltd OFAC: 40%",
                "OWN-020 Middle Unlisted Holdings Ltd UK: 40%", "OWN-021 Pacific Agency Services Ltd OFAC: 10%, control",
                "OWN-090 Overbooked Ventures Ltd 70% + 45% = 115%", "OWN-091 Tumen River Logistics Ltd 55%");
        assertEquals(new TreeSet<>(ownership), all.stream().filter(f -> f.get("rule_id").startsWith("OWN-"))
                .map(f -> f.get("rule_id") + " " + f.get("subject_id") + " " + f.get("matched_value"))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        int total = expected.size() + ownership.size();
        assertEquals(total, all.size());
        assertTrue(r.out().contains("sanctions-monitor check (samples): " + total + " findings"), r.out());
        for (String f : List.of("findings.csv", "findings.json", "rejects.csv", "manifest.json")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".staging-")).toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void twoRunsGiveByteIdenticalFindingsEvenInAnotherLocaleAndTimezone() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, run("check", "--out", a.toString(), "--as-of", "2026-01-15").exit());
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Seoul"));
            assertEquals(0, run("check", "--out", b.toString(), "--as-of", "2026-01-15").exit());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(Files.readAllBytes(a.resolve("findings.csv")), Files.readAllBytes(b.resolve("findings.csv")));
        assertArrayEquals(Files.readAllBytes(a.resolve("findings.json")), Files.readAllBytes(b.resolve("findings.json")));
    }

    @Test
    void theSameInputsInAnyRowOrderGiveByteIdenticalFindingsCsv() throws IOException {
        Path samples = Path.of("samples");
        Path t = dir.resolve("transfers.csv");
        Path s = dir.resolve("shipments.csv");
        Path l = dir.resolve("list.csv");
        Files.write(t, reversedRows(samples.resolve("transfers.csv")));
        Files.write(s, reversedRows(samples.resolve("shipments.csv")));
        Files.write(l, reversedRows(samples.resolve("native/ofac-sdn-dprk-excerpt.csv")));
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Path copyT = dir.resolve("in-order/transfers.csv");
        Files.createDirectories(copyT.getParent());
        Files.copy(samples.resolve("transfers.csv"), copyT);
        Files.copy(samples.resolve("shipments.csv"), dir.resolve("in-order/shipments.csv"));
        Files.copy(samples.resolve("native/ofac-sdn-dprk-excerpt.csv"), dir.resolve("in-order/list.csv"));
        assertEquals(0, run("check", "--lists", dir.resolve("in-order/list.csv").toString(), "--transfers", copyT.toString(),
                "--shipments", dir.resolve("in-order/shipments.csv").toString(), "--out", a.toString(), "--as-of", "2026-01-15").exit());
        assertEquals(0, run("check", "--lists", l.toString(), "--transfers", t.toString(), "--shipments", s.toString(),
                "--out", b.toString(), "--as-of", "2026-01-15").exit());
        String fa = Files.readString(a.resolve("findings.csv")).replace(dir.resolve("in-order") + "/", "");
        String fb = Files.readString(b.resolve("findings.csv")).replace(dir + "/", "");
        // not a trivial comparison: the run raises the findings its manifest counts, from rules of every kind of check
        JsonNode manifest = new ObjectMapper().readTree(a.resolve("manifest.json").toFile());
        long findings = manifest.get("findings").get("total").asLong();
        assertTrue(findings > 10, fa);
        assertEquals(findings + 1, fa.lines().count(), "a header and a row per finding");
        for (String rule : List.of("SAN-001", "SAN-002", "SAN-003", "EMB-001", "EMB-002", "DQ-001", "EMB-010", "CAP-004")) {
            assertTrue(fa.contains("," + rule + ","), rule + " fires on the samples:\n" + fa);
        }
        assertEquals(fa, fb);
    }

    /** The file with its header first and its data rows in reverse order. */
    private static List<String> reversedRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> rows = new java.util.ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.reverse(rows);
        List<String> out = new java.util.ArrayList<>();
        out.add(lines.get(0));
        out.addAll(rows);
        return out;
    }

    @Test
    void theIssueCasesEndToEnd() throws IOException {
        Path list = write("list.csv", """
                entity_id,name,type,aliases,crypto_addresses,imo,list
                27307,LAZARUS GROUP,entity,,ETH:0x098B716B8Aaf21512996dC57EB0615e2383E2f96,,OFAC-SDN
                43377,"KIM, Sang Man",individual,,ETH:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40;USDT:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40;USDC:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40,,OFAC-SDN
                42496,"WU, Huihui",individual,,XBT:1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt,,OFAC-SDN
                23163,KUM UN SAN 3,vessel,,,8705539,OFAC-SDN
                """);
        Path transfers = write("transfers.csv", """
                tx_id,timestamp,chain,asset,from_address,to_address,amount
                LOWER,2025-01-01T00:00:00Z,ethereum,ETH,0x1111111111111111111111111111111111111111,0x098b716b8aaf21512996dc57eb0615e2383e2f96,1
                UPPER,2025-01-01T00:00:00Z,ethereum,ETH,0X098B716B8AAF21512996DC57EB0615E2383E2F96,0x1111111111111111111111111111111111111111,1
                ONE-OFF,2025-01-01T00:00:00Z,ethereum,ETH,0x1111111111111111111111111111111111111111,0x098b716b8aaf21512996dc57eb0615e2383e2f97,1
                BASE58-CASE,2025-01-01T00:00:00Z,bitcoin,XBT,1BzaK7tYrPKpBK5T45SDt6mSZqssXdLdgm,1986RYHCKYBJPGQJY6ORNUMYD2N5MTQWDT,1
                THREE-ASSETS,2025-01-01T00:00:00Z,ethereum,USDC,0x1111111111111111111111111111111111111111,0xB6F5EC1A0A9CD1526536D3F0426C429529471F40,1
                """);
        Path shipments = write("shipments.csv", """
                shipment_id,date,vessel_name,vessel_imo,origin_country,destination_country,consignee,consignee_country
                RENAMED,2025-02-01,PU RYONG,8705539,SG,CN,,
                TO-SOUTH,2025-02-01,HYUNDAI GLORY,9312456,JP,"Korea, South",Korea Exchange Bank,"Korea, South"
                """);
        Path out = dir.resolve("out");
        Run r = run("check", "--lists", list.toString(), "--transfers", transfers.toString(), "--shipments",
                shipments.toString(), "--out", out.toString(), "--as-of", "2026-01-15");
        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> f = findings(out);
        // the case-changed Base58 address fails its checksum: a data-quality finding, never a match
        assertEquals(Set.of("SAN-001 LOWER", "SAN-001 UPPER", "SAN-001 THREE-ASSETS", "SAN-002 RENAMED", "CYB-002 BASE58-CASE"),
                pairs(f));
        CSVRecord renamed = f.stream().filter(x -> x.get("subject_id").equals("RENAMED")).findFirst().orElseThrow();
        assertEquals("23163", renamed.get("list_entry_id"));
        assertEquals("OFAC-SDN", renamed.get("list_source"));
        assertEquals("shipments.csv", Path.of(renamed.get("source_file")).getFileName().toString());
        assertEquals("rules/sanctions/SAN-002-shipment-listed-vessel.drl", renamed.get("rule_file"));

        JsonNode json = new ObjectMapper().readTree(out.resolve("findings.json").toFile());
        assertEquals(5, json.get("count").asInt());
        JsonNode ev = json.get("findings").get(0).get("evidence");
        assertEquals("subject", ev.get(0).get("role").asText());
        assertTrue(ev.get(0).get("line").asInt() >= 2);
        assertEquals("list_entry", ev.get(1).get("role").asText());

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(5, manifest.get("inputs").get(0).get("rows_read").asInt());
        assertEquals(64, manifest.get("inputs").get(0).get("sha256").asText().length());
        assertEquals(4, manifest.get("lists").get(0).get("entities").asInt());
        assertEquals("10.2.0", manifest.get("drools_version").asText());
        assertTrue(manifest.get("rules").get("files").size() >= 7);
        assertEquals(3, countFor(manifest, "SAN-001"));
        assertTrue(manifest.get("timings_ms").has("read_and_rules"));
    }

    @Test
    void vesselEventsAndTheCapEndToEnd() throws IOException {
        Path list = write("list.csv", """
                entity_id,name,type,imo,list
                23736,YU JONG 2,vessel,8604917,OFAC-SDN
                """);
        Path shipments = write("shipments.csv", """
                shipment_id,date,destination_country,hs_code,quantity,unit,port_of_discharge
                S-JUNE,2025-06-01,North Korea,2710.19,300000,bbl,Nampo
                S-JAN-NEXT,2026-01-03,North Korea,2710.19,300000,bbl,Nampo
                """);
        Path events = write("events.csv", """
                event_id,timestamp,event_type,vessel_name,vessel_imo,other_vessel_name,other_vessel_imo,hs_code,quantity,unit
                E-MAY,2025-05-01T00:00:00Z,sts,NEW SPLENDOR,9236145,YU JONG 2,IMO 8604917,2710.19,35000,kl
                E-BAD,2025-05-02T00:00:00Z,DRIFTING,X,,,,,,
                """);
        Path out = dir.resolve("out");
        Run r = run("check", "--lists", list.toString(), "--shipments", shipments.toString(), "--vessel-events",
                events.toString(), "--out", out.toString(), "--as-of", "2026-01-15", "--max-reject-ratio", "0.5");
        assertEquals(0, r.exit(), r.err());
        Set<String> p = pairs(findings(out));
        // 35,000 kl = 220,143.4 bbl in May, then 300,000 bbl in June: June crosses; the next January starts afresh
        assertTrue(p.contains("STS-002 E-MAY"), p.toString());
        assertTrue(p.contains("CAP-001 S-JUNE"), p.toString());
        assertFalse(p.stream().anyMatch(x -> x.startsWith("CAP-001 S-JAN-NEXT") || x.startsWith("CAP-002")), p.toString());
        assertTrue(p.contains("CAP-004 E-MAY") && p.contains("CAP-004 S-JAN-NEXT"), p.toString());
        List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"));
        assertTrue(rejects.get(1).contains("events.csv,3,") && rejects.get(1).contains("'DRIFTING' is not one of"), rejects.get(1));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("vessel_events", manifest.get("inputs").get(1).get("kind").asText());
        assertTrue(manifest.get("rules").get("files").toString().contains("rules/reference/trade-caps.csv"));
        JsonNode json = new ObjectMapper().readTree(out.resolve("findings.json").toFile());
        boolean cited = false;
        for (JsonNode f : json.get("findings")) {
            if (f.get("rule_id").asText().equals("CAP-001")) {
                for (JsonNode e : f.get("evidence")) {
                    cited |= e.get("role").asText().equals("reference") && e.get("id").asText().equals("REFINED-BBL");
                }
            }
        }
        assertTrue(cited, "CAP-001 cites the cap's row of trade-caps.csv");
    }

    private static int countFor(JsonNode manifest, String id) {
        for (JsonNode r : manifest.get("rules").get("rules")) {
            if (r.get("id").asText().equals(id)) {
                return r.get("findings").asInt();
            }
        }
        return -1;
    }

    @Test
    void aMissingRequiredColumnExitsTwoNamingFileAndColumnAndWritesNothing() throws IOException {
        Path list = write("list.csv", "entity_id,name\n1,ACME\n");
        Path t = write("t.csv", "tx_id,timestamp,chain,asset,from_address,amount\nT1,2025-01-01T00:00:00Z,bitcoin,XBT,a,1\n");
        Path out = dir.resolve("out");
        Run r = run("check", "--lists", list.toString(), "--transfers", t.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("t.csv:1: the transfers file lacks required column 'to_address'"), r.err());
        assertFalse(Files.exists(out.resolve("findings.csv")));
    }

    @Test
    void rejectedRowsGoToRejectsCsvAndFailTheRunUnlessAllowed() throws IOException {
        Path list = write("list.csv", "entity_id,name\n1,ACME\n");
        Path t = write("t.csv", """
                tx_id,timestamp,chain,asset,from_address,to_address,amount
                T1,2025-01-01T00:00:00Z,bitcoin,XBT,a,b,1
                T2,not-a-date,bitcoin,XBT,a,b,1
                T3,2025-01-01T00:00:00Z,bitcoin,XBT,a,b,1
                T4,2025-01-01T00:00:00Z,bitcoin,XBT,a,b,1
                """);
        Path out = dir.resolve("out");
        Run r = run("check", "--lists", list.toString(), "--transfers", t.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("1 of 5 rows rejected"), r.err());
        List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"));
        assertEquals("file,line,reason,raw", rejects.get(0));
        assertTrue(rejects.get(1).contains("t.csv,3,"), rejects.get(1));
        assertTrue(rejects.get(1).contains("'not-a-date' is not an ISO-8601 timestamp"), rejects.get(1));
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode in = manifest.get("inputs").get(0);
        assertEquals(4, in.get("rows_read").asInt());
        assertEquals(in.get("rows_read").asInt(), in.get("rows_accepted").asInt() + in.get("rows_rejected").asInt());
        assertEquals(2, manifest.get("result").get("exit_code").asInt());

        Run allowed = run("check", "--lists", list.toString(), "--transfers", t.toString(), "--out", out.toString(),
                "--max-reject-ratio", "0.25");
        assertEquals(0, allowed.exit(), allowed.err());
    }

    @Test
    void failOnExitsOneOnlyWhenAFindingReachesTheSeverity() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(1, run("check", "--out", out.toString(), "--fail-on", "critical").exit());
        Path list = write("list.csv", "entity_id,name\n1,ACME\n");
        Path t = write("t.csv", "tx_id,timestamp,chain,asset,from_address,to_address,amount\n"
                + "T1,2025-01-01T00:00:00Z,bitcoin,XBT,1BzaK7tYrPKpBK5T45SDt6mSZqssXdLdgm,1N9vMHuXd3D1CjF6q8CC4z2xi5dfYTDuVb,1\n");
        assertEquals(0, run("check", "--lists", list.toString(), "--transfers", t.toString(), "--out", out.toString(),
                "--fail-on", "INFO").exit());
    }

    @Test
    void rulesThatDoNotCompileExitThreeAndLeaveThePreviousReportsIntact() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, run("check", "--out", out.toString(), "--as-of", "2026-01-15").exit());
        byte[] before = Files.readAllBytes(out.resolve("findings.csv"));
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("sanctions"));
        Files.writeString(rules.resolve("sanctions/SAN-001-broken.drl"), "package sanctions;\nrule \"SAN-001 x\"\nwhen\n  Foo(\nthen\nend\n");
        Run r = run("check", "--rules", rules.toString(), "--out", out.toString(), "--as-of", "2026-01-15");
        assertEquals(3, r.exit());
        assertTrue(r.err().contains("rules/sanctions/SAN-001-broken.drl:"), r.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("findings.csv")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".staging-")).toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void badUsageExitsTwo() throws IOException {
        Path t = write("t.csv", "tx_id,timestamp,chain,asset,from_address,to_address,amount\n");
        Run noList = run("check", "--transfers", t.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, noList.exit());
        assertTrue(noList.err().contains("--lists is required"), noList.err());
        assertEquals(2, run("check", "--fail-on", "SEVERE").exit());
        assertEquals(2, run("check", "--as-of", "yesterday").exit());
        assertEquals(2, run("check", "--no-such-option").exit());
        assertEquals(2, run("check", "--max-reject-ratio", "2").exit());
        Run missing = run("check", "--lists", dir.resolve("nope.csv").toString(), "--transfers", t.toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("nope.csv: no such list file"), missing.err());
    }

    @Test
    void helpListsTheOptionsAndExitCodes() {
        Run r = run("check", "--help");
        assertEquals(0, r.exit());
        for (String o : List.of("--lists", "--transfers", "--shipments", "--vessel-events", "--rules", "--out", "--as-of", "--fail-on",
                "--max-reject-ratio", "Exit codes")) {
            assertTrue(r.out().contains(o), o);
        }
    }

}
