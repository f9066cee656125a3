package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Severity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code check} end to end on the samples: report.html, the summary, --quiet, --verbose, --progress. */
class CheckCommandReportTest {

    @TempDir
    Path dir;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Run(int code, String out, String err) {
    }

    static Run check(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "check";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = Main.execute(all, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void summaryNamesCountsTopRulesAndEveryReport() throws Exception {
        Path out = dir.resolve("out");
        Run r = check("--out", out.toString(), "--as-of", "2025-06-01");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "no progress and no noise on stderr when it is not a terminal");
        String s = r.out();
        // every figure is counted from the run's own findings.json and manifest.json, so the test holds as the samples grow
        List<JsonNode> f = new ArrayList<>();
        MAPPER.readTree(out.resolve("findings.json").toFile()).get("findings").forEach(f::add);
        assertTrue(f.size() > Summary.TOP_RULES, "the samples raise findings of several rules");
        JsonNode manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
        long rowsRead = 0;
        for (JsonNode in : manifest.get("inputs")) {
            rowsRead += in.get("rows_read").asLong();
        }
        for (JsonNode list : manifest.get("lists")) {
            for (JsonNode file : list.get("files")) {
                rowsRead += file.get("rows_read").asLong();
            }
        }
        assertTrue(s.startsWith(String.format(Locale.ROOT, "sanctions-monitor check (samples): %,d findings from %,d rows read (0 rejected), "
                + "as of 2025-06-01%n", f.size(), rowsRead)), s);

        Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        Map<String, Long> byList = new TreeMap<>();
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, String> ruleLine = new TreeMap<>();
        for (JsonNode x : f) {
            bySeverity.merge(Severity.valueOf(x.get("severity").asText()), 1L, Long::sum);
            byCategory.merge(Category.valueOf(x.get("category").asText()), 1L, Long::sum);
            byList.merge(x.get("list_source").isNull() ? "(no list entry)" : x.get("list_source").asText(), 1L, Long::sum);
            String id = x.get("rule_id").asText();
            byRule.merge(id, 1L, Long::sum);
            ruleLine.putIfAbsent(id, String.format(Locale.ROOT, "%-8s %-9s %s", id, x.get("severity").asText(),
                    x.get("rule_name").asText()));
        }
        StringBuilder sev = new StringBuilder("  by severity:");
        for (Severity v : Severity.values()) {
            sev.append("  ").append(v).append(' ').append(String.format(Locale.ROOT, "%,d", bySeverity.getOrDefault(v, 0L)));
        }
        assertTrue(s.contains(sev + "\n"), sev + " in\n" + s);
        assertTrue(s.contains("  by category:  " + byCountText(byCategory) + "\n"), s);
        assertTrue(s.contains("  by list:      " + byCountText(byList) + "\n"), s);
        Map.Entry<String, Long> top = largestFirst(byRule).get(0);
        assertTrue(s.contains(String.format(Locale.ROOT, "  top rules:%n    %,7d  %s%n", top.getValue(), ruleLine.get(top.getKey()))), s);
        assertTrue(s.contains("    (" + (byRule.size() - Summary.TOP_RULES) + " more rules fired; see the report)\n"), s);
        assertEquals("CRITICAL", f.get(0).get("severity").asText(), "the most severe come first");
        StringBuilder severe = new StringBuilder("  most severe:\n");
        for (JsonNode x : f.subList(0, Math.min(Summary.MOST_SEVERE, f.size()))) {
            severe.append(String.format(Locale.ROOT, "    %-8s %s %s %s (%s)%n", x.get("severity").asText(), x.get("rule_id").asText(),
                    x.get("subject_type").asText(), x.get("subject_id").asText(), x.get("source").asText()));
            severe.append("             ");
            assertTrue(s.contains(severe.toString()), severe + " in\n" + s);
            severe.setLength(0);
        }
        for (String report : new String[] {"report.html", "findings.csv", "findings.json", "rejects.csv", "manifest.json"}) {
            assertTrue(s.contains(out.resolve(report).toString().replace('\\', '/')), report + " named in " + s);
            assertTrue(Files.exists(out.resolve(report)), report + " written");
        }
        assertTrue(s.indexOf("report.html") < s.indexOf("findings.csv"), "the report comes first");
        assertFalse(s.contains("timings:"), "timings only with --verbose");
    }

    @Test
    void quietPrintsNothingButErrors() {
        Run r = check("--out", dir.resolve("q").toString(), "--as-of", "2025-06-01", "--quiet", "--progress", "always");
        assertEquals(0, r.code());
        assertEquals("", r.out());
        assertEquals("", r.err(), "--quiet also silences the progress bar");
        assertTrue(Files.exists(dir.resolve("q").resolve("report.html")));

        Run failing = check("--out", dir.resolve("q2").toString(), "--as-of", "2025-06-01", "--quiet", "--fail-on", "HIGH");
        assertEquals(1, failing.code());
        assertEquals("", failing.out());
        assertEquals("findings at or above --fail-on HIGH\n", failing.err(), "why the exit code is not 0 is still said");

        Run missing = check("--quiet", "--lists", "samples/native/ofac-sdn-dprk-excerpt.csv", "--transfers", "no/such.csv",
                "--out", dir.resolve("q3").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: no/such.csv: no such file"), missing.err());
    }

    @Test
    void verboseAddsInputsAndTimings() {
        Run r = check("--out", dir.resolve("v").toString(), "--as-of", "2025-06-01", "--verbose");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  inputs:\n    samples/lists/ofac/sdn.csv"), r.out());
        assertTrue(r.out().contains("  timings:      load_rules "), r.out());
        JsonNode manifest;
        try {
            manifest = MAPPER.readTree(dir.resolve("v").resolve("manifest.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int checked = 0;
        for (JsonNode in : manifest.get("inputs")) {
            long rows = in.get("rows_read").asLong();
            String line = String.format(Locale.ROOT, "read %s %s: %,d rows (%,d accepted, 0 rejected, 0 blank lines)",
                    in.get("kind").asText().replace('_', '-'), in.get("file").asText(), rows, rows);
            if (in.get("kind").asText().equals("transfers") || in.get("kind").asText().equals("shipments")) {
                assertTrue(r.err().contains(line), line + " in\n" + r.err());
                checked++;
            }
        }
        assertEquals(2, checked, "the samples have a transfers and a shipments feed");
        assertTrue(r.err().contains("phase write_reports"), r.err());
        assertFalse(r.err().contains("\r"), "no bar when stderr is not a terminal");
    }

    @Test
    void progressAlwaysDrawsTheBarOnStderrOnly() {
        Run r = check("--out", dir.resolve("p").toString(), "--as-of", "2025-06-01", "--progress", "always");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("\r") && r.err().contains("transfers transfers.csv"), r.err());
        assertTrue(r.err().endsWith("\r\u001b[K"), "the bar is gone when the summary prints");
        assertFalse(r.out().contains("\r"), "stdout carries only the summary");
    }

    @Test
    void badCombinationsAreUsageErrors() {
        Run both = check("--quiet", "--verbose", "--out", dir.resolve("b").toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--quiet and --verbose cannot be used together"), both.err());
        Run progress = check("--progress", "sometimes", "--out", dir.resolve("c").toString());
        assertEquals(2, progress.code());
        assertTrue(progress.err().contains("--progress: 'sometimes' is not one of auto, always, never"), progress.err());
    }

    @Test
    void reportIsTheSameForTheSameInputsSaveTheRunsStartTime() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, check("--out", a.toString(), "--as-of", "2025-06-01", "--quiet").code());
        assertEquals(0, check("--out", b.toString(), "--as-of", "2025-06-01", "--quiet").code());
        String ra = Files.readString(a.resolve("report.html"), StandardCharsets.UTF_8);
        String rb = Files.readString(b.resolve("report.html"), StandardCharsets.UTF_8);
        assertEquals(normalise(ra, a), normalise(rb, b));
        assertFalse(ra.contains("timings_ms"), "timings vary from run to run and stay out of the page");
        assertEquals(Files.readString(a.resolve("findings.csv")), Files.readString(b.resolve("findings.csv")));
    }

    /** Removes what legitimately differs: the start time, and the --out folder named in the options. */
    private static String normalise(String html, Path out) {
        return html.replaceAll("\"started_at\":\"[^\"]*\"", "\"started_at\":\"-\"")
                .replace(org.sanctionsmonitor.ingest.DisplayPaths.display(out), "OUT");
    }

    /** Counts as the summary prints them: largest first, ties in key order, two spaces apart. */
    private static <K extends Comparable<K>> String byCountText(Map<K, Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<K, Long> e : largestFirst(counts)) {
            sb.append(sb.length() == 0 ? "" : "  ").append(e.getKey()).append(' ').append(String.format(Locale.ROOT, "%,d", e.getValue()));
        }
        return sb.toString();
    }

    private static <K extends Comparable<K>> List<Map.Entry<K, Long>> largestFirst(Map<K, Long> counts) {
        List<Map.Entry<K, Long>> l = new ArrayList<>(counts.entrySet());
        l.sort((x, y) -> x.getValue().equals(y.getValue()) ? x.getKey().compareTo(y.getKey()) : Long.compare(y.getValue(), x.getValue()));
        return l;
    }
}
