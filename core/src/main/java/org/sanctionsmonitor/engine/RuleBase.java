package org.sanctionsmonitor.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.ingest.DisplayPaths;

/**
 * The rule folder compiled into one KieBase, once per run. Every {@code .drl} file under the
 * folder is compiled at run time (rules are never part of the jar), or, when exactly the same
 * files were compiled by an earlier run of the same tool, read back from {@link CompiledRules}. Compile errors are reported
 * as {@code file:line:column message} with the file relative to the folder; then every rule is
 * checked: required metadata present and valid, IDs unique, each file named after its rule ID.
 */
public final class RuleBase {

    /** The metadata keys every rule must carry. */
    public static final List<String> REQUIRED_METADATA = List.of("id", "category", "severity", "legalBasis", "description");

    private static final Pattern ID_FORM = Pattern.compile("[A-Z]{2,5}-\\d{3}");
    private static final Pattern RULE_DECL = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    private static final AtomicLong BUILDS = new AtomicLong();

    private final Path folder;
    private final CompiledRules.Source source;
    private final KieBase kieBase;
    private final List<RuleFile> files;
    private final Map<String, RuleInfo> byName;
    private final List<RuleInfo> rules;
    /** The fact types the rules' patterns match (null: unknown, so every fact may matter). */
    private final List<org.drools.base.base.ObjectType> patternTypes;
    private final Map<Class<?>, Boolean> mayMatch = new java.util.concurrent.ConcurrentHashMap<>();

    private RuleBase(Path folder, KieBase kieBase, List<RuleFile> files, List<RuleInfo> rules, CompiledRules.Source source) {
        this.folder = folder;
        this.source = source;
        this.kieBase = kieBase;
        this.files = List.copyOf(files);
        this.rules = List.copyOf(rules);
        this.byName = new HashMap<>();
        rules.forEach(r -> byName.put(r.name(), r));
        this.patternTypes = patternTypes(kieBase);
    }

    /**
     * The object types of the compiled network: one per type that some pattern of some rule
     * matches (in a condition, not, exists, from, accumulate or query). A fact of any other type
     * would be inserted and go nowhere.
     */
    private static List<org.drools.base.base.ObjectType> patternTypes(KieBase kieBase) {
        if (!(kieBase instanceof org.drools.core.impl.InternalRuleBase internal)) {
            return null;
        }
        List<org.drools.base.base.ObjectType> types = new ArrayList<>();
        internal.getRete().getObjectTypeNodes().forEach(n -> types.add(n.getObjectType()));
        return List.copyOf(types);
    }

    /**
     * Whether a fact of this class can match any pattern of any rule. Inserting a fact that cannot
     * is pure cost (a million transfers no rule looks at, only their candidate facts), so the rule
     * runner leaves such facts out; the result is the same, since a rule's consequence only sees
     * the facts its conditions matched (rules/README.md forbids reading the working memory).
     */
    public boolean mayMatch(Class<?> type) {
        if (patternTypes == null) {
            return true;
        }
        Boolean known = mayMatch.get(type); // asked once per fact: no lambda made when the answer is known
        return known != null ? known : mayMatch.computeIfAbsent(type, c -> patternTypes.stream().anyMatch(t -> t.isAssignableFrom(c)));
    }

    /**
     * Compiles (or reads from the cache of compiled rules, see {@link CompiledRules}) and checks the
     * rule folder; a {@link RuleException} lists every problem found.
     */
    public static RuleBase load(Path folder) {
        return load(folder, CompiledRules.configured());
    }

