package org.sanctionsmonitor.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.KiePackage;
import org.kie.internal.conf.ConstraintJittingThresholdOption;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule packages, kept between runs so that a run whose rules have not changed does not
 * compile them again (compiling the DRL, with its Java consequences, costs a few CPU-seconds in a
 * fresh JVM; reading the compiled packages back a fraction of that).
 *
 * <p>The key is a SHA-256 of every rule file's path and text, the Drools version and the bytes of
 * the code the rules are compiled against (this tool's jar or classes), so any change to any of
 * them compiles afresh. Every KieBase, compiled now or read from the cache, is made the same way:
 * from the serialised packages (a fresh compile is serialised and read back), so both give the
 * same rule base. A cache file is written whole (a temporary file moved into place), starts with
 * the SHA-256 of its content, and is only read through a filter that admits Drools', MVEL's,
 * the JDK's and this tool's classes; a file that fails any check is ignored and replaced.
 *
 * <p>The folder is {@code target/rule-cache} under the tool's home, or the folder named by the
 * system property {@code sanctions.ruleCache}; {@code -Dsanctions.ruleCache=off} turns it off. At
 * most {@value #KEEP} compiled rule sets are kept, the least recently written removed first.
 */
final class CompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);
    /** Bump when the file layout changes. */
    private static final String FORMAT = "sanctions-monitor compiled rules 1";
    private static final byte[] MAGIC = "SMRULES1".getBytes(StandardCharsets.US_ASCII);
    static final int KEEP = 16;
    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "java.**;org.drools.**;org.kie.**;org.mvel2.**;org.sanctionsmonitor.**;!*");
    private static volatile String codeFingerprint;

    /** Where a compiled rule set came from, for the manifest. */
    enum Source {
        COMPILED, CACHE
    }

    private final Path dir;

    private CompiledRules(Path dir) {
        this.dir = dir;
    }

    /** The cache as configured: {@code sanctions.ruleCache} (a folder, or off), else target/rule-cache under the home. */
    static CompiledRules configured() {
        String p = System.getProperty("sanctions.ruleCache");
        if (p != null && p.strip().equalsIgnoreCase("off")) {
            return off();
        }
        return at(p != null && !p.isBlank() ? Path.of(p) : DisplayPaths.home().resolve("target").resolve("rule-cache"));
    }

    /** A cache in {@code dir}. */
    static CompiledRules at(Path dir) {
        return new CompiledRules(dir);
    }

    /** No cache: the rules are compiled on every load. */
    static CompiledRules off() {
        return new CompiledRules(null);
    }

    /**
     * The key of a rule set: its files (relative path and text, in order), Drools' version and this
     * tool's code; null when the code cannot be fingerprinted (then nothing is cached).
     */
    static String key(Map<String, String> sources) {
        String code = codeFingerprint();
        if (code.isEmpty()) {
            return null;
        }
        MessageDigest d = sha256();
        update(d, FORMAT);
        update(d, Versions.drools());
        update(d, code);
        sources.forEach((path, text) -> {
            update(d, path);
            update(d, text);
        });
        return HexFormat.of().formatHex(d.digest());
    }

    /** Whether a compiled rule file is kept under {@code key} (it may still turn out unusable when read). */
    boolean has(String key) {
        return dir != null && key != null && Files.isRegularFile(dir.resolve(key + ".bin"));
    }

    /** The packages cached under {@code key}, or null when there are none (or they cannot be read back). */
    List<KiePackage> read(String key) {
        Payload p = payload(key);
        if (p == null) {
            return null;
        }
        try {
            return deserialize(p.bytes());
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("compiled rules {} cannot be used ({}); compiling the rules again", p.file(), e.toString());
            return null;
        }
    }

    /**
     * The KieBase of the packages cached under {@code key}, or null as {@link #read}. The file is read
     * and its SHA-256 checked on every call; a KieBase this JVM already made from the same verified
     * bytes is reused rather than deserialised again (the scenario cases run one check per case, and
     * a case with its own reference tables runs on a copy of the rule folder with the same rules).
     */
    KieBase readKieBase(String key) {
        Payload p = payload(key);
        if (p == null) {
            return null;
        }
        synchronized (MADE) {
            for (Made m : MADE) {
                if (m.sha().equals(p.sha())) {
                    return m.kieBase();
                }
            }
        }
        KieBase kb;
        try {
            kb = kieBase(deserialize(p.bytes()));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("compiled rules {} cannot be used ({}); compiling the rules again", p.file(), e.toString());
            return null;
        }
        synchronized (MADE) {
            MADE.add(0, new Made(p.sha(), kb));
            while (MADE.size() > MADE_KEPT) {
                MADE.remove(MADE.size() - 1);
            }
        }
        return kb;
    }

    /** A compiled rule file's payload, checked against the SHA-256 it stores. */
    private record Payload(Path file, String sha, byte[] bytes) {
    }

    /** A KieBase made in this JVM from a verified payload, by the payload's SHA-256. */
    private record Made(String sha, KieBase kieBase) {
    }

    /** The KieBases made from cached files, most recent first (at most {@link #MADE_KEPT}). */
    private static final List<Made> MADE = new ArrayList<>();
    private static final int MADE_KEPT = 2;

    private Payload payload(String key) {
        if (dir == null || key == null) {
            return null;
        }
        Path file = dir.resolve(key + ".bin");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            byte[] all = Files.readAllBytes(file);
            int head = MAGIC.length + 32;
            if (all.length < head || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new IOException("not a compiled rule file");
            }
            byte[] payload = Arrays.copyOfRange(all, head, all.length);
            byte[] sha = sha256().digest(payload);
            if (!Arrays.equals(sha, Arrays.copyOfRange(all, MAGIC.length, head))) {
                throw new IOException("its content does not match its SHA-256");
            }
            return new Payload(file, HexFormat.of().formatHex(sha), payload);
        } catch (IOException | RuntimeException e) {
            LOG.warn("compiled rules {} cannot be used ({}); compiling the rules again", file, e.toString());
            return null;
        }
    }

    /** Keeps the packages under {@code key}; a cache that cannot be written is skipped, not an error. */
    void write(String key, byte[] payload) {
        if (dir == null || key == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, key, ".tmp");
            try {
                try (var out = Files.newOutputStream(tmp)) {
                    out.write(MAGIC);
                    out.write(sha256().digest(payload));
                    out.write(payload);
                }
                Path file = dir.resolve(key + ".bin");
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.debug("compiled rules not cached in {}: {}", dir, e.toString());
        }
    }

    /** Removes all but the {@value #KEEP} most recently written rule sets. */
    private void prune() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".bin")).toList());
        }
        if (files.size() <= KEEP) {
            return;
        }
        files.sort(Comparator.comparing((Path p) -> {
            try {
                return Files.getLastModifiedTime(p);
            } catch (IOException e) {
                return java.nio.file.attribute.FileTime.fromMillis(0);
            }
        }).reversed().thenComparing(Path::toString));
        for (Path p : files.subList(KEEP, files.size())) {
            Files.deleteIfExists(p);
        }
    }

    /** The packages of a compiled KieBase as bytes (Drools' own serialisation of its packages). */
    static byte[] serialize(KieBase kieBase) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        } catch (IOException e) {
            throw new IllegalStateException("the compiled rules cannot be serialised: " + e, e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static List<KiePackage> deserialize(byte[] payload) throws IOException, ClassNotFoundException {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(payload), CompiledRules.class.getClassLoader())) {
            in.setObjectInputFilter(FILTER);
            return (List<KiePackage>) in.readObject();
        }
    }

    /**
     * A KieBase of the packages: a KieContainer's default configuration, except that every
     * constraint is compiled to bytecode at its first evaluation ({@link #JITTING_THRESHOLD}).
     */
    static KieBase kieBase(Collection<KiePackage> packages) {
        KieBaseConfiguration conf = RuleBaseFactory.newKnowledgeBaseConfiguration();
        conf.setOption(ConstraintJittingThresholdOption.get(JITTING_THRESHOLD));
        var kb = org.drools.kiesession.rulebase.KnowledgeBaseFactory.newKnowledgeBase(conf);
        kb.addPackages(packages);
        return kb;
    }

    /**
     * When Drools compiles a constraint: 0, at its first evaluation, in the thread evaluating it.
     * By default (20) a constraint is interpreted by MVEL for its first 20 evaluations in a KieBase
     * and then compiled on a background thread; the two forms disagree where a value is NaN (the
     * compiled one takes {@code x <= NaN} and {@code x < NaN} for true, the interpreted one for
     * false), so a rule comparing a NaN decided by how many checks the JVM had run with the same
     * KieBase and how soon that thread finished (CYB-031's scenario cases failed in the whole cli
     * test run only). Compiled from the first evaluation, a rule decides the same in every run, and
     * its scenario cases show at once what it decides.
     */
    static final int JITTING_THRESHOLD = 0;

    /** A SHA-256 of this tool's code: its jar, or every file under its classes folder; empty when unknown. */
    private static String codeFingerprint() {
        String f = codeFingerprint;
        if (f == null) {
            MessageDigest d = sha256();
            try {
                Path code = Path.of(CompiledRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(code)) {
                    try (Stream<Path> s = Files.walk(code)) {
                        for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                            update(d, code.relativize(p).toString());
                            d.update(Files.readAllBytes(p));
                        }
                    }
                } else {
                    try (InputStream in = Files.newInputStream(code)) {
                        byte[] buf = new byte[1 << 16];
                        for (int n; (n = in.read(buf)) > 0; ) {
                            d.update(buf, 0, n);
                        }
                    }
                }
                f = HexFormat.of().formatHex(d.digest());
            } catch (IOException | URISyntaxException | RuntimeException e) {
                f = "";
            }
            codeFingerprint = f;
        }
        return f;
    }

    private static void update(MessageDigest d, String s) {
        d.update(s.getBytes(StandardCharsets.UTF_8));
        d.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
