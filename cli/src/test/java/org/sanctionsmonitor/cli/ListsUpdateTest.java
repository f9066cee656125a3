package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.lists.ListStore;
import org.sanctionsmonitor.lists.ListSources;
import org.sanctionsmonitor.lists.ListUpdater;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * lists update against an HTTP server on the loopback address serving the excerpt's files (no
 * test reaches the internet): verified versions are stored in dated folders, a publication already
 * stored is not stored again, a changed one is a new version beside the old, and a failed or
 * unverified download leaves nothing behind; check --lists STORE screens against the newest
 * version, or the newest on or before --as-of.
 */
class ListsUpdateTest {

    static final Path EXCERPT = Path.of("core/src/test/resources/lists/ofac-sdn-dprk-excerpt");
    static final List<String> FILES = List.of("SDN.CSV", "ADD.CSV", "ALT.CSV", "SDN_COMMENTS.CSV");

    HttpServer server;
    final Map<String, byte[]> served = new ConcurrentHashMap<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = served.get(ex.getRequestURI().getPath());
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
            } else {
                ex.sendResponseHeaders(200, body.length);
                try (OutputStream o = ex.getResponseBody()) {
                    o.write(body);
                }
            }
            ex.close();
        });
        server.start();
        for (String f : FILES) {
            served.put("/exports/" + f, Files.readAllBytes(EXCERPT.resolve(f.toLowerCase(java.util.Locale.ROOT))));
        }
        publishSignatures();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** A signatures page in the way OFAC's lists them: file name, then its SHA-256. */
    void publishSignatures() throws IOException {
        StringBuilder sb = new StringBuilder("<html><body><h2>File Signatures</h2>\n");
        for (String f : FILES) {
            sb.append("<p>").append(f).append("</p><p>SHA-256: ").append(sha256(served.get("/exports/" + f))).append("</p>\n");
        }
        served.put("/signatures", sb.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] b) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Path sources(Path dir, String checksum) throws IOException {
        StringBuilder urls = new StringBuilder();
        for (String f : FILES) {
            urls.append(urls.length() == 0 ? "" : ";").append(base()).append("/exports/").append(f);
        }
        Path p = dir.resolve("sources.csv");
        Files.writeString(p, "# test sources on the loopback address\nid,format,url,checksum_source,publisher,note\n"
                + "ofac-sdn,ofac," + urls + "," + checksum + ",test,\n");
        return p;
    }

    static ListUpdater updaterOn(LocalDate day) {
        return new ListUpdater(HttpClient.newHttpClient(), Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600),
                ZoneOffset.UTC), Duration.ofSeconds(20));
    }

    static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVerifiedDownloadIsStoredAndScreenedAgainst(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        CliRun r = CliRun.of("lists", "update", "--store", store.toString(), "--sources",
                sources(dir, "sha256-page:" + base() + "/signatures").toString());
        assertEquals(0, r.exit(), r.toString());
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertTrue(r.out().contains("ofac-sdn                 stored    " + today + ": 30 entries"), r.out());
        assertEquals(List.of(today), entries(store.resolve("ofac-sdn")));
        Path v = store.resolve("ofac-sdn").resolve(today);
        assertEquals(List.of("add.csv", "alt.csv", "sdn.csv", "sdn_comments.csv", "version.json"), entries(v));
        Map<String, Object> rec = ListStore.record(v);
        List<Map<String, Object>> files = (List<Map<String, Object>>) rec.get("files");
        assertTrue(String.valueOf(files.get(0).get("verified")).startsWith("SHA-256 matches the one published at " + base()), rec.toString());

        CliRun again = CliRun.of("lists", "update", "--store", store.toString(), "--sources",
                sources(dir, "sha256-page:" + base() + "/signatures").toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("unchanged"), again.out());
        assertEquals(List.of(today), entries(store.resolve("ofac-sdn")), "the same publication is not stored twice");

        Path out = dir.resolve("out");
        CliRun check = CliRun.of("check", "--lists", store.toString(), "--transfers", "samples/transfers.csv", "--out", out.toString());
        assertEquals(0, check.exit(), check.toString());
        Map<String, Object> m = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Map.class);
        Map<String, Object> list = ((List<Map<String, Object>>) m.get("lists")).get(0);
        assertEquals("OFAC-SDN", list.get("name"));
        assertEquals("ofac-sdn/" + today, list.get("store_version"));
        assertEquals(today, list.get("published"));
        assertEquals("store version date", list.get("published_from"));
        assertTrue(Files.readString(out.resolve("findings.csv")).contains(",SAN-001,"));
    }

    @Test
    void aChangedPublicationIsANewVersionAndAsOfPicksTheOneInForce(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        ListSources src = ListSources.load(sources(dir, "sha256-page:" + base() + "/signatures"));
        List<ListUpdater.Outcome> first = updaterOn(LocalDate.of(2025, 11, 12)).update(src, store, Set.of());
        assertEquals(ListUpdater.STORED, first.get(0).status(), first.toString());
        // OFAC adds Tornado Cash back (a made-up change): a new publication
        byte[] sdn = served.get("/exports/SDN.CSV");
        String more = new String(sdn, StandardCharsets.ISO_8859_1).replace("\u001a", "")
                + Files.readString(EXCERPT.resolve("history-2024-05-03/sdn.csv"), StandardCharsets.ISO_8859_1).lines()
                        .filter(l -> l.startsWith("39796,")).findFirst().orElseThrow() + "\r\n";
        served.put("/exports/SDN.CSV", more.getBytes(StandardCharsets.ISO_8859_1));
        publishSignatures();
        assertEquals(ListUpdater.STORED, updaterOn(LocalDate.of(2025, 11, 19)).update(src, store, Set.of()).get(0).status());
        assertEquals(ListUpdater.UNCHANGED, updaterOn(LocalDate.of(2025, 11, 19)).update(src, store, Set.of()).get(0).status(),
                "fetched again the same day: unchanged");
        assertEquals(List.of("2025-11-12", "2025-11-19"), entries(store.resolve("ofac-sdn")));

        Path out = dir.resolve("out");
        CliRun asOf = CliRun.of("check", "--lists", store.toString(), "--payments", "samples/payments.csv", "--as-of", "2025-11-15",
                "--out", out.toString());
        assertEquals(0, asOf.exit(), asOf.toString());
        assertTrue(asOf.out().contains("list:         OFAC-SDN (ofac, 30 entries), published 2025-11-12 (store version date), 3 days"),
                asOf.out());
        CliRun latest = CliRun.of("check", "--lists", store.toString(), "--payments", "samples/payments.csv", "--as-of", "2025-11-20",
                "--out", out.toString());
        assertTrue(latest.out().contains("list:         OFAC-SDN (ofac, 31 entries), published 2025-11-19"), latest.out());
        CliRun before = CliRun.of("check", "--lists", store.toString(), "--payments", "samples/payments.csv", "--as-of", "2025-01-01",
                "--out", out.toString());
        assertEquals(2, before.exit());
        assertTrue(before.err().contains("has no version of ofac-sdn dated on or before --as-of 2025-01-01"), before.err());
        CliRun diff = CliRun.of("lists", "diff", store.resolve("ofac-sdn/2025-11-12").toString(), store.resolve("ofac-sdn/2025-11-19").toString());
        assertTrue(diff.err().contains("entries: 1 added, 0 removed, 0 changed, 30 unchanged"), diff.toString());
    }

    @Test
    void aChecksumMismatchLeavesNothingAndExitsTwo(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        served.put("/signatures", ("SDN.CSV SHA-256: " + "0".repeat(64) + "\nADD.CSV SHA-256: " + "1".repeat(64)).getBytes(StandardCharsets.UTF_8));
        CliRun r = CliRun.of("lists", "update", "--store", store.toString(), "--sources",
                sources(dir, "sha256-page:" + base() + "/signatures").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.out().contains("failed") && r.out().contains("publishes 0000"), r.out());
        assertEquals(List.of(), entries(store.resolve("ofac-sdn")), "no version and no staging folder is left");
    }

    @Test
    void aChecksumThatCannotBeFoundIsUnverifiedAndLeavesNothing(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        served.put("/signatures", "<html><script>render()</script></html>".getBytes(StandardCharsets.UTF_8));
        CliRun r = CliRun.of("lists", "update", "--store", store.toString(), "--sources",
                sources(dir, "sha256-page:" + base() + "/signatures").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.out().contains("unverified: no SHA-256 for sdn.csv"), r.out());
        assertEquals(List.of(), entries(store.resolve("ofac-sdn")));
    }

    @Test
    void aFailedDownloadOrOneThatIsNotTheFormatLeavesNothing(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        served.remove("/exports/ALT.CSV");
        CliRun r = CliRun.of("lists", "update", "--store", store.toString(), "--sources", sources(dir, "none").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.out().contains("HTTP 404"), r.out());
        assertEquals(List.of(), entries(store.resolve("ofac-sdn")));

        served.put("/exports/ALT.CSV", Files.readAllBytes(EXCERPT.resolve("alt.csv")));
        served.put("/exports/SDN.CSV", "<html><body>Service unavailable</body></html>".getBytes(StandardCharsets.UTF_8));
        CliRun html = CliRun.of("lists", "update", "--store", store.toString(), "--sources", sources(dir, "none").toString());
        assertEquals(2, html.exit(), html.toString());
        assertTrue(html.out().contains("does not read as the ofac format"), html.out());
        assertEquals(List.of(), entries(store.resolve("ofac-sdn")));
        assertFalse(Files.exists(store.resolve("ofac-sdn").resolve(LocalDate.now(ZoneOffset.UTC).toString())));
    }

    @Test
    void aStoreChangedByHandIsNotScreenedAgainst(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        updaterOn(LocalDate.of(2025, 11, 19)).update(ListSources.load(sources(dir, "none")), store, Set.of());
        Path alt = store.resolve("ofac-sdn/2025-11-19/alt.csv");
        Files.writeString(alt, Files.readString(alt, StandardCharsets.ISO_8859_1).replace("MOOYOKBANK", "MOOYOKBANX"), StandardCharsets.ISO_8859_1);
        CliRun r = CliRun.of("check", "--lists", store.toString(), "--payments", "samples/payments.csv", "--as-of", "2025-11-20",
                "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("its SHA-256 is not the one recorded when it was stored"), r.err());
    }

    @Test
    void theReviewedSourcesTableReads() {
        ListSources s = ListSources.load(Path.of("rules/reference/list-sources.csv"));
        assertEquals(List.of("ofac-sdn", "ofac-sdn-advanced", "un-consolidated", "opensanctions-sanctions", "csl"),
                s.sources().stream().map(ListSources.Source::id).toList());
        assertEquals(4, s.sources().get(0).urls().size());
        assertTrue(s.sources().stream().allMatch(x -> x.urls().stream().allMatch(u -> u.getScheme().equals("https"))));
    }
}
