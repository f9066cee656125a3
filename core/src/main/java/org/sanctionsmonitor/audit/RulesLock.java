package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.sanctionsmonitor.ingest.DisplayPaths;

/**
 * {@code rules/rules.lock}: the SHA-256 of every rule and reference file of the rule folder, one
 * line per file in the format of {@code sha256sum} ({@code <hex>  <path relative to the folder>}),
 * sorted by path, so an auditor can check it without this tool: {@code cd rules && sha256sum -c
 * rules.lock}. Locked are all files of the folder except the lock itself, documentation
 * ({@code *.md}) and the scenario tests under {@code tests/}, which do not change what a check
 * finds.
 */
public final class RulesLock {

    public static final String FILE = "rules.lock";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) [ *](.+)");

    /** How the folder compares with its lock. */
    public enum State {
        /** every locked file is present with its hash, and no file is unlocked */
        MATCH,
        /** some file changed, is missing or is not in the lock */
        MISMATCH,
        /** there is no rules.lock */
        ABSENT,
        /** rules.lock cannot be read */
        INVALID
    }

    /** The comparison of the folder with its lock. */
    public record Status(State state, String lockFile, String lockSha256, List<String> changed, List<String> missing,
            List<String> unlocked, List<String> problems) {

        public boolean matches() {
            return state == State.MATCH;
        }

        /** The differences, one line each, naming the file. */
        public List<String> describe() {
            List<String> out = new ArrayList<>(problems);
            changed.forEach(f -> out.add(f + ": changed since the lock (SHA-256 differs)"));
            missing.forEach(f -> out.add(f + ": in the lock but missing"));
            unlocked.forEach(f -> out.add(f + ": not in the lock"));
            if (state == State.ABSENT) {
                out.add(lockFile + ": no lock file (write one with: rules lock)");
            }
            return out;
        }

        public Map<String, Object> toManifest() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", lockFile);
            m.put("status", state.name().toLowerCase(java.util.Locale.ROOT));
            m.put("matches", matches());
            m.put("sha256", lockSha256);
            m.put("changed", changed);
            m.put("missing", missing);
            m.put("unlocked", unlocked);
            if (!problems.isEmpty()) {
                m.put("problems", problems);
            }
            return m;
        }
    }

    private RulesLock() {
    }

    /** The files a lock covers, by path relative to the folder, with their SHA-256, sorted by path. */
    public static Map<String, String> hashes(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (locked(rel)) {
                    out.put(rel, sha256(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    /** True for the files a lock covers (see the class comment). */
    public static boolean locked(String relative) {
        return !relative.equals(FILE) && !relative.startsWith("tests/")
                && !relative.toLowerCase(java.util.Locale.ROOT).endsWith(".md");
    }

    /** The lock file's text for the folder as it is now. */
    public static String render(Map<String, String> hashes) {
        StringBuilder sb = new StringBuilder();
        hashes.forEach((file, sha) -> sb.append(sha).append("  ").append(file).append('\n'));
        return sb.toString();
    }

    /** Writes {@code rules.lock} into the folder; returns the hashes written. */
    public static Map<String, String> write(Path folder) throws IOException {
        Map<String, String> hashes = hashes(folder);
        Path lock = folder.resolve(FILE);
        Path tmp = Files.createTempFile(folder, ".rules.lock-", ".tmp");
        try {
            Files.writeString(tmp, render(hashes), StandardCharsets.UTF_8);
            Files.move(tmp, lock, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return hashes;
    }

    /** Compares the folder with its lock. */
    public static Status status(Path folder) throws IOException {
        Path lock = folder.resolve(FILE);
        String shown = DisplayPaths.display(lock);
        Map<String, String> now = hashes(folder);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(lock);
        } catch (NoSuchFileException e) {
            return new Status(State.ABSENT, shown, null, List.of(), List.of(), List.of(), List.of());
        }
        Map<String, String> locked = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].replace("\r", "");
            if (l.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(l);
            if (!m.matches()) {
                problems.add(shown + ":" + (i + 1) + ":1 not a '<sha256>  <file>' line");
            } else if (locked.put(m.group(2), m.group(1)) != null) {
                problems.add(shown + ":" + (i + 1) + ":1 " + m.group(2) + " is listed twice");
            }
        }
        String lockSha = sha256(bytes);
        if (!problems.isEmpty()) {
            return new Status(State.INVALID, shown, lockSha, List.of(), List.of(), List.of(), problems);
        }
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unlocked = new ArrayList<>();
        String prefix = shown.endsWith(FILE) ? shown.substring(0, shown.length() - FILE.length()) : "";
        locked.forEach((file, sha) -> {
            String cur = now.get(file);
            if (cur == null) {
                missing.add(prefix + file);
            } else if (!cur.equals(sha)) {
                changed.add(prefix + file);
            }
        });
        now.keySet().stream().filter(f -> !locked.containsKey(f)).forEach(f -> unlocked.add(prefix + f));
        State state = changed.isEmpty() && missing.isEmpty() && unlocked.isEmpty() ? State.MATCH : State.MISMATCH;
        return new Status(state, shown, lockSha, changed, missing, unlocked, List.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
