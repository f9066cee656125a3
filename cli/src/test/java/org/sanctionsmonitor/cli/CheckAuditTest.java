package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.audit.TestFiles;
import org.sanctionsmonitor.report.Json;

/** End to end: check with the auditor's controls (verification, lock, suppressions, impact). */
class CheckAuditTest {

    private static final Path RULES = Path.of("rules");
    private static final String LIST = "samples/native/ofac-sdn-dprk-excerpt.csv";

    @TempDir
    Path tmp;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> manifest(Path out) throws IOException {
        return Json.MAPPER.readValue(out.resolve("manifest.json").toFile(), Map.class);
    }

    @Test
    void checkRefusesRulesThatFailVerification() throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), false);
        TestFiles.replace(rules.resolve("sanctions/SAN-002-shipment-listed-vessel.drl"), "    findings.raise(kcontext, $m);",
                "    new java.io.File(\"/tmp/x\").delete();\n    findings.raise(kcontext, $m);");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("check", "--rules", rules.toString(), "--out", out.toString(), "--as-of", "2025-06-01");
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("rules/sanctions/SAN-002-shipment-listed-vessel.drl:22:9 rule \"SAN-002 Shipment on a listed vessel\", "
                + "consequence: java.io: file I/O"), r.err());
        assertFalse(Files.exists(out.resolve("findings.csv")), "nothing is written when the rules fail verification");
    }

    @Test
    void theManifestRecordsTheLockAndRequireLockRefusesAMismatch() throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), true);
        Path out = tmp.resolve("out");
        String[] run = {"check", "--rules", rules.toString(), "--out", out.toString(), "--as-of", "2025-06-01"};

        CliRun noLock = CliRun.of(concat(run, "--require-lock"));
        assertEquals(3, noLock.exit(), noLock.toString());
        assertTrue(noLock.err().contains("the rules do not match the lock (--require-lock)"), noLock.err());
        assertTrue(noLock.err().contains("no lock file"), noLock.err());

        assertEquals(0, CliRun.of("rules", "lock", "--rules", rules.toString()).exit());
        CliRun locked = CliRun.of(concat(run, "--require-lock"));
        assertEquals(0, locked.exit(), locked.toString());
        assertTrue(locked.out().contains("rules.lock matches the rules"), locked.out());
        Map<String, Object> lock = (Map<String, Object>) manifest(out).get("rules_lock");
        assertEquals("match", lock.get("status"));
        assertEquals(true, lock.get("matches"));

        TestFiles.replace(rules.resolve("sanctions/SAN-004-party-weak-alias.drl"), "@severity(\"MEDIUM\")", "@severity(\"LOW\")");
        CliRun loose = CliRun.of(run);
        assertEquals(0, loose.exit(), loose.toString());
        lock = (Map<String, Object>) manifest(out).get("rules_lock");
        assertEquals("mismatch", lock.get("status"));
        assertEquals(1, ((List<?>) lock.get("changed")).size());
        assertTrue(((List<?>) lock.get("changed")).get(0).toString().endsWith("sanctions/SAN-004-party-weak-alias.drl"));
        assertTrue(loose.out().contains("the rules do NOT match"), loose.out());

        CliRun strict = CliRun.of(concat(run, "--require-lock"));
        assertEquals(3, strict.exit(), strict.toString());
        assertTrue(strict.err().contains("SAN-004-party-weak-alias.drl: changed since the lock (SHA-256 differs)"), strict.err());
    }

    @Test
    void suppressedFindingsMoveToSuppressedCsvAndDoNotFailTheRun() throws IOException {
        // one shipment whose only finding is SAN-004 (MEDIUM): notify party KOMID
        Path shipments = tmp.resolve("shipments.csv");
        List<String> sample = Files.readAllLines(Path.of("samples/shipments.csv"));
        Files.writeString(shipments, sample.get(0) + "\n" + sample.stream().filter(l -> l.startsWith("SHP-2025-0108,")).findFirst().orElseThrow() + "\n");
        Path suppressions = tmp.resolve("suppressions.csv");
        Files.writeString(suppressions, "rule_id,subject_type,subject_id,list_source,list_entry_id,reason,reviewer,expires\n"
                + "SAN-004,shipment,SHP-2025-0108,OFAC-SDN,9345,\"KOMID here is Kowloon Medical Distributors, documents checked\",J. Park,2025-12-31\n");
        Path out = tmp.resolve("out");
        String[] base = {"check", "--lists", LIST, "--shipments", shipments.toString(), "--out", out.toString(), "--fail-on", "MEDIUM"};

        CliRun plain = CliRun.of(concat(base, "--as-of", "2025-06-01"));
        assertEquals(1, plain.exit(), plain.toString());
        assertEquals(2, Files.readAllLines(out.resolve("findings.csv")).size());
        assertEquals(1, Files.readAllLines(out.resolve("suppressed.csv")).size(), "header only");

        CliRun suppressed = CliRun.of(concat(base, "--as-of", "2025-06-01", "--suppressions", suppressions.toString()));
        assertEquals(0, suppressed.exit(), suppressed.toString());
        assertEquals(1, Files.readAllLines(out.resolve("findings.csv")).size(), "header only");
        List<String> s = Files.readAllLines(out.resolve("suppressed.csv"));
        assertEquals(2, s.size());
        assertTrue(s.get(1).startsWith("F-"), s.get(1));
        assertTrue(s.get(1).contains(",SAN-004,") && s.get(1).contains("\"KOMID here is Kowloon Medical Distributors, documents checked\",J. Park,2025-12-31,"), s.get(1));
        assertTrue(suppressed.out().contains("suppressions: 1 finding suppressed"), suppressed.out());
        Map<String, Object> m = (Map<String, Object>) manifest(out).get("suppressions");
        assertEquals(1, m.get("suppressed_findings"));
        byte[] first = Files.readAllBytes(out.resolve("suppressed.csv"));
        assertEquals(0, CliRun.of(concat(base, "--as-of", "2025-06-01", "--suppressions", suppressions.toString())).exit());
        assertArrayEquals(first, Files.readAllBytes(out.resolve("suppressed.csv")), "same inputs, same bytes");

        // after its expiry date (judged by --as-of, not the clock) the suppression no longer applies
        CliRun expired = CliRun.of(concat(base, "--as-of", "2026-01-01", "--suppressions", suppressions.toString()));
        assertEquals(1, expired.exit(), expired.toString());
        assertEquals(2, Files.readAllLines(out.resolve("findings.csv")).size());
        assertEquals(1, Files.readAllLines(out.resolve("suppressed.csv")).size());
        assertTrue(expired.out().contains("EXPIRED SAN-004 shipment SHP-2025-0108 / OFAC-SDN 9345 (line 2, J. Park, expired 2025-12-31): "
                + "no longer applies; 1 finding reported again"), expired.out());
        m = (Map<String, Object>) manifest(out).get("suppressions");
        assertEquals(1, ((List<?>) m.get("expired")).size());
        assertEquals(0, m.get("active"));
    }

    @Test
    void aBadSuppressionsFileIsUnusableInput() throws IOException {
        Path suppressions = tmp.resolve("suppressions.csv");
        Files.writeString(suppressions, "rule_id,subject_type,subject_id,list_source,list_entry_id,reason,reviewer,expires\n"
                + "SAN-004,shipment,SHP-2025-0108,OFAC-SDN,9345,Reviewed,,2025-12-31\n");
        CliRun r = CliRun.of("check", "--out", tmp.resolve("out").toString(), "--suppressions", suppressions.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("suppressions.csv:2: missing required value in column 'reviewer'"), r.err());
    }

    @Test
    void baselineRulesGiveTheImpactOfAChangedRule() throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), false);
        TestFiles.replace(rules.resolve("sanctions/SAN-004-party-weak-alias.drl"), "@severity(\"MEDIUM\")", "@severity(\"HIGH\")");
        TestFiles.replace(rules.resolve("trade/EMB-001-export-from-dprk.drl"), "Shipment(originCountry == \"KP\")",
                "Shipment(originCountry in (\"KP\", \"RU\"))");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("check", "--rules", rules.toString(), "--baseline-rules", "rules", "--out", out.toString(), "--as-of", "2025-06-01");
        assertEquals(0, r.exit(), r.toString());
        // the expected impact is counted from the samples: the changed EMB-001 adds a finding per Russian-origin shipment
        List<String> russian = new ArrayList<>();
        try (CSVParser p = CSVParser.builder().setPath(Path.of("samples", "shipments.csv")).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord rec : p) {
                if (List.of("RU", "Russia", "Russian Federation").contains(rec.get("origin_country").strip())) {
                    russian.add(rec.get("shipment_id"));
                }
            }
        }
        assertTrue(russian.contains("SHP-2025-0103"), russian.toString());
        long current;
        try (CSVParser p = CSVParser.builder().setPath(out.resolve("findings.csv")).setCharset(StandardCharsets.UTF_8)
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            current = p.stream().filter(rec -> rec.get("rule_id").equals("EMB-001")).count();
        }
        long baseline = current - russian.size();
        assertTrue(baseline > 0, "DPRK-origin shipments in the samples");
        int added = russian.size();
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+EMB-001\\s+DRL changed\\s+" + baseline + "\\s+" + current + "\\s+\\+" + added
                + "\\s+-0\\s+~0")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+SAN-004\\s+metadata changed\\s+1\\s+1\\s+\\+0\\s+-0\\s+~1")), r.out());
        long ruleTotal = ruleCount();
        assertTrue(r.out().contains((ruleTotal - 2) + " rules unchanged with the same findings; in all " + added + " added, 0 removed, 1 changed"), r.out());
        List<String> impact = Files.readAllLines(out.resolve("impact.csv"));
        assertEquals(1 + added + 1, impact.size(), impact.toString());
        for (String id : russian) {
            assertEquals(1, impact.stream().filter(l -> l.startsWith("added,EMB-001,F-") && l.contains(",shipment," + id + ",,,")).count(),
                    id + " added in " + impact);
        }
        assertTrue(impact.stream().anyMatch(l -> l.startsWith("added,EMB-001,F-") && l.contains(",shipment,SHP-2025-0103,,,RU,,,HIGH,")), impact.toString());
        assertEquals(1, impact.stream().filter(l -> l.startsWith("changed,SAN-004,F-")
                && l.contains(",SHP-2025-0108,OFAC-SDN,9345,KOMID,severity,MEDIUM,HIGH,")).count(), impact.toString());
        // the real run's reports are those of the current rules
        assertTrue(Files.readString(out.resolve("findings.csv")).contains("SAN-004,Party name equals a weak alias,SANCTIONED_PARTY,HIGH"));

        CliRun same = CliRun.of("check", "--baseline-rules", "rules", "--out", out.toString(), "--as-of", "2025-06-01");
        assertEquals(0, same.exit(), same.toString());
        assertTrue(same.out().contains(ruleCount() + " rules unchanged with the same findings; in all 0 added, 0 removed, 0 changed"), same.out());
        assertEquals(1, Files.readAllLines(out.resolve("impact.csv")).size());
    }

    @Test
    void aChangedReferenceRowIsNamedWithItsOldAndNewValuesAndTheRulesThatReadIt() throws IOException {
        Path rules = TestFiles.copyRules(RULES, tmp.resolve("rules"), false);
        TestFiles.replace(rules.resolve("reference/trade-caps.csv"), "REFINED-BBL,2710,refined petroleum products,500000,bbl,0.9,",
                "REFINED-BBL,2710,refined petroleum products,450000,bbl,0.9,");
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("check", "--rules", rules.toString(), "--baseline-rules", "rules", "--out", out.toString(), "--as-of", "2025-06-01");
        assertEquals(0, r.exit(), r.toString());
        for (String id : List.of("CAP-001", "CAP-002", "CAP-003", "CAP-004", "DQ-002")) {
            assertTrue(r.out().lines().anyMatch(l -> l.matches("\\s+" + id + "\\s+reference changed\\s+.*")), id + " in " + r.out());
        }
        assertTrue(r.out().contains("reference changed trade-caps.csv row REFINED-BBL (rules/reference/trade-caps.csv:8): limit 500000 \u2192 450000;"
                + " read by CAP-001, CAP-002, CAP-003, CAP-004, DQ-002"), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.matches("\\s+SAN-001\\s+.*")), "a rule that reads no caps is unchanged: " + r.out());
        List<String> impact = Files.readAllLines(out.resolve("impact.csv"));
        assertTrue(impact.get(0).endsWith(",table,row_key,field,old_value,new_value,note"), impact.get(0));
        assertEquals("reference changed,CAP-001;CAP-002;CAP-003;CAP-004;DQ-002,,,,,,,limit,,,,,trade-caps.csv,REFINED-BBL,limit,500000,450000,",
                impact.get(1));
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"reference_changes\""), manifest);
        assertTrue(manifest.matches("(?s).*\"rule_id\" : \"CAP-001\",\\s*\"rule_change\" : \"reference changed\".*"), manifest);
        assertTrue(manifest.matches("(?s).*\"field\" : \"limit\",\\s*\"old\" : \"500000\",\\s*\"new\" : \"450000\".*"), manifest);
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("id=\"impact-section\"") && report.contains("\"reference_changes\""), "report.html carries the impact");
    }

    @Test
    void anOlderBaselineWithoutTheRowsThisVersionRequiresRunsAndShowsThemAsAdded() throws IOException {
        Path baseline = TestFiles.copyRules(RULES, tmp.resolve("baseline"), false);
        Path table = baseline.resolve("reference/graph-parameters.csv");
        List<String> removed = new ArrayList<>(org.sanctionsmonitor.graph.GraphParameters.HORIZONS);
        java.util.Collections.sort(removed);
        List<String> kept = Files.readAllLines(table).stream().filter(l -> removed.stream().noneMatch(k -> l.startsWith(k + ","))).toList();
        assertEquals(Files.readAllLines(table).size() - removed.size(), kept.size(), "each horizon row is one line");
        Files.write(table, kept);
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("check", "--baseline-rules", baseline.toString(), "--out", out.toString(), "--as-of", "2025-06-01");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("in all 0 added, 0 removed, 0 changed"), "the same values give the same findings: " + r.out());
        Map<String, List<String>> current = new java.util.HashMap<>();
        for (String line : Files.readAllLines(RULES.resolve("reference/graph-parameters.csv"))) {
            current.put(line.substring(0, line.indexOf(',')), List.of(line));
        }
        List<CSVRecord> impact;
        try (CSVParser p = CSVParser.parse(out.resolve("impact.csv"), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            impact = p.getRecords();
        }
        Map<String, Object> m = manifest(out);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> refs = (List<Map<String, Object>>) ((Map<String, Object>) m.get("impact")).get("reference_changes");
        for (String key : removed) {
            String value = current.get(key).get(0).split(",")[1];
            String note = "the baseline run used " + value + ": the baseline folder has no such row and this version of the tool"
                    + " requires it, so the baseline run used the current folder's value; it is a search horizon or floor";
            CSVRecord row = impact.stream().filter(x -> x.get("row_key").equals(key) && x.get("field").equals("value")).findFirst()
                    .orElseThrow(() -> new AssertionError(key + " not in impact.csv"));
            assertEquals("reference added", row.get("change"));
            assertEquals("graph-parameters.csv", row.get("table"));
            assertEquals("", row.get("old_value"));
            assertEquals(value, row.get("new_value"));
            assertTrue(row.get("note").startsWith(note), row.get("note"));
            assertFalse(row.get("rule_id").isEmpty(), key + " is read by a rule");
            assertTrue(r.out().contains("reference added graph-parameters.csv row " + key + " "), r.out());
            assertTrue(r.out().contains("    " + note), r.out());
            Map<String, Object> ref = refs.stream().filter(x -> key.equals(x.get("row_key"))).findFirst()
                    .orElseThrow(() -> new AssertionError(key + " not in the manifest"));
            assertEquals("added", ref.get("change"));
            assertTrue(((String) ref.get("note")).startsWith(note), ref.toString());
        }
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("the baseline run used "), "report.html carries the note");
        assertTrue(Files.readString(table).lines().noneMatch(l -> l.startsWith(removed.get(0) + ",")), "the baseline itself is untouched");
    }

    /** The rules in rules/ (one per .drl file). */
    private static long ruleCount() throws IOException {
        try (var files = Files.walk(RULES)) {
            return files.filter(f -> f.toString().endsWith(".drl")).count();
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
