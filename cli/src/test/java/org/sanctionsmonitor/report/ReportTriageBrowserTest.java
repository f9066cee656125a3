package org.sanctionsmonitor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.cli.Main;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.model.Provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Triage in report.html, in headless Chromium: cases by subject and by list entry, links between
 * related findings, new/seen/resolved against a previous run, the fragment (open, hashchange,
 * scroll), the layout at 1,024 px, suppressed findings and expired reviews, the failure banner,
 * the CSV export of the filtered view, and the size of a 25,000-finding page. Layout and
 * behaviour are measured by a probe script the test appends to a copy of the page (the CSP allows
 * inline scripts); it writes what it saw into attributes of {@code <body>}, which the DOM dump
 * shows. Skipped, with a message, where Chromium is not installed.
 */
class ReportTriageBrowserTest {

    static final Path WORK = Path.of("target", "report-triage-test");
    static Path samples;
    static Path suppressed;
    static Path today;
    static Path failed;
    static List<JsonNode> findings;
    static String droppedId;

    @BeforeAll
    static void setUp() throws Exception {
        ReportBrowserTest.chromium = ReportBrowserTest.findChromium();
        assumeTrue(ReportBrowserTest.chromium != null, "Chromium is not installed (looked at $CHROMIUM, /usr/bin/chromium, "
                + "/usr/bin/chromium-browser, /usr/bin/google-chrome): the browser tests are skipped; install it with "
                + "'apt-get install -y chromium' (.ci/run does)");
        Files.createDirectories(WORK);
        samples = run("samples", 0);
        findings = new ArrayList<>();
        new ObjectMapper().readTree(samples.resolveSibling("findings.json").toFile()).get("findings").forEach(findings::add);

        suppressed = run("suppressed", 0, "--suppressions", "samples/suppressions.csv");

        // yesterday = the samples' run less one finding (new today) and plus one that is gone (resolved today)
        Path yesterday = WORK.resolve("yesterday");
        Files.createDirectories(yesterday);
        List<String> lines = new ArrayList<>(Files.readAllLines(samples.resolveSibling("findings.csv"), StandardCharsets.UTF_8));
        String dropped = lines.remove(3);
        droppedId = dropped.substring(0, dropped.indexOf(','));
        lines.add("F-00000000000gone,SAN-003,Party name matches a listed name,SANCTIONED_PARTY,HIGH,payment,PAY-OLD,OFAC-SDN,"
                + "9345,KOMID,DPRK,KOMID,0.95,beneficiary 'KOMID' matches a listed name.,samples/payments.csv,r,l,2025-01-02,beneficiary,");
        Files.write(yesterday.resolve("findings.csv"), lines, StandardCharsets.UTF_8);
        today = run("today", 0, "--previous", yesterday.toString());

        Path feed = WORK.resolve("transfers-with-a-bad-row.csv");
        List<String> t = new ArrayList<>(Files.readAllLines(Path.of("samples/transfers.csv"), StandardCharsets.UTF_8));
        t.add("TX-BAD,yesterday,ethereum,ETH,0xf9e085c95adda1189a3529837e6af40fcff2ef6d,0xd52619c9d32ae19fd52ff736b919fa439d803019,1,1,,");
        Files.write(feed, t, StandardCharsets.UTF_8);
        failed = run("failed", 2, "--lists", "samples/lists/ofac", "--transfers", feed.toString());
    }

