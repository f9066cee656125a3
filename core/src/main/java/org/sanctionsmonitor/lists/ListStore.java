package org.sanctionsmonitor.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.Reject;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A list store, as {@code lists update --store DIR} writes it: one folder per list (its id in the
 * reviewed sources table), and in it one folder per version, named by the version's date
 * ({@code 2025-11-19}, then {@code 2025-11-19-2} for a second, different version of the same day),
 * holding the files as published and {@value #VERSION_FILE} (format, publication date, where and
 * when each file was fetched, its SHA-256 and how it was verified). Versions are never
 * overwritten.
 *
 * <p>As a {@link ListFormat} ({@code --lists DIR}) the store gives the newest version of each of
 * its lists, or with an as-of date the newest version dated on or before it; each version's files
 * are checked against the SHA-256 recorded when they were stored, so a store that was changed by
 * hand stops the run instead of being screened against.</p>
 */
public final class ListStore {

    public static final String VERSION_FILE = "version.json";
    private static final Pattern VERSION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:-(\\d+))?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One stored version of a list. */
    public record Version(String listId, String name, LocalDate date, int sequence, Path folder) {
    }

    private ListStore() {
    }

    /** Whether a folder is a list store: some {@code <list>/<version>/version.json} exists. */
    public static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> lists = Files.list(dir)) {
            return lists.filter(Files::isDirectory).anyMatch(l -> !versions(l).isEmpty());
        } catch (IOException e) {
            return false;
        }
    }

    /** The versions of one list's folder, oldest first (by date, then sequence). */
    public static List<Version> versions(Path listDir) {
        List<Version> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(listDir)) {
            for (Path p : s.toList()) {
                Matcher m = VERSION.matcher(p.getFileName().toString());
                if (Files.isDirectory(p) && m.matches() && Files.isRegularFile(p.resolve(VERSION_FILE))) {
                    try {
                        out.add(new Version(listDir.getFileName().toString(), p.getFileName().toString(), LocalDate.parse(m.group(1)),
                                m.group(2) == null ? 1 : Integer.parseInt(m.group(2)), p));
                    } catch (DateTimeParseException e) {
                        // not a version folder
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(Comparator.comparing(Version::date).thenComparingInt(Version::sequence));
        return out;
    }

    /** The list folders of a store, by name. */
    public static List<Path> lists(Path store) {
        try (Stream<Path> s = Files.list(store)) {
            return s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !versions(p).isEmpty()).sorted().toList();
        } catch (IOException e) {
            throw new InputException(InputFile.of(store).display() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** The newest version of a list dated on or before {@code asOf} (any date when null), or null. */
    public static Version asOf(Path listDir, LocalDate asOf) {
        Version pick = null;
        for (Version v : versions(listDir)) {
            if (asOf == null || !v.date().isAfter(asOf)) {
                pick = v;
            }
        }
        return pick;
    }

    /** A version's record, as stored. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> record(Path versionDir) {
        try {
            return JSON.readValue(versionDir.resolve(VERSION_FILE).toFile(), LinkedHashMap.class);
        } catch (IOException e) {
            throw new InputException(InputFile.of(versionDir.resolve(VERSION_FILE)).display() + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes a version's record (used by the updater, before the version folder is moved into place). */
    public static void writeRecord(Path versionDir, Map<String, Object> record) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(versionDir.resolve(VERSION_FILE).toFile(), record);
    }

    /** The SHA-256 of a file, in hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads one stored version: checks its files against the recorded SHA-256s, loads it with its
     * recorded format, and gives it the version's date where the file states none.
     */
    @SuppressWarnings("unchecked")
    public static EntityList read(Version v, List<Reject> rejects) {
        Map<String, Object> rec = record(v.folder());
        String format = String.valueOf(rec.get("format"));
        List<Map<String, Object>> files = (List<Map<String, Object>>) rec.getOrDefault("files", List.of());
        if (files.isEmpty()) {
            throw new InputException(InputFile.of(v.folder()).display() + ": " + VERSION_FILE + " lists no files");
        }
        for (Map<String, Object> f : files) {
            Path p = v.folder().resolve(String.valueOf(f.get("name")));
            String shown = InputFile.of(p).display();
            if (!Files.isRegularFile(p)) {
                throw new InputException(shown + ": missing from the list store (" + VERSION_FILE + " lists it)");
            }
            try {
                if (!sha256(p).equals(f.get("sha256"))) {
                    throw new InputException(shown + ": its SHA-256 is not the one recorded when it was stored; the store was"
                            + " changed after lists update wrote it, so this version is not used");
                }
            } catch (IOException e) {
                throw new InputException(shown + ": cannot be read: " + e.getMessage(), e);
            }
        }
        Path target = files.size() == 1 ? v.folder().resolve(String.valueOf(files.get(0).get("name"))) : v.folder();
        EntityList l = ListLoader.load(target, format, rejects);
        boolean fromFile = l.published() != null;
        if (!fromFile) {
            l = l.withPublished(v.date());
        }
        return l.withDetail("published_from", fromFile ? "file" : "store version date")
                .withDetail("store_version", v.listId() + "/" + v.name());
    }

    /** The list store as a list format. */
    public static final ListFormat FORMAT = new ListFormat() {
        @Override
        public String id() {
            return "store";
        }

        @Override
        public String expected() {
            return "a list store written by lists update (<list>/<yyyy-MM-dd>/" + VERSION_FILE + ")";
        }

        @Override
        public boolean readsFolders() {
            return true;
        }

        @Override
        public boolean detects(ListProbe probe) {
            return probe.isFolder() && isStore(probe.path());
        }

        @Override
        public EntityList read(Path path, InputFile file, List<Reject> rejects) {
            List<EntityList> all = readAll(path, file, rejects, null);
            if (all.size() != 1) {
                throw new InputException(file.display() + ": the list store holds " + all.size() + " lists; read it with --lists");
            }
            return all.get(0);
        }

        @Override
        public List<EntityList> readAll(Path path, InputFile file, List<Reject> rejects, LocalDate asOf) {
            List<EntityList> out = new ArrayList<>();
            for (Path listDir : lists(path)) {
                Version v = asOf(listDir, asOf);
                if (v == null) {
                    throw new InputException(InputFile.of(listDir).display() + ": the list store has no version of "
                            + listDir.getFileName() + " dated on or before --as-of " + asOf + " (versions: "
                            + String.join(", ", versions(listDir).stream().map(Version::name).toList()) + ")");
                }
                out.add(ListStore.read(v, rejects));
            }
            return out;
        }
    };
}
