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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanctionsmonitor.ingest.Folders;
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

    /** What a stored version's files were verified against, in version.json's {@code verification}. */
    public static final String VERIFIED_PUBLISHED = "sha256-published";
    public static final String VERIFIED_GIVEN = "sha256-given";
    public static final String FORMAT_ONLY = "format-only";
    public static final String UNVERIFIED = "unverified-accepted";

    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;
    private final boolean acceptUnverified;
    /** SHA-256 values the user read from the publisher (e.g. OFAC's File Signatures panel), by file name in lower case. */
    private final Map<String, String> given;

    public ListUpdater(HttpClient http, Clock clock, Duration timeout) {
        this(http, clock, timeout, false, Map.of());
    }

    private ListUpdater(HttpClient http, Clock clock, Duration timeout, boolean acceptUnverified, Map<String, String> given) {
        this.http = http;
        this.clock = clock;
        this.timeout = timeout;
        this.acceptUnverified = acceptUnverified;
        this.given = Map.copyOf(given);
    }

    /**
     * The same updater that, where the checksum source gives no SHA-256 for a file (or cannot be
     * read), stores the version anyway, marked unverified, with the SHA-256 computed from the
     * download recorded in version.json ({@code --accept-unverified}). A published or given
     * SHA-256 that does not match is still refused.
     */
    public ListUpdater acceptingUnverified(boolean accept) {
        return new ListUpdater(http, clock, timeout, accept, given);
    }

    /**
     * The same updater checking files against SHA-256 values the user gives ({@code --sha256
     * NAME=HEX}, e.g. copied from OFAC's File Signatures panel), by file name (any case); a
     * given value is used before the checksum source.
     */
    public ListUpdater withGivenSha256(Map<String, String> byFileName) {
        Map<String, String> m = new LinkedHashMap<>();
        byFileName.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v.toLowerCase(Locale.ROOT)));
        return new ListUpdater(http, clock, timeout, acceptUnverified, m);
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
            String pageText = null;
            String pageProblem = null;
            boolean needPage = page != null && files.stream().anyMatch(f -> !given.containsKey(f.get("name")));
            if (needPage) {
                try {
                    pageText = fetchText(page);
                } catch (IOException e) {
                    pageProblem = e.getMessage();
                }
            }
            List<String> unverified = new ArrayList<>();
            for (Map<String, Object> f : files) {
                String name = (String) f.get("name");
                String sha = (String) f.get("sha256");
                String mine = given.get(name);
                if (mine != null) {
                    if (!mine.equals(sha)) {
                        return failed(s, name + " has SHA-256 " + sha + " but --sha256 gives " + mine + "; nothing was stored");
                    }
                    f.put("verified", "SHA-256 matches the one given with --sha256 " + name + "=" + mine);
                    f.put("verification", VERIFIED_GIVEN);
                    continue;
                }
                if (page == null) {
                    continue; // no published checksum: read as its format below
                }
                String published = pageText == null ? null : publishedSha256(pageText, name, files.size() == 1);
                if (published != null && !published.equalsIgnoreCase(sha)) {
                    return failed(s, name + " has SHA-256 " + sha + " but " + page + " publishes " + published + "; nothing was stored");
                }
                if (published != null) {
                    f.put("verified", "SHA-256 matches the one published at " + page);
                    f.put("verification", VERIFIED_PUBLISHED);
                    continue;
                }
                String why = pageProblem != null ? "the checksum source could not be read (" + pageProblem + ")"
                        : "no SHA-256 for " + name + " found at " + page;
                if (!acceptUnverified) {
                    return failed(s, "unverified: " + why + " (the checksum source of the sources table); nothing was stored."
                            + " Give the publisher's SHA-256 with --sha256 " + name + "=HEX, or store it unverified with"
                            + " --accept-unverified");
                }
                f.put("verified", "UNVERIFIED: " + why + "; stored with --accept-unverified; SHA-256 as downloaded: " + sha);
                f.put("verification", UNVERIFIED);
                unverified.add(name);
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
            for (Map<String, Object> f : files) {
                if (!f.containsKey("verification")) {
                    f.put("verified", "no published checksum; read as the " + s.format() + " format: " + list.entities().size()
                            + " entries, " + rejects.size() + " rejected rows");
                    f.put("verification", FORMAT_ONLY);
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
            rec.put("verification", verification(files));
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
                    + verificationText(files, unverified)
                    + (rejects.isEmpty() ? "" : ", " + rejects.size() + " rejected rows"));
        } catch (IOException e) {
            return failed(s, e.getMessage() + "; nothing was stored");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(s, "interrupted; nothing was stored");
        } finally {
            Folders.deleteQuietly(staging);
        }
    }

    /** The weakest verification of a version's files: unverified, format only, given, published. */
    private static String verification(List<Map<String, Object>> files) {
        List<String> order = List.of(UNVERIFIED, FORMAT_ONLY, VERIFIED_GIVEN, VERIFIED_PUBLISHED);
        int worst = order.size() - 1;
        for (Map<String, Object> f : files) {
            worst = Math.min(worst, order.indexOf(String.valueOf(f.get("verification"))));
        }
        return order.get(Math.max(0, worst));
    }

    private static String verificationText(List<Map<String, Object>> files, List<String> unverified) {
        return switch (verification(files)) {
            case UNVERIFIED -> ", UNVERIFIED (no publisher's SHA-256 for " + String.join(", ", unverified)
                    + "; stored with --accept-unverified, the SHA-256 as downloaded recorded in " + ListStore.VERSION_FILE + ")";
            case FORMAT_ONLY -> ", no published checksum (read as its format)";
            case VERIFIED_GIVEN -> ", SHA-256 verified (given with --sha256)";
            default -> ", SHA-256 verified";
        };
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
}