    /**
     * Whether {@link #load} would read this folder's rules from the cache of compiled rules rather
     * than compile them (so progress can name the step truly). Never throws: a folder that cannot
     * be read is "not cached", and {@link #load} reports its problems.
     */
    public static boolean hasCachedCompilation(Path folder) {
        try {
            if (!Files.isDirectory(folder)) {
                return false;
            }
            Map<String, String> sources = new LinkedHashMap<>();
            for (RuleFile f : listFiles(folder)) {
                if (f.relative().endsWith(".drl")) {
                    sources.put(f.relative(), read(f.path()));
                }
            }
            return !sources.isEmpty() && CompiledRules.configured().has(CompiledRules.key(sources));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The same, with the compiled rules cached in {@code cache}. */
    static RuleBase load(Path folder, CompiledRules cache) {
        if (!Files.isDirectory(folder)) {
            throw new RuleException(List.of(DisplayPaths.display(folder) + ": the rule folder does not exist"));
        }
        List<RuleFile> files = listFiles(folder);
        List<RuleFile> drls = files.stream().filter(f -> f.relative().endsWith(".drl")).toList();
        if (drls.isEmpty()) {
            throw new RuleException(List.of(DisplayPaths.display(folder) + ": no .drl rule files found"));
        }
        Map<String, String> sources = new LinkedHashMap<>();
        for (RuleFile f : drls) {
            sources.put(f.relative(), read(f.path()));
        }
        String key = CompiledRules.key(sources);
        KieBase kieBase = cached(cache, key);
        CompiledRules.Source source = CompiledRules.Source.CACHE;
        if (kieBase == null) {
            byte[] compiled = CompiledRules.serialize(compile(sources));
            cache.write(key, compiled);
            try {
                // the KieBase is made the same way either way: from the serialised packages
                kieBase = CompiledRules.kieBase(CompiledRules.deserialize(compiled));
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("the compiled rules cannot be read back: " + e, e);
            }
            source = CompiledRules.Source.COMPILED;
        }
        List<String> problems = new ArrayList<>();
        List<RuleInfo> rules = describe(kieBase, sources, problems);
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return new RuleBase(folder, kieBase, files, rules, source);
    }

    /**
     * The compiled packages as bytes (Drools' serialisation, as the compiled-rule cache stores
     * them), so that another JVM can build the same KieBase without compiling the DRL: the Spark
     * job broadcasts them to its executors ({@link #fromCompiled}).
     */
    public byte[] compiledPackages() {
        return CompiledRules.serialize(kieBase);
    }

    /**
     * The rule base of {@code folder} from packages compiled by another JVM ({@link
     * #compiledPackages}) instead of compiling its DRL: the KieBase is made from the bytes as
     * {@link #load} makes it from its own, and the folder's files are read to describe and check
     * the rules as {@link #load} does. The caller checks that the folder's files are the ones the
     * packages were compiled from (their SHA-256s, {@link #files}).
     */
    public static RuleBase fromCompiled(Path folder, byte[] packages) {
        if (!Files.isDirectory(folder)) {
            throw new RuleException(List.of(DisplayPaths.display(folder) + ": the rule folder does not exist"));
        }
        List<RuleFile> files = listFiles(folder);
        Map<String, String> sources = new LinkedHashMap<>();
        for (RuleFile f : files) {
            if (f.relative().endsWith(".drl")) {
                sources.put(f.relative(), read(f.path()));
            }
        }
        KieBase kieBase;
        try {
            kieBase = CompiledRules.kieBase(CompiledRules.deserialize(packages));
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("the compiled rules sent to this JVM cannot be read: " + e, e);
        }
        List<String> problems = new ArrayList<>();
        List<RuleInfo> rules = describe(kieBase, sources, problems);
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return new RuleBase(folder, kieBase, files, rules, CompiledRules.Source.CACHE);
    }

    /** The KieBase of the packages cached under {@code key}; null when there are none or they do not make one. */
    private static KieBase cached(CompiledRules cache, String key) {
        return cache.readKieBase(key); // null: compiled again below, and the cache entry replaced
    }

    /** Compiles the DRL sources (relative path to text); a {@link RuleException} lists every compile error. */
    private static KieBase compile(Map<String, String> sources) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("org.sanctionsmonitor.rules", "rules", "1." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        sources.forEach((path, text) -> kfs.write("src/main/resources/" + path, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (m.getLine() == 0 && m.getText().startsWith("Parser returned a null Package")) {
                continue; // follows a syntax error already reported with its position
            }
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            problems.add("rules/" + path + ":" + m.getLine() + ":" + m.getColumn() + " " + m.getText().strip().replace('\n', ' '));
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        try {
            return container.getKieBase();
        } finally {
            ks.getRepository().removeKieModule(releaseId); // compiled once: the packages are kept, not the module
        }
    }

    private static List<RuleInfo> describe(KieBase kieBase, Map<String, String> sources, List<String> problems) {
        // where each rule is declared: file and line, by rule name
        Map<String, String> fileOf = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        sources.forEach((file, text) -> {
            Matcher m = RULE_DECL.matcher(text);
            while (m.find()) {
                fileOf.put(m.group(1), file);
                lineOf.put(m.group(1), lineAt(text, m.start(1)));
            }
        });
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, RuleInfo> ids = new HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                String file = fileOf.getOrDefault(r.getName(), "?");
                int line = lineOf.getOrDefault(r.getName(), 0);
                String where = "rules/" + file + ":" + line + ":1 rule \"" + r.getName() + "\": ";
                Map<String, Object> md = metadata(r);
                boolean complete = true;
                for (String key : REQUIRED_METADATA) {
                    Object v = md.get(key);
                    if (v == null || v.toString().isBlank()) {
                        problems.add(where + "missing @" + key + "(...) metadata");
                        complete = false;
                    }
                }
                if (!complete) {
                    continue;
                }
                String id = md.get("id").toString().strip();
                var category = Category.parse(md.get("category").toString());
                var severity = Severity.parse(md.get("severity").toString());
                if (!ID_FORM.matcher(id).matches()) {
                    problems.add(where + "@id(\"" + id + "\") is not of the form ABC-123");
                }
                if (category.isEmpty()) {
                    problems.add(where + "@category(\"" + md.get("category") + "\") is not one of " + List.of(Category.values()));
                }
                if (severity.isEmpty()) {
                    problems.add(where + "@severity(\"" + md.get("severity") + "\") is not one of " + List.of(Severity.values()));
                }
                if (!r.getName().startsWith(id + " ")) {
                    problems.add(where + "the rule name must start with its ID '" + id + " '");
                }
                String fileName = file.substring(file.lastIndexOf('/') + 1);
                if (!fileName.startsWith(id)) {
                    problems.add(where + "the file name must start with the rule ID " + id);
                }
                RuleInfo prev = ids.get(id);
                if (prev != null) {
                    problems.add(where + "rule ID " + id + " is also used at rules/" + prev.file() + ":" + prev.line());
                }
                if (category.isEmpty() || severity.isEmpty()) {
                    continue;
                }
                RuleInfo info = new RuleInfo(id, r.getName(), category.get(), severity.get(),
                        md.get("legalBasis").toString().strip(), md.get("description").toString().strip(), file, line);
                ids.putIfAbsent(id, info);
                rules.add(info);
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::id));
        return rules;
    }

    /**
     * A rule's metadata by plain key. Drools resolves a metadata name that is also the simple name
     * of a known annotation type (for example {@code @description}, which is KIE's
     * {@code org.kie.api.definition.type.Description}) to that type's full name; map it back.
     */
    public static Map<String, Object> metadata(Rule r) {
        Map<String, Object> md = new HashMap<>();
        r.getMetaData().forEach((k, v) -> {
            String key = k;
            int dot = k.lastIndexOf('.');
            if (dot >= 0) {
                String simple = k.substring(dot + 1);
                key = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
            }
            md.putIfAbsent(key, v);
        });
        return md;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The kinds of file the rule folder may hold: rules, reference tables, the lock and
     * documentation. Nothing else under --rules is read as part of the rule set.
     */
    public static final List<String> READ_EXTENSIONS = List.of(".drl", ".csv", ".md", ".lock");

    /**
     * Every rule-set file (by {@link #READ_EXTENSIONS}, outside the scenario tests in tests/), sorted
     * by relative path, with its SHA-256.
     */
    private static List<RuleFile> listFiles(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            List<RuleFile> out = new ArrayList<>();
            for (Path p : walk.sorted().toList()) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)) {
                    continue;
                }
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (READ_EXTENSIONS.stream().noneMatch(rel::endsWith) || rel.startsWith("tests/")) {
                    continue; // scenario tests (rules test) are not part of the rule set
                }
                if (Files.isSymbolicLink(p)) {
                    Path target = p.toRealPath();
                    if (!target.startsWith(root.toRealPath())) {
                        throw new RuleException(List.of("rules/" + rel + ":0:0 symbolic link leads outside the rule folder; refused"));
                    }
                    if (!Files.isRegularFile(target)) {
                        continue;
                    }
                }
                out.add(new RuleFile(p, rel, sha256(Files.readAllBytes(p)), DisplayPaths.display(p)));
            }
            return out;
        } catch (IOException e) {
            throw new RuleException(List.of(DisplayPaths.display(folder) + ": cannot be read: " + e.getMessage()));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleException(List.of(DisplayPaths.display(p) + ":0:0 cannot be read: " + e.getMessage()));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** True when the compiled rules were read from the cache of an earlier run (see {@link CompiledRules}), false when compiled now. */
    public boolean fromCache() {
        return source == CompiledRules.Source.CACHE;
    }

    public Path folder() {
        return folder;
    }

    /** Every file in the rule folder (rules and reference data), sorted by path. */
    public List<RuleFile> files() {
        return files;
    }

    /** The rules, sorted by ID. */
    public List<RuleInfo> rules() {
        return rules;
    }

    public RuleInfo byName(String ruleName) {
        return byName.get(ruleName);
    }
}
