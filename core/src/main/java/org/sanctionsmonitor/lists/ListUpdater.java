package org.sanctionsmonitor.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.Reject;

/**
 * {@code lists update}: fetches each list of the sources table from its official address into a
 * list store, one dated folder per version. Each list is fetched into a private staging folder,
 * checked, and only then moved into place with one atomic rename: a failed download, a checksum
 * that does not match, a checksum that cannot be found where the table says it is published, or a
 * file that does not read as its format leaves nothing behind. A version whose files are those of
 * the newest stored version is not stored again; earlier versions are never touched.
 */
public final class ListUpdater {

    /** What happened to one list: stored (a new version), unchanged, skipped or failed. */
    public record Outcome(String id, String status, String version, String detail) {
    }

    public static final String STORED = "stored";
    public static final String UNCHANGED = "unchanged";
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";

    private static final Pattern SHA256 = Pattern.compile("(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])");

    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;

    public ListUpdater(HttpClient http, Clock clock, Duration timeout) {
        this.http = http;
        this.clock = clock;
        this.timeout = timeout;
    }

    public static ListUpdater standard() {
        return new ListUpdater(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build(), Clock.systemUTC(), Duration.ofMinutes(10));
    }

    /**
     * Updates the lists of {@code sources} whose id is in {@code only} (all when empty). A list
     * whose format this build does not read is skipped when not asked for by id, and fails when it is.
     */
    public List<Outcome> update(ListSources sources, Path store, Set<String> only) throws IOException {
        for (String id : only) {
            if (sources.sources().stream().noneMatch(s -> s.id().equals(id))) {
                throw new InputException("--list " + id + ": not in the sources table " + sources.file() + " (ids: "
                        + String.join(", ", sources.sources().stream().map(ListSources.Source::id).toList()) + ")");
            }
        }
        Files.createDirectories(store);
        List<Outcome> out = new ArrayList<>();
        for (ListSources.Source s : sources.sources()) {
            if (!only.isEmpty() && !only.contains(s.id())) {
                continue;
            }
            if (ListFormats.byId(s.format()) == null) {
                out.add(new Outcome(s.id(), only.isEmpty() ? SKIPPED : FAILED, null, "this build does not read the '" + s.format()
                        + "' format (it reads " + String.join(", ", ListFormats.ids()) + ")"));
                continue;
            }
            out.add(updateOne(s, store));
        }
        return out;
    }

