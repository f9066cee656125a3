package org.sanctionsmonitor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.cli.Main;

/**
 * report.html in a real browser: headless Chromium (Debian's {@code chromium}, which .ci/run
 * installs) loads the page from disk with networking off, runs its script, and dumps the DOM; the
 * page's URL fragment applies a filter and its data attributes report what it drew. Screenshots go
 * to target/report-screenshot.png and target/report-exposure-screenshot.png. Skipped, with a
 * message, where Chromium is not installed.
 */
class ReportBrowserTest {

    static final Path WORK = Path.of("target", "report-browser-test");
    static Path chromium;
    static Path samplesReport;

    @BeforeAll
    static void setUp() throws Exception {
        chromium = findChromium();
        assumeTrue(chromium != null, "Chromium is not installed (looked at $CHROMIUM, /usr/bin/chromium, "
                + "/usr/bin/chromium-browser, /usr/bin/google-chrome): the browser test is skipped; "
                + "install it with 'apt-get install -y chromium' (.ci/run does)");
        Files.createDirectories(WORK);
        Path out = WORK.resolve("samples-out");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.execute(new String[] {"check", "--out", out.toString(), "--as-of", "2025-06-01", "--quiet"},
                new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, e.toString());
        samplesReport = out.resolve("report.html");
    }

    @Test
    void tableAndChartsRenderForTheSamples() throws Exception {
        String dom = dumpDom(samplesReport, "");
        assertTrue(dom.contains("data-ready=\"true\""), "the page's script ran to the end");
        assertEquals("17", attr(dom, "table", "findings", "data-total"));
        assertEquals("17", attr(dom, "table", "findings", "data-matching"));
        assertEquals("17", attr(dom, "table", "findings", "data-rendered"));
        assertEquals(17, count(dom, "<tr class=\"finding\""));
        assertEquals("3", chartAttr(dom, "severity"), "CRITICAL, HIGH and MEDIUM bars");
        assertEquals("5", chartAttr(dom, "category"), "five categories have findings");
        assertEquals("12", chartAttr(dom, "time"), "twelve days with findings");
        assertTrue(count(dom, "<rect") > 20, "the bars are drawn");
        assertTrue(dom.contains("LAZARUS GROUP") && dom.contains("samples/transfers.csv:3"));
        assertTrue(dom.contains("91a8890cb87b4786abf5406b41cf6c86920d6d2f6022f543c5b8a0d74a70049f"), "the manifest shows input hashes");
        assertTrue(dom.contains("rules/sanctions/SAN-001-transfer-listed-address.drl:"), "the manifest shows the rules");
    }

    @Test
    void aFilterInTheFragmentNarrowsTheTable() throws Exception {
        String high = dumpDom(samplesReport, "#severity=HIGH");
        assertEquals("5", attr(high, "table", "findings", "data-matching"));
        assertEquals(5, count(high, "<tr class=\"finding\""));
        assertEquals(5, count(high, "data-severity=\"HIGH\" tabindex"), "every row shown is HIGH");

        String search = dumpDom(samplesReport, "#q=lazarus");
        assertEquals("2", attr(search, "table", "findings", "data-matching"), "TX-2025-0002 and TX-2025-0003");
        assertTrue(search.contains("TX-2025-0002") && search.contains("TX-2025-0003"));

        String both = dumpDom(samplesReport, "#category=EMBARGOED_TRADE&rule=EMB-002");
        assertEquals("1", attr(both, "table", "findings", "data-matching"));
        assertTrue(both.contains("SHP-2025-0105"));

        String none = dumpDom(samplesReport, "#q=no-such-value");
        assertEquals("0", attr(none, "table", "findings", "data-matching"));
        assertTrue(none.contains("No finding matches the filter."));
    }

    @Test
    void anOpenedFindingShowsItsExplanationRuleAndEvidenceWithFileAndLine() throws Exception {
        String dom = dumpDom(samplesReport, "#open=F-e96071c004be4d45");
        assertEquals(1, count(dom, "<tr class=\"detail\""), "one finding is expanded");
        assertTrue(dom.contains("<p class=\"explanation\">to_address 0x098b716b8aaf21512996dc57eb0615e2383e2f96 equals the ETH"
                + " address listed for LAZARUS GROUP (OFAC-SDN 27307), in a transfer on ethereum.</p>"));
        assertTrue(dom.contains("<dd class=\"mono\">rules/sanctions/SAN-001-transfer-listed-address.drl</dd>"));
        assertTrue(dom.contains("<dt>Legal basis</dt><dd>31 CFR 510.201"));
        assertTrue(dom.contains("subject: transfer TX-2025-0002 <span class=\"mono muted\">samples/transfers.csv:3</span>"));
        assertTrue(dom.contains("list_entry: entity 27307 <span class=\"mono muted\">samples/lists/ofac-sdn-dprk-excerpt.csv:21</span>"));
        assertFalse(dom.contains("data-path=\"true\""), "no path for a direct match");
    }

