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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.cli.Main;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;

/**
 * report.html in a real browser: headless Chromium (Debian's {@code chromium}, which .ci/run
 * installs) loads the page from disk with networking off, runs its script, and dumps the DOM; the
 * page's URL fragment applies a filter and its data attributes report what it drew. Screenshots go
 * to target/report-screenshot.png and target/report-exposure-screenshot.png. Skipped, with a
 * message, where Chromium is not installed.
 */
class ReportBrowserTest {

    static final Path WORK = Path.of("target", "report-browser-test");
    /** The rows report.html draws before 'Show more' (PAGE in report.js). */
    static final int PAGE = 200;
    static Path chromium;
    static Path samplesReport;
    /** The sample run's findings as findings.json has them: every expectation below is counted from these. */
    static List<JsonNode> sampleFindings;

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
        sampleFindings = new ArrayList<>();
        new ObjectMapper().readTree(out.resolve("findings.json").toFile()).get("findings").forEach(sampleFindings::add);
        assertTrue(sampleFindings.size() > 1, "the samples raise findings");
    }

    /** How many of the sample findings pass {@code p}. */
    static int countFindings(Predicate<JsonNode> p) {
        return (int) sampleFindings.stream().filter(p).count();
    }

    /** The distinct values of a findings.json field among the sample findings. */
    static Set<String> distinct(String field) {
        return sampleFindings.stream().map(f -> f.get(field).asText()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The finding's date as the page charts it: its subject's timestamp or date (yyyy-MM-dd), or null. */
    static String subjectDate(JsonNode f) {
        for (JsonNode e : f.get("evidence")) {
            if (!"subject".equals(e.path("role").asText())) {
                continue;
            }
            for (String key : new String[] {"timestamp", "date"}) {
                String v = e.path("facts").path(key).asText("");
                if (v.length() >= 10 && v.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return v.substring(0, 10);
                }
            }
        }
        return null;
    }

    /**
     * How many bars the time chart draws for findings on {@code days}: the page buckets by day over up to 62 days,
     * by week (from Monday) up to 62 weeks, by month up to 120 months, else by year.
     */
    static int timeBars(Set<String> days) {
        List<java.time.LocalDate> d = days.stream().map(java.time.LocalDate::parse).sorted().toList();
        long span = java.time.temporal.ChronoUnit.DAYS.between(d.get(0), d.get(d.size() - 1)) + 1;
        java.util.function.Function<java.time.LocalDate, String> bucket = span <= 62 ? java.time.LocalDate::toString
                : span <= 62 * 7 ? x -> x.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)).toString()
                : span <= 31 * 120 ? x -> x.toString().substring(0, 7) : x -> x.toString().substring(0, 4);
        return (int) d.stream().map(bucket).distinct().count();
    }

    /** How many rows the page draws at first for {@code matching} findings (it draws them a page at a time). */
    static String rendered(int matching) {
        return String.valueOf(Math.min(matching, PAGE));
    }

    @Test
    void tableAndChartsRenderForTheSamples() throws Exception {
        String dom = dumpDom(samplesReport, "");
        assertTrue(dom.contains("data-ready=\"true\""), "the page's script ran to the end");
        int total = sampleFindings.size();
        assertEquals(String.valueOf(total), attr(dom, "table", "findings", "data-total"));
        assertEquals(String.valueOf(total), attr(dom, "table", "findings", "data-matching"));
        assertEquals(rendered(total), attr(dom, "table", "findings", "data-rendered"));
        assertEquals(Integer.parseInt(rendered(total)), count(dom, "<tr class=\"finding\""));
        assertEquals(String.valueOf(distinct("severity").size()), chartAttr(dom, "severity"), "a bar per severity with findings: " + distinct("severity"));
        assertEquals(String.valueOf(distinct("category").size()), chartAttr(dom, "category"), "a bar per category with findings: " + distinct("category"));
        Set<String> days = sampleFindings.stream().map(ReportBrowserTest::subjectDate).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(String.valueOf(timeBars(days)), chartAttr(dom, "time"), "a bar per period with findings, days: " + days);
        assertTrue(count(dom, "<rect") > 20, "the bars are drawn");
        assertTrue(dom.contains("LAZARUS GROUP") && dom.contains("samples/transfers.csv:3"));
        assertTrue(dom.contains(sha256(Path.of("samples/transfers.csv"))), "the manifest shows input hashes");
        assertTrue(dom.contains("rules/sanctions/SAN-001-transfer-listed-address.drl:"), "the manifest shows the rules");
    }

    @Test
    void aFilterInTheFragmentNarrowsTheTable() throws Exception {
        int highs = countFindings(f -> f.get("severity").asText().equals("HIGH"));
        assertTrue(highs > 0 && highs < sampleFindings.size(), "the samples have HIGH findings and others");
        String high = dumpDom(samplesReport, "#severity=HIGH");
        assertEquals(String.valueOf(highs), attr(high, "table", "findings", "data-matching"));
        assertEquals(Integer.parseInt(rendered(highs)), count(high, "<tr class=\"finding\""));
        assertEquals(Integer.parseInt(rendered(highs)), count(high, "data-severity=\"HIGH\" tabindex"), "every row shown is HIGH");

        // the search looks at every field and the evidence, so count the findings whose JSON mentions the word
        int lazarus = countFindings(f -> f.toString().toLowerCase(java.util.Locale.ROOT).contains("lazarus"));
        assertTrue(lazarus >= 2 && lazarus < sampleFindings.size(), "TX-2025-0002 and TX-2025-0003 at least");
        String search = dumpDom(samplesReport, "#q=lazarus");
        assertEquals(String.valueOf(lazarus), attr(search, "table", "findings", "data-matching"));
        assertTrue(search.contains("TX-2025-0002") && search.contains("TX-2025-0003"));

        int emb002 = countFindings(f -> f.get("category").asText().equals("EMBARGOED_TRADE") && f.get("rule_id").asText().equals("EMB-002"));
        int embargoed = countFindings(f -> f.get("category").asText().equals("EMBARGOED_TRADE"));
        assertTrue(emb002 > 0 && emb002 < embargoed, "the rule narrows the category further");
        String both = dumpDom(samplesReport, "#category=EMBARGOED_TRADE&rule=EMB-002");
        assertEquals(String.valueOf(emb002), attr(both, "table", "findings", "data-matching"));
        assertEquals(Integer.parseInt(rendered(emb002)), count(both, "<tr class=\"finding\""));
        assertTrue(both.contains("SHP-2025-0105"));

        String none = dumpDom(samplesReport, "#q=no-such-value");
        assertEquals("0", attr(none, "table", "findings", "data-matching"));
        assertTrue(none.contains("No finding matches the filter."));
    }

    static String sha256(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
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
        assertTrue(dom.contains("list_entry: entity 27307 <span class=\"mono muted\">samples/lists/ofac/sdn.csv:20</span>"), dom);
        assertFalse(dom.contains("data-path=\"true\""), "no path for a direct match");
    }

    @Test
    void sortingByAColumnReordersTheRows() throws Exception {
        String dom = dumpDom(samplesReport, "#sort=date&dir=desc");
        List<String> dates = new ArrayList<>();
        Matcher m = Pattern.compile("<td class=\"nowrap\" data-col=\"date\">(\\d{4}-\\d{2}-\\d{2})</td>").matcher(dom);
        while (m.find()) {
            dates.add(m.group(1));
        }
        int dated = countFindings(f -> subjectDate(f) != null);
        assertEquals(Math.min(dated, PAGE), dates.size(), dom.length() + " chars of DOM");
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
        // the page scrolls to an opened finding, and headless Chromium captures a blank page when a script
        // scrolls before the capture: the screenshot is of a copy whose scrolling does nothing
        String html = Files.readString(page, StandardCharsets.UTF_8);
        int at = html.indexOf("<script type=\"application/json\"");
        Path copy = page.resolveSibling("screenshot-" + png.getFileName() + ".html");
        Files.writeString(copy, html.substring(0, at) + "<script>Element.prototype.scrollIntoView = function () {};"
                + " window.scrollBy = function () {};</script>\n" + html.substring(at), StandardCharsets.UTF_8);
        Files.deleteIfExists(png);
        runChromium(copy, fragment, "--screenshot=" + png.toAbsolutePath(), "--window-size=1400,2000", "--hide-scrollbars");
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