    static Path run(String name, int expectedExit, String... extra) {
        Path out = WORK.resolve(name);
        List<String> args = new ArrayList<>(List.of("check", "--out", out.toString(), "--as-of", "2025-06-01", "--quiet"));
        args.addAll(Arrays.asList(extra));
        StringWriter e = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true), new PrintWriter(e, true));
        assertEquals(expectedExit, code, e.toString());
        return out.resolve("report.html");
    }

    /** The page's DOM after {@code probe} (appended after the page's own script) has run, at the given window size. */
    static String probe(Path page, String fragment, String probe, int width, int height) throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        int at = html.lastIndexOf("</body>");
        Path copy = page.resolveSibling("probe-" + Integer.toHexString((fragment + probe).hashCode()) + ".html");
        Files.writeString(copy, html.substring(0, at) + "<script>\n" + probe + "\n</script>\n" + html.substring(at), StandardCharsets.UTF_8);
        return new String(ReportBrowserTest.runChromium(copy, fragment, "--dump-dom", "--window-size=" + width + "," + height,
                "--virtual-time-budget=5000"), StandardCharsets.UTF_8);
    }

    static String bodyAttr(String dom, String name) {
        Matcher m = Pattern.compile("<body[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), name + " on <body>: " + dom.substring(0, Math.min(400, dom.length())));
        return m.group(1);
    }

    static String attr(String dom, String tag, String id, String name) {
        return ReportBrowserTest.attr(dom, tag, id, name);
    }

    static List<JsonNode> where(java.util.function.Predicate<JsonNode> p) {
        return findings.stream().filter(p).toList();
    }

    static String text(JsonNode f, String field) {
        return f.get(field).isNull() ? null : f.get(field).asText();
    }

    // ---- item 3: navigation and layout ----

    @Test
    void theTableStartsNearTheTopAndAnOpenedFindingIsScrolledTo() throws Exception {
        JsonNode last = findings.get(findings.size() - 1);
        String id = last.get("finding_id").asText();
        String dom = probe(samples, "#open=" + id, """
                var r = document.querySelector('#findings-body tr.finding[data-id="%s"]');
                var t = document.getElementById('findings');
                document.body.setAttribute('data-table-top', Math.round(t.getBoundingClientRect().top + window.scrollY));
                document.body.setAttribute('data-scroll-y', Math.round(window.scrollY));
                document.body.setAttribute('data-row-top', r ? Math.round(r.getBoundingClientRect().top) : -1);
                document.body.setAttribute('data-viewport', window.innerHeight);
                """.formatted(id), 1280, 900);
        int tableTop = Integer.parseInt(bodyAttr(dom, "data-table-top"));
        assertTrue(tableTop < 900, "the findings table starts in the first screen: at " + tableTop + " px");
        int rowTop = Integer.parseInt(bodyAttr(dom, "data-row-top"));
        int viewport = Integer.parseInt(bodyAttr(dom, "data-viewport"));
        assertTrue(Integer.parseInt(bodyAttr(dom, "data-scroll-y")) > 0, "the page scrolled");
        assertTrue(rowTop >= 0 && rowTop < viewport / 2, "the opened row is in view, near the top: at " + rowTop + " of " + viewport);
        assertEquals(1, ReportBrowserTest.count(dom, "<tr class=\"detail\" data-for=\"" + id + "\""), "and it is expanded");
    }

    @Test
    void changingTheFragmentInAnOpenPageOpensTheFindingAndAppliesTheFilter() throws Exception {
        JsonNode target = findings.get(findings.size() - 2);
        String id = target.get("finding_id").asText();
        int lows = where(f -> f.get("severity").asText().equals("LOW")).size();
        String dom = probe(samples, "", """
                setTimeout(function () { location.hash = '#open=%s'; }, 100);
                var step = 0;
                window.addEventListener('hashchange', function () {
                  step++;
                  setTimeout(function () {
                    if (step === 1) {
                      var d = document.querySelector('#findings-body tr.detail[data-for="%s"]');
                      var r = document.querySelector('#findings-body tr.finding[data-id="%s"]');
                      document.body.setAttribute('data-opened', d ? 'yes' : 'no');
                      document.body.setAttribute('data-row-top', r ? Math.round(r.getBoundingClientRect().top) : -1);
                      location.hash = '#severity=LOW';
                    } else {
                      document.body.setAttribute('data-low', document.getElementById('findings').getAttribute('data-matching'));
                      document.body.setAttribute('data-open-after', document.querySelectorAll('#findings-body tr.detail').length);
                    }
                  }, 50);
                });
                """.formatted(id, id, id), 1280, 900);
        assertEquals("yes", bodyAttr(dom, "data-opened"), "a hashchange to #open= opens the finding");
        int top = Integer.parseInt(bodyAttr(dom, "data-row-top"));
        assertTrue(top >= 0 && top < 450, "and scrolls to it: " + top);
        assertEquals(String.valueOf(lows), bodyAttr(dom, "data-low"), "a hashchange to a filter applies it");
        assertEquals("0", bodyAttr(dom, "data-open-after"));
    }

    @Test
    void undatedFindingsSortLastInBothDirections() throws Exception {
        Path page = WORK.resolve("undated").resolve("report.html");
        Files.createDirectories(page.getParent());
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            ReportHtml.write(ReportHtmlTest.sample(), List.of(), ReportHtmlTest.manifest(), w);
        }
        for (String dir : new String[] {"asc", "desc"}) {
            String dom = ReportBrowserTest.dumpDom(page, "#sort=date&dir=" + dir);
            List<String> ids = new ArrayList<>();
            Matcher m = Pattern.compile("<tr class=\"finding[^\"]*\" data-id=\"([^\"]+)\"").matcher(dom);
            while (m.find()) {
                ids.add(m.group(1));
            }
            assertEquals(4, ids.size(), dom.length() + " chars");
            assertEquals("F-d", ids.get(3), "the finding without a date is last, sorting " + dir + ": " + ids);
            assertEquals(dir.equals("asc") ? "F-a" : "F-c", ids.get(0), ids.toString());
        }
    }

    @Test
    void at1024PixelsNoColumnIsCutAndMatchedValuesAreWhole() throws Exception {
        String dom = probe(samples, "", """
                var cut = [];
                var vw = document.documentElement.clientWidth;
                var t = document.getElementById('findings');
                if (t.getBoundingClientRect().right > vw + 0.5) cut.push('table ' + t.getBoundingClientRect().right + ' > ' + vw);
                document.querySelectorAll('#findings th, #findings tr.finding td').forEach(function (c) {
                  if (c.scrollWidth > c.clientWidth + 1) cut.push((c.getAttribute('data-col') || c.tagName) + ': ' + c.textContent.slice(0, 40));
                  if (c.getBoundingClientRect().right > vw + 0.5) cut.push('off screen: ' + c.textContent.slice(0, 40));
                });
                document.body.setAttribute('data-cut', cut.length);
                document.body.setAttribute('data-cut-first', cut.slice(0, 3).join(' | '));
                document.body.setAttribute('data-columns', document.querySelectorAll('#findings thead th').length);
                """, 1024, 800);
        assertEquals("0", bodyAttr(dom, "data-cut"), "cells wider than their column: " + bodyAttr(dom, "data-cut-first"));
        for (JsonNode f : findings) {
            String mv = text(f, "matched_value");
            if (mv != null) {
                assertTrue(dom.contains("<span class=\"mono\">" + mv.replace("&", "&amp;").replace("<", "&lt;").replace("'", "'")
                        + "</span>"), "the matched value whole in the table: " + mv);
            }
        }
        assertFalse(Pattern.compile("<td[^>]*data-col=\"(matched|subject)\"[^>]*>[^<]*\u2026").matcher(dom).find(),
                "nothing shortened in the middle");
    }

    // ---- item 1: cases and links ----

    @Test
    void casesGroupFindingsBySubjectAndByListEntryWithTheTopEntityFirst() throws Exception {
        String dom = ReportBrowserTest.dumpDom(samples, "");
        Map<String, List<JsonNode>> bySubject = findings.stream().collect(Collectors.groupingBy(
                f -> f.get("subject_type").asText() + " " + f.get("subject_id").asText(), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<JsonNode>> byEntry = findings.stream().filter(f -> !f.get("list_entry_id").isNull()).collect(
                Collectors.groupingBy(f -> f.get("list_source").asText() + "|" + f.get("list_entry_id").asText(), LinkedHashMap::new,
                        Collectors.toList()));
        assertEquals(String.valueOf(bySubject.size()), attr(dom, "table", "cases-subject", "data-cases"));
        assertEquals(String.valueOf(byEntry.size()), attr(dom, "table", "cases-entry", "data-cases"));
        int most = byEntry.values().stream().mapToInt(List::size).max().orElseThrow();
        Matcher first = Pattern.compile("<tr class=\"case\" data-entry=\"([^\"]+)\"><td>[^<]*<span[^>]*>[^<]*</span></td><td class=\"num\">(\\d+)</td>")
                .matcher(dom);
        assertTrue(first.find(), "an entry case row");
        assertEquals(most, Integer.parseInt(first.group(2)), "the entity with most findings first: " + first.group(1));
        assertEquals(most, byEntry.get(first.group(1)).size());

        // a subject with several findings (TX-2025-0006: SAN-001 and CYB-010): a case, and its filter
        String key = "transfer TX-2025-0006";
        assertTrue(bySubject.get(key).size() >= 2);
        String filtered = ReportBrowserTest.dumpDom(samples, "#subject=transfer%20TX-2025-0006");
        assertEquals(String.valueOf(bySubject.get(key).size()), attr(filtered, "table", "findings", "data-matching"));
        assertTrue(filtered.contains("data-chip=\"subject\""), "the filter is shown and can be removed");
        String entry = first.group(1);
        String byEntryFilter = ReportBrowserTest.dumpDom(samples, "#entry=" + java.net.URLEncoder.encode(entry, StandardCharsets.UTF_8));
        assertEquals(String.valueOf(most), attr(byEntryFilter, "table", "findings", "data-matching"));
        assertTrue(dom.contains("<table id=\"count-entry\""), "top list entries among the counts");
    }

    @Test
    void anOpenedFindingLinksToItsSubjectsOtherFindingsTheEntrysOtherSubjectsAndItsPathsHops() throws Exception {
        JsonNode san = where(f -> f.get("rule_id").asText().equals("SAN-001") && f.get("subject_id").asText().equals("TX-2025-0006")).get(0);
        JsonNode cyb = where(f -> f.get("rule_id").asText().equals("CYB-010") && f.get("subject_id").asText().equals("TX-2025-0006")).get(0);
        String dom = ReportBrowserTest.dumpDom(samples, "#open=" + san.get("finding_id").asText());
        String subjectLinks = section(dom, "data-links=\"subject\"");
        assertTrue(subjectLinks.contains("data-link=\"" + cyb.get("finding_id").asText() + "\""), subjectLinks);

        // LAZARUS GROUP (27307) has several subjects: each other one is listed with links to its findings
        JsonNode laz = where(f -> f.get("rule_id").asText().equals("SAN-001") && f.get("subject_id").asText().equals("TX-2025-0002")).get(0);
        Set<String> others = where(f -> "27307".equals(text(f, "list_entry_id")) && !f.get("subject_id").asText().equals("TX-2025-0002"))
                .stream().map(f -> f.get("subject_type").asText() + " " + f.get("subject_id").asText()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(others.size() >= 2, others.toString());
        String lazDom = ReportBrowserTest.dumpDom(samples, "#open=" + laz.get("finding_id").asText());
        String entryLinks = section(lazDom, "data-links=\"entry\"");
        for (String o : others) {
            assertTrue(entryLinks.contains("<li>" + o + ": "), o + " in " + entryLinks);
        }

        // an exposure path: the hop from the listed address (TX-2025-0003) links to its own SAN-001 finding
        JsonNode exposure = where(f -> f.get("rule_id").asText().equals("CYB-020") && f.get("subject_id").asText().equals("TX-2025-0013")).get(0);
        JsonNode hop = where(f -> f.get("rule_id").asText().equals("SAN-001") && f.get("subject_id").asText().equals("TX-2025-0003")).get(0);
        String pathDom = ReportBrowserTest.dumpDom(samples, "#open=" + exposure.get("finding_id").asText());
        String hops = section(pathDom, "data-links=\"path\"");
        assertTrue(hops.contains("data-hop=\"TX-2025-0003\"") && hops.contains("data-link=\"" + hop.get("finding_id").asText() + "\""), hops);

        // following a link (a hashchange) opens the linked finding
        String followed = probe(samples, "#open=" + exposure.get("finding_id").asText(), """
                setTimeout(function () { document.querySelector('[data-links="path"] a[data-link="%s"]').click(); }, 100);
                window.addEventListener('hashchange', function () { setTimeout(function () {
                  document.body.setAttribute('data-now-open', Array.prototype.map.call(document.querySelectorAll('tr.detail'),
                    function (d) { return d.getAttribute('data-for'); }).join(','));
                }, 50); });
                """.formatted(hop.get("finding_id").asText()), 1280, 900);
        assertEquals(hop.get("finding_id").asText(), bodyAttr(followed, "data-now-open"));
    }

    /** The list element carrying {@code marker}, up to its end. */
    static String section(String dom, String marker) {
        int at = dom.indexOf(marker);
        assertTrue(at >= 0, marker + " in the DOM");
        return dom.substring(at, dom.indexOf("</ul>", at));
    }

    @Test
    void theExportIsTheFilteredViewAsCsv() throws Exception {
        int highs = where(f -> f.get("severity").asText().equals("HIGH")).size();
        String dom = probe(samples, "#severity=HIGH", """
                HTMLAnchorElement.prototype.click = function () { document.body.setAttribute('data-download', this.download); };
                document.getElementById('export-csv').click();
                var pre = document.createElement('pre');
                pre.id = 'exported';
                pre.textContent = document.getElementById('export-csv')._csv;
                document.body.appendChild(pre);
                """, 1280, 900);
        assertEquals("findings-filtered.csv", bodyAttr(dom, "data-download"));
        Matcher m = Pattern.compile("<pre id=\"exported\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertTrue(m.find());
        String csv = m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        List<CSVRecord> rows;
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(csv))
                .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            rows = p.getRecords();
            assertTrue(p.getHeaderNames().containsAll(List.of("finding_id", "rule_id", "rule_name", "severity", "status",
                    "subject_id", "matched_value", "matched_field", "record_date", "explanation")), p.getHeaderNames().toString());
        }
        assertEquals(highs, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("severity").equals("HIGH")));
        Set<String> ids = where(f -> f.get("severity").asText().equals("HIGH")).stream().map(f -> f.get("finding_id").asText())
                .collect(Collectors.toSet());
        assertEquals(ids, rows.stream().map(r -> r.get("finding_id")).collect(Collectors.toSet()));
    }

    // ---- item 2: new since the previous run ----

    @Test
    void statusCardsFilterAndTheResolvedSection() throws Exception {
        String dom = ReportBrowserTest.dumpDom(today, "#status=new");
        assertEquals("1", attr(dom, "table", "findings", "data-matching"), "one finding is new");
        assertTrue(dom.contains("data-id=\"" + droppedId + "\""), "the new one is shown");
        assertTrue(dom.contains("<span class=\"status new\">new</span>"));
        assertTrue(dom.contains("data-status=\"new\"") && dom.contains("data-status=\"resolved\""), "status cards");
        assertEquals("1", attr(dom, "table", "resolved", "data-rows"));
        assertTrue(dom.contains("<tr data-id=\"F-00000000000gone\">"), "the gone finding is listed");
        assertTrue(dom.contains("not raised"));
        String seen = ReportBrowserTest.dumpDom(today, "#status=seen");
        assertEquals(String.valueOf(findings.size() - 1), attr(seen, "table", "findings", "data-matching"));
        String plain = ReportBrowserTest.dumpDom(samples, "");
        assertTrue(plain.contains("<section id=\"resolved-section\" hidden=\"\">"), "no resolved section without --previous");
    }

    // ---- item 3: suppressed, expired, banner ----

    @Test
    void suppressedFindingsAndExpiredReviewsAreVisibleAndWarnedAbout() throws Exception {
        String dom = ReportBrowserTest.dumpDom(suppressed, "");
        assertEquals("1", attr(dom, "table", "suppressed", "data-rows"), "SAN-004 on SHP-2025-0108 is suppressed");
        assertTrue(dom.contains("Kowloon Medical Distributors"), "with the reviewer's reason");
        assertEquals("1", attr(dom, "table", "expired", "data-rows"), "the SAN-003 review of SHP-2025-0107 expired");
        assertTrue(dom.contains("M. Chen (compliance)"));
        assertEquals("0", attr(dom, "div", "banner", "data-exit"));
        assertTrue(Integer.parseInt(attr(dom, "div", "banner", "data-warnings")) >= 1);
        assertTrue(dom.contains("suppression review has expired"));
        String clean = ReportBrowserTest.dumpDom(samples, "");
        assertTrue(clean.contains("<div id=\"banner\" class=\"banner\" role=\"alert\" hidden=\"\">"), "no banner for a clean run");
    }

    @Test
    void aRunThatExits2ShowsAFailureBanner() throws Exception {
        String dom = ReportBrowserTest.dumpDom(failed, "");
        assertEquals("2", attr(dom, "div", "banner", "data-exit"));
        assertTrue(dom.contains("class=\"banner error\""), "shown as an error");
        assertTrue(dom.contains("This run failed (exit 2): "), "says so");
        assertTrue(dom.contains("1 input row was rejected and not screened"));
    }

    // ---- 25,000 findings ----

    @Test
    void aReportOf25000FindingsStaysUnder20MegabytesAndRenders() throws Exception {
        List<Finding> many = synthetic(25_000);
        Path page = WORK.resolve("large").resolve("report.html");
        Files.createDirectories(page.getParent());
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            ReportHtml.write(many, List.of(), ReportHtmlTest.manifest(), w);
        }
        long size = Files.size(page);
        assertTrue(size < 20_000_000L, "report.html of 25,000 findings: " + size + " bytes");
        String dom = ReportBrowserTest.dumpDom(page, "");
        assertEquals("25000", attr(dom, "table", "findings", "data-total"));
        assertEquals(String.valueOf(ReportBrowserTest.PAGE), attr(dom, "table", "findings", "data-rendered"));
        System.out.println("report.html with 25,000 findings: " + size + " bytes (load time: see docs/triage.md, measured by hand)");
    }

    /**
     * {@code n} findings shaped like a large real run: transfers to listed addresses spread over
     * 300 list entries, a third with a two-hop exposure path, shipments with reference rows.
     */
    static List<Finding> synthetic(int n) {
        List<Finding> out = new ArrayList<>();
        Severity[] sev = Severity.values();
        for (int i = 0; i < n; i++) {
            String tx = String.format("TX-%07d", i);
            String addr = String.format("0x%040x", 0x1000L + i % 997);
            Finding f = TestFindings.transfer(String.format("F-%016x", i * 2654435761L & 0xffffffffffffL), sev[i % sev.length],
                    Category.SANCTIONED_ADDRESS, "SAN-0" + (10 + i % 40), tx, String.format("2025-%02d-%02dT10:00:00Z", 1 + i % 12, 1 + i % 28),
                    addr, "to_address " + addr + " equals the ETH address listed for ENTITY " + (i % 301) + " (OFAC-SDN "
                            + (10_000 + i % 301) + "), in a transfer on ethereum.", 2 + i);
            if (i % 3 == 0) {
                f = ReportHtmlTest.withPath(f, List.of(
                        ReportHtmlTest.hop("TX-h" + i, String.format("0x%040x", 0x9000L + i), String.format("0x%040x", 0xa000L + i), 1 + i % 9),
                        ReportHtmlTest.hop("TX-g" + i, String.format("0x%040x", 0xa000L + i), addr, 1 + (i + 1) % 9)));
            }
            // a transfer's full row, as a real feed gives it
            List<Evidence> ev = new ArrayList<>(f.evidence());
            Map<String, String> facts = new LinkedHashMap<>(ev.get(0).facts());
            facts.put("asset", "ETH");
            facts.put("from_address", String.format("0x%040x", 0x5000L + i));
            facts.put("amount", (1 + i % 50) + "." + (i % 100));
            facts.put("amount_usd", String.valueOf((1 + i % 50) * 2200));
            facts.put("from_owner", "CUST-" + (1000 + i % 5000));
            facts.put("to_owner", "");
            ev.set(0, new Evidence("subject", "transfer", tx, new Provenance("feeds/transfers.csv", 2 + i), facts));
            out.add(new Finding(f.findingId(), f.ruleId(), f.ruleName(), f.category(), f.severity(), f.subjectType(), f.subjectId(),
                    f.listSource(), String.valueOf(10_000 + i % 301), "ENTITY " + (i % 301), f.programs(), f.matchedValue(), f.score(),
                    f.explanation(), new Provenance("feeds/transfers.csv", 2 + i), f.ruleFile(), f.legalBasis(), ev));
        }
        out.sort(Finding.ORDER);
        return out;
    }

    // ---- screenshots (for docs/triage.md; target/) ----

    @Test
    void screenshots() throws Exception {
        Path dir = Path.of("target", "triage-screenshots");
        Files.createDirectories(dir);
        shot(today, "", dir.resolve("overview.png"), 1024, 760);
        JsonNode exposure = where(f -> f.get("rule_id").asText().equals("CYB-020") && f.get("subject_id").asText().equals("TX-2025-0013")).get(0);
        shot(samples, "#rule=CYB-020&open=" + exposure.get("finding_id").asText(), dir.resolve("exposure-links.png"), 1024, 1300);
    }

    /** A screenshot without the page's scrolling (headless Chromium draws a blank page when a script scrolls before it captures). */
    static void shot(Path page, String fragment, Path png, int width, int height) throws Exception {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        int at = html.indexOf("<script type=\"application/json\"");
        Path copy = page.resolveSibling("shot-" + png.getFileName() + ".html");
        Files.writeString(copy, html.substring(0, at) + "<script>Element.prototype.scrollIntoView = function () {};"
                + " window.scrollBy = function () {};</script>\n" + html.substring(at), StandardCharsets.UTF_8);
        Files.deleteIfExists(png);
        ReportBrowserTest.runChromium(copy, fragment, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars");
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 8);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, head, "a PNG");
        assertTrue(Files.size(png) > 30_000, "a rendered page, not a blank one: " + Files.size(png) + " bytes");
    }
}