    private Outcome updateOne(ListSources.Source s, Path store) throws IOException {
        Path listDir = store.resolve(s.id());
        Files.createDirectories(listDir);
        Path staging = Files.createTempDirectory(listDir, ".incoming-");
        try {
            Instant fetchedAt = clock.instant();
            List<Map<String, Object>> files = new ArrayList<>();
            for (URI url : s.urls()) {
                String name = ListSources.Source.fileName(url);
                Path target = staging.resolve(name);
                String sha = download(url, target);
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("name", name);
                f.put("url", url.toString());
                f.put("bytes", Files.size(target));
                f.put("sha256", sha);
                files.add(f);
            }
            URI page = s.checksumPage();
            if (page != null) {
                String text = fetchText(page);
                for (Map<String, Object> f : files) {
                    String published = publishedSha256(text, (String) f.get("name"), files.size() == 1);
                    if (published == null) {
                        return failed(s, "unverified: no SHA-256 for " + f.get("name") + " found at " + page
                                + " (the checksum source of the sources table); nothing was stored");
                    }
                    if (!published.equalsIgnoreCase((String) f.get("sha256"))) {
                        return failed(s, f.get("name") + " has SHA-256 " + f.get("sha256") + " but " + page + " publishes " + published
                                + "; nothing was stored");
                    }
                    f.put("verified", "SHA-256 matches the one published at " + page);
                }
            }
            List<Reject> rejects = new ArrayList<>();
            EntityList list;
            try {
                Path readAt = files.size() == 1 ? staging.resolve((String) files.get(0).get("name")) : staging;
                list = ListLoader.load(readAt, s.format(), rejects);
            } catch (InputException e) {
                return failed(s, "the download does not read as the " + s.format() + " format: " + e.getMessage()
                        + "; nothing was stored");
            }
            if (page == null) {
                for (Map<String, Object> f : files) {
                    f.put("verified", "no published checksum; read as the " + s.format() + " format: " + list.entities().size()
                            + " entries, " + rejects.size() + " rejected rows");
                }
            }
            List<ListStore.Version> versions = ListStore.versions(listDir);
            if (!versions.isEmpty() && sameFiles(ListStore.record(versions.get(versions.size() - 1).folder()), files)) {
                return new Outcome(s.id(), UNCHANGED, versions.get(versions.size() - 1).name(),
                        "the publication is the one stored as " + versions.get(versions.size() - 1).name());
            }
            LocalDate date = list.published() != null ? list.published() : LocalDate.ofInstant(fetchedAt, ZoneOffset.UTC);
            String name = date.toString();
            for (int n = 2; Files.exists(listDir.resolve(name)); n++) {
                name = date + "-" + n;
            }
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("list", s.id());
            rec.put("format", s.format());
            rec.put("version", name);
            rec.put("published", list.published() == null ? null : list.published().toString());
            rec.put("fetched_at", fetchedAt.toString());
            rec.put("checksum_source", s.checksumSource());
            rec.put("entries", list.entities().size());
            rec.put("rows_rejected", rejects.size());
            rec.put("files", files);
            ListStore.writeRecord(staging, rec);
            Path finalDir = listDir.resolve(name);
            try {
                Files.move(staging, finalDir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                return failed(s, "the store's file system cannot rename a folder atomically; nothing was stored");
            }
            return new Outcome(s.id(), STORED, name, list.entities().size() + " entries"
                    + (list.published() == null ? ", dated by the day it was fetched" : ", published " + list.published())
                    + (page != null ? ", SHA-256 verified" : ", no published checksum (read as its format)")
                    + (rejects.isEmpty() ? "" : ", " + rejects.size() + " rejected rows"));
        } catch (IOException e) {
            return failed(s, e.getMessage() + "; nothing was stored");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(s, "interrupted; nothing was stored");
        } finally {
            deleteTree(staging);
        }
    }

    private static Outcome failed(ListSources.Source s, String why) {
        return new Outcome(s.id(), FAILED, null, why);
    }

    @SuppressWarnings("unchecked")
    private static boolean sameFiles(Map<String, Object> record, List<Map<String, Object>> files) {
        List<Map<String, Object>> stored = (List<Map<String, Object>>) record.getOrDefault("files", List.of());
        if (stored.size() != files.size()) {
            return false;
        }
        for (int i = 0; i < files.size(); i++) {
            if (!String.valueOf(stored.get(i).get("name")).equals(files.get(i).get("name"))
                    || !String.valueOf(stored.get(i).get("sha256")).equals(files.get(i).get("sha256"))) {
                return false;
            }
        }
        return true;
    }

    /** Fetches a URL into a file, returning its SHA-256; anything but 200 is an error. */
    private String download(URI url, Path target) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", "sanctions-monitor lists update").GET().build();
        HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = resp.body()) {
            if (resp.statusCode() != 200) {
                throw new IOException(url + ": HTTP " + resp.statusCode());
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), md)) {
                in.transferTo(out);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String fetchText(URI url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout).header("User-Agent", "sanctions-monitor lists update").GET().build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (resp.statusCode() != 200) {
            throw new IOException("the checksum source " + url + ": HTTP " + resp.statusCode());
        }
        return resp.body();
    }

    /**
     * The SHA-256 a checksum page gives for a file: the first 64-digit hex value after the file's
     * name (matched without regard to case); for a single-file list, also the page's only SHA-256
     * value when it names no file ({@code SHA-256: <hex>}). Null when neither is there.
     */
    static String publishedSha256(String text, String fileName, boolean single) {
        String lower = text.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(fileName.toLowerCase(Locale.ROOT));
        while (at >= 0) {
            Matcher m = SHA256.matcher(text);
            if (m.find(at + fileName.length())) {
                int next = lower.indexOf(fileName.toLowerCase(Locale.ROOT), at + fileName.length());
                // the value belongs to this name only if no other file name comes between them
                if (m.start() - at < 600) {
                    return m.group().toLowerCase(Locale.ROOT);
                }
                at = next;
            } else {
                break;
            }
        }
        if (single) {
            Matcher m = SHA256.matcher(text);
            List<String> all = new ArrayList<>();
            while (m.find()) {
                String v = m.group().toLowerCase(Locale.ROOT);
                if (!all.contains(v)) {
                    all.add(v);
                }
            }
            if (all.size() == 1) {
                return all.get(0);
            }
        }
        return null;
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a staging folder left behind is named .incoming-* and never read as a version
        }
    }
}
