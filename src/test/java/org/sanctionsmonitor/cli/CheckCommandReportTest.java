package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} end to end on the samples: report.html, the summary, --quiet, --verbose, --progress. */
class CheckCommandReportTest {

    @TempDir
    Path dir;

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
        assertTrue(s.startsWith("sanctions-monitor check (samples): 17 findings from 58 rows read (0 rejected), as of 2025-06-01\n"), s);
        assertTrue(s.contains("  by severity:  CRITICAL 10  HIGH 5  MEDIUM 2  LOW 0  INFO 0\n"), s);
        assertTrue(s.contains("  by category:  SANCTIONED_ADDRESS 8  SANCTIONED_PARTY 3  EMBARGOED_TRADE 3  SANCTIONED_VESSEL 2  DATA_QUALITY 1\n"), s);
        assertTrue(s.contains("  by list:      OFAC-SDN 13  (no list entry) 4\n"), s);
        assertTrue(s.contains("  top rules:\n          8  SAN-001  CRITICAL  Transfer to or from a listed address\n"), s);
        assertTrue(s.contains("    (2 more rules fired; see the report)\n"), s);
        assertTrue(s.contains("  most severe:\n    CRITICAL SAN-001 transfer TX-2025-0002 (samples/transfers.csv:3)\n"), s);
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

        Run missing = check("--quiet", "--lists", "samples/lists/ofac-sdn-dprk-excerpt.csv", "--transfers", "no/such.csv",
                "--out", dir.resolve("q3").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: no/such.csv: no such file"), missing.err());
    }

    @Test
    void verboseAddsInputsAndTimings() {
        Run r = check("--out", dir.resolve("v").toString(), "--as-of", "2025-06-01", "--verbose");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  inputs:\n    samples/lists/ofac-sdn-dprk-excerpt.csv"), r.out());
        assertTrue(r.out().contains("  timings:      load_rules "), r.out());
        assertTrue(r.err().contains("read transfers samples/transfers.csv: 16 rows (16 accepted, 0 rejected, 0 blank lines)"), r.err());
        assertTrue(r.err().contains("read shipments samples/shipments.csv: 12 rows"), r.err());
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
}
