package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.ingest.DisplayPaths;

/**
 * Everything {@code rules verify} checks, and what {@code check} runs before it uses the rules:
 * the DRL compiles (errors as {@code file:line:column}); every rule has its metadata with valid
 * values, a unique ID and a file named after it ({@link RuleBase}); no rule file uses a forbidden
 * API ({@link DrlScanner}); every reference table parses ({@link ReferenceTables}). The result of
 * the last verification is kept per folder and content, so a JVM that runs many checks on the same
 * rules (scenario tests) compiles them once.
 */
public final class RuleVerifier {

    /** What verifying a folder found. {@code ruleBase} is null when the rules did not compile or check. */
    public record Verification(Path folder, RuleBase ruleBase, List<String> problems, List<String> notes,
            int ruleFiles, int referenceTables) {

        public boolean passed() {
            return problems.isEmpty() && ruleBase != null;
        }
    }

    private record Cached(String key, Verification verification) {
    }

    private static final Object LOCK = new Object();
    private static final List<Cached> CACHE = new ArrayList<>();
    private static final int CACHE_SIZE = 2;

    private RuleVerifier() {
    }

    /** The verified rule base; a {@link RuleException} with every problem when verification fails. */
    public static RuleBase load(Path folder) {
        Verification v = verify(folder);
        if (!v.passed()) {
            throw new RuleException(v.problems());
        }
        return v.ruleBase();
    }

    /** Verifies the folder (or returns the result for the same folder and content verified before). */
    public static Verification verify(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleException(List.of(DisplayPaths.display(folder) + ": the rule folder does not exist"));
        }
        String key = fingerprint(folder);
        synchronized (LOCK) {
            for (Cached c : CACHE) {
                if (c.key().equals(key)) {
                    return c.verification();
                }
            }
        }
        Verification v = verifyNow(folder);
        synchronized (LOCK) {
            CACHE.add(0, new Cached(key, v));
            while (CACHE.size() > CACHE_SIZE) {
                CACHE.remove(CACHE.size() - 1);
            }
        }
        return v;
    }

    private static Verification verifyNow(Path folder) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        RuleBase rb = null;
        try {
            rb = RuleBase.load(folder);
        } catch (RuleException e) {
            problems.addAll(e.problems());
        }
        Path root = folder.toAbsolutePath().normalize();
        List<Path> drls = new ArrayList<>();
        List<Path> tables = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = rel(root, p);
                if (rel.startsWith("tests/")) {
                    continue;
                }
                if (rel.endsWith(".drl")) {
                    drls.add(p);
                } else if (rel.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                    tables.add(p);
                } else if (!rel.equals(RulesLock.FILE) && !rel.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
                    notes.add("rules/" + rel + ": neither a rule (.drl) nor a reference table (.csv): not verified, but locked");
                }
            }
        } catch (IOException e) {
            problems.add(DisplayPaths.display(folder) + ": cannot be read: " + e.getMessage());
        }
        for (Path p : drls) {
            String shown = "rules/" + rel(root, p);
            String text;
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(shown + ":0:0 cannot be read: " + e.getMessage());
                continue;
            }
            for (DrlScanner.Hit h : scan(text)) {
                problems.add(shown + ":" + h.line() + ":" + h.column() + " " + h.where() + ": " + h.token() + ": " + h.why());
            }
        }
        for (Path p : tables) {
            ReferenceTables.Check c = checkTable(p, "rules/" + rel(root, p));
            problems.addAll(c.problems());
            notes.addAll(c.notes());
        }
        return new Verification(folder, problems.isEmpty() ? rb : null, List.copyOf(problems), List.copyOf(notes),
                drls.size(), tables.size());
    }

    /**
     * The scanner's hits in a DRL text, remembered by the text: a rule folder copied with other
     * reference tables (a scenario case with its own reference/) holds the same rule files, and
     * scanning them again would find the same.
     */
    private static List<DrlScanner.Hit> scan(String text) {
        synchronized (SCANS) {
            List<DrlScanner.Hit> known = SCANS.get(text);
            if (known != null) {
                return known;
            }
        }
        List<DrlScanner.Hit> hits = List.copyOf(DrlScanner.scan(text));
        synchronized (SCANS) {
            SCANS.put(text, hits);
        }
        return hits;
    }

    /** A reference table's check, remembered by its shown name and content (the check reads nothing else). */
    private static ReferenceTables.Check checkTable(Path p, String shown) {
        String key;
        try {
            key = shown + '\0' + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return ReferenceTables.check(p, shown); // which reports an unreadable table
        }
        synchronized (TABLES) {
            ReferenceTables.Check known = TABLES.get(key);
            if (known != null) {
                return known;
            }
        }
        ReferenceTables.Check c = ReferenceTables.check(p, shown);
        synchronized (TABLES) {
            TABLES.put(key, c);
        }
        return c;
    }

    private static final int REMEMBERED = 512;
    private static final Map<String, List<DrlScanner.Hit>> SCANS = lru();
    private static final Map<String, ReferenceTables.Check> TABLES = lru();

    private static <V> Map<String, V> lru() {
        return new java.util.LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    /**
     * The folder's path and the content of every file in it (tests included, since the rule base
     * records the hash of every file): equal fingerprints, equal verification.
     */
    private static String fingerprint(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(root.toString().getBytes(StandardCharsets.UTF_8));
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = rel(root, p);
                md.update((byte) 0);
                md.update(rel.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(p));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new RuleException(List.of(DisplayPaths.display(folder) + ": cannot be read: " + e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests: forget cached verifications. */
    static void clearCache() {
        synchronized (LOCK) {
            CACHE.clear();
        }
    }

}