    @Test
    void sortingByAColumnReordersTheRows() throws Exception {
        String dom = dumpDom(samplesReport, "#sort=date&dir=desc");
        List<String> dates = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"nowrap\">(\\d{4}-\\d{2}-\\d{2})</td>").matcher(dom);
        while (m.find()) {
            dates.add(m.group(1));
        }
        assertEquals(17, dates.size(), dom.length() + " chars of DOM");
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
        assertTrue(dom.contains("aria-sort=\"descending\""));
    }

    @Test
    void anExposurePathIsDrawnAndFeedValuesStayText() throws Exception {
        String evil = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
                + "</script><script>document.body.setAttribute('data-pwned','script')</script>";
        Finding exposure = ReportHtmlTest.withPath(TestFindings.transfer("F-exposure", Severity.HIGH,
                Category.INDIRECT_EXPOSURE, "EXP-001", "TX-" + evil, "2025-03-05T00:00:00Z",
                "0x098b716b8aaf21512996dc57eb0615e2383e2f96", "Two hops from LAZARUS GROUP " + evil, 9), List.of(
                        ReportHtmlTest.hop("TX-7", "0x1111111111111111111111111111111111111111",
                                "0x2222222222222222222222222222222222222222", 7),
                        ReportHtmlTest.hop("TX-8", "0x2222222222222222222222222222222222222222",
                                "0x098b716b8aaf21512996dc57eb0615e2383e2f96", 8)));
        List<Finding> findings = new ArrayList<>(ReportHtmlTest.sample());
        findings.add(0, exposure);
        Path page = WORK.resolve("exposure").resolve("report.html");
        Files.createDirectories(page.getParent());
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            ReportHtml.write(findings, List.of(), ReportHtmlTest.manifest(), w);
        }

        String dom = dumpDom(page, "#open=F-exposure");
        assertTrue(dom.contains("data-ready=\"true\""), "the page's script ran to the end");
        assertFalse(dom.contains("data-pwned=\""), "no feed value ran as markup or script (it would set this attribute)");
        assertTrue(dom.contains("setAttribute('data-pwned'"), "the would-be script is there, as text");
        assertFalse(dom.contains("<img"), "no element was made from a feed value");
        assertTrue(dom.contains("Two hops from LAZARUS GROUP &lt;img src=x"), "the value is shown as text");
        assertTrue(dom.contains("data-path=\"true\""), "the opened finding shows its path");
        assertTrue(dom.contains("data-path-nodes=\"3\"") && dom.contains("data-path-edges=\"2\""));
        assertEquals(3, count(dom, "class=\"path-node\""));
        assertTrue(dom.contains("data-kind=\"listed\"") && dom.contains("data-kind=\"start\""));
        assertEquals(2, count(dom, "class=\"path-edge\""));

        screenshot(page, "#open=F-exposure", Path.of("target", "report-exposure-screenshot.png"));
    }

    @Test
    void screenshotOfTheSamplesReport() throws Exception {
        Path shot = Path.of("target", "report-screenshot.png");
        screenshot(samplesReport, "#open=F-e96071c004be4d45", shot);
    }

    // ---- driving Chromium ----

    static Path findChromium() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank()) {
            candidates.add(env);
        }
        candidates.addAll(Arrays.asList("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"));
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static String dumpDom(Path page, String fragment) throws Exception {
        return new String(runChromium(page, fragment, "--dump-dom"), StandardCharsets.UTF_8);
    }

    static void screenshot(Path page, String fragment, Path png) throws Exception {
        Files.deleteIfExists(png);
        runChromium(page, fragment, "--screenshot=" + png.toAbsolutePath(), "--window-size=1400,2000", "--hide-scrollbars");
        assertTrue(Files.exists(png), "Chromium wrote " + png);
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, "a PNG");
        assertTrue(Files.size(png) > 50_000, "a rendered page, not a blank one: " + Files.size(png) + " bytes");
    }

    static byte[] runChromium(Path page, String fragment, String... extra) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile-");
        Path log = Files.createTempFile("chromium-", ".log");
        try {
            List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile));
            cmd.addAll(Arrays.asList(extra));
            cmd.add(page.toAbsolutePath().toUri() + fragment);
            Process p = new ProcessBuilder(cmd).redirectError(log.toFile()).start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("Chromium did not finish in 120 s: " + String.join(" ", cmd));
            }
            assertEquals(0, p.exitValue(), "Chromium failed: " + Files.readString(log));
            return out;
        } finally {
            deleteTree(profile);
            Files.deleteIfExists(log);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static String attr(String dom, String tag, String id, String name) {
        Matcher m = Pattern.compile("<" + tag + " [^>]*id=\"" + id + "\"[^>]*>").matcher(dom);
        assertTrue(m.find(), "<" + tag + " id=" + id + "> in the DOM");
        Matcher a = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(m.group());
        assertTrue(a.find(), name + " on " + m.group());
        return a.group(1);
    }

    static String chartAttr(String dom, String chart) {
        Matcher m = Pattern.compile("<svg [^>]*data-chart=\"" + chart + "\"[^>]*data-bars=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "the " + chart + " chart is drawn");
        return m.group(1);
    }

    static int count(String s, String part) {
        return ReportHtmlTest.count(s, part);
    }
}
