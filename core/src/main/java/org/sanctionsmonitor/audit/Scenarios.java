package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.check.CheckResult;
import org.sanctionsmonitor.check.Feed;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.engine.RuleInfo;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.Folders;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.report.FindingsCsv;

/**
 * Scenario tests that live beside the rules: {@code <rules>/tests/<RULE-ID>/<case>/}, each case a
 * folder with
 * <ul>
 * <li>{@code case.properties}: {@code expect = fire} or {@code expect = no-fire}, a
 * {@code description}, and optionally {@code as_of} (yyyy-MM-dd, default {@value #DEFAULT_AS_OF});</li>
 * <li>its inputs: {@code list.csv} (or a {@code lists/} folder) and {@code transfers.csv},
 * {@code shipments.csv}, {@code payments.csv}, {@code vessel-events.csv}, and optionally
 * {@code labels.csv} (address labels: mixers, bridges, exchanges; not a feed of its own) and
 * {@code ownership.csv} (ownership and control links, for the OWN rules);</li>
 * <li>optionally a {@code reference/} folder: reviewed tables of the rule folder (same file
 * names) replaced for this case only, for a rule that fires only at a non-default setting (e.g.
 * CYB-022 beyond the default exposure depth); the rules themselves are never replaced;</li>
 * <li>{@code expected.csv}: the findings expected, at least the columns {@code rule_id,
 * subject_id, list_entry_id}, optionally any other findings.csv column.</li>
 * </ul>
 * Each case is run through the real batch check (into a scratch folder) and the findings.csv it
 * writes is compared with expected.csv on the columns expected.csv has, for the rule under test
 * and every rule expected.csv names: the same rows, no more, no fewer. A rule passes when it has
 * at least one case that must fire and one that must not, and all pass.
 */
public final class Scenarios {

    public static final String DEFAULT_AS_OF = "2025-06-01";
    public static final List<String> REQUIRED_EXPECTED = List.of("rule_id", "subject_id", "list_entry_id");

    /** The files a case folder may hold: its settings, expectations and lists, one file per registered {@link Feed}, reference overrides. */
    private static final Set<String> INPUTS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("case.properties", "expected.csv", "list.csv", "lists", "reference", "README.md"),
            java.util.Arrays.stream(Feed.values()).map(Feed::fileName)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().get();

    /** One case's result: {@code problems} is empty when it passed. */
    public record CaseResult(String ruleId, String name, String expect, String description, List<String> problems) {
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** One rule's result: its cases, and what is wrong with the rule's set of cases as a whole. */
    public record RuleResult(String ruleId, String ruleName, List<CaseResult> cases, List<String> problems) {
        public boolean passed() {
            return problems.isEmpty() && cases.stream().allMatch(CaseResult::passed);
        }

        public long firing() {
            return cases.stream().filter(c -> c.expect().equals("fire")).count();
        }

        public long silent() {
            return cases.stream().filter(c -> c.expect().equals("no-fire")).count();
        }
    }

    /** Every rule's result, in rule ID order (test folders for unknown rules last). */
    public record Report(List<RuleResult> rules) {
        public boolean passed() {
            return rules.stream().allMatch(RuleResult::passed);
        }

        public long cases() {
            return rules.stream().mapToLong(r -> r.cases().size()).sum();
        }

        public long casesPassed() {
            return rules.stream().flatMap(r -> r.cases().stream()).filter(CaseResult::passed).count();
        }
    }

    private Scenarios() {
    }

    /** The default tests folder of a rule folder. */
    public static Path testsFolder(Path rules) {
        return rules.resolve("tests");
    }

    /**
     * Runs every case under {@code tests} against the rules in {@code rules} (which must pass
     * verification: a {@link RuleException} otherwise). {@code only}, when not null, limits the
     * run to one rule ID.
     */
    public static Report run(Path rules, Path tests, String only) {
        RuleBase rb = RuleVerifier.load(rules);
        Map<String, List<Path>> casesByRule = new TreeMap<>();
        if (Files.isDirectory(tests)) {
            for (Path ruleDir : list(tests)) {
                if (Files.isDirectory(ruleDir)) {
                    casesByRule.put(ruleDir.getFileName().toString(),
                            list(ruleDir).stream().filter(Files::isDirectory).toList());
                }
            }
        }
        List<RuleResult> out = new ArrayList<>();
        for (RuleInfo r : rb.rules()) {
            if (only != null && !only.equals(r.id())) {
                continue;
            }
            List<CaseResult> cases = new ArrayList<>();
            for (Path c : casesByRule.getOrDefault(r.id(), List.of())) {
                cases.add(runCase(r.id(), c, rules));
            }
            List<String> problems = new ArrayList<>();
            if (cases.isEmpty()) {
                problems.add("no scenario cases in " + DisplayPaths.display(tests.resolve(r.id()))
                        + " (each rule needs at least one case that fires and one that does not)");
            } else {
                if (cases.stream().noneMatch(c -> c.expect().equals("fire"))) {
                    problems.add("no case that must fire (expect = fire)");
                }
                if (cases.stream().noneMatch(c -> c.expect().equals("no-fire"))) {
                    problems.add("no case that must not fire (expect = no-fire)");
                }
                Map<String, Set<String>> edges = straddles(casesByRule.getOrDefault(r.id(), List.of()));
                List<String> compared = RuleReads.comparedParameters(rules, r);
                for (String param : edges.keySet()) {
                    if (!compared.contains(param)) {
                        problems.add("a case straddles " + param + ", which " + r.id() + " does not compare (it compares: "
                                + (compared.isEmpty() ? "no threshold" : String.join(", ", compared)) + ")");
                    }
                }
                for (String param : compared) {
                    Set<String> have = edges.getOrDefault(param, Set.of());
                    List<String> missing = EDGES.stream().filter(e -> !have.contains(e)).toList();
                    if (!missing.isEmpty()) {
                        problems.add("no case straddling " + param + " with the measured value " + String.join(", ", missing)
                                + " the threshold (straddles = " + param + ", edge = " + String.join(" | ", missing) + ")");
                    }
                }
            }
            out.add(new RuleResult(r.id(), r.name(), cases, problems));
        }
        Set<String> ids = new java.util.HashSet<>(rb.rules().stream().map(RuleInfo::id).toList());
        casesByRule.keySet().stream().filter(id -> !ids.contains(id) && (only == null || only.equals(id)))
                .forEach(id -> out.add(new RuleResult(id, "", List.of(), List.of(DisplayPaths.display(tests.resolve(id))
                        + ": tests for a rule that is not in the rule set"))));
        return new Report(out);
    }

    /** The three cases that straddle a threshold: the measured value just below, at and just above it. */
    static final List<String> EDGES = List.of("below", "at", "above");

    /** The keys a case.properties may hold; any other (a misspelt {@code straddle}) is a problem, not ignored. */
    static final List<String> CASE_KEYS = List.of("as_of", "description", "edge", "expect", "straddles");

    /** The edges each parameter's straddling cases cover ({@code straddles} and {@code edge} in case.properties). */
    static Map<String, Set<String>> straddles(List<Path> cases) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (Path c : cases) {
            Properties props = new Properties();
            try (Reader r = Files.newBufferedReader(c.resolve("case.properties"), StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException | UncheckedIOException e) {
                continue; // the case itself reports an unreadable case.properties
            }
            String param = props.getProperty("straddles", "").strip();
            String edge = props.getProperty("edge", "").strip().toLowerCase(Locale.ROOT);
            if (!param.isEmpty() && EDGES.contains(edge)) {
                out.computeIfAbsent(param, k -> new java.util.TreeSet<>()).add(edge);
            }
        }
        return out;
    }

    /**
     * How many cases each rule folder under {@code tests} has that must fire and must not, by rule
     * ID, read from the cases' {@code expect} without running them.
     */
    public static Map<String, long[]> census(Path tests) {
        Map<String, long[]> out = new TreeMap<>();
        if (!Files.isDirectory(tests)) {
            return out;
        }
        for (Path ruleDir : list(tests)) {
            if (!Files.isDirectory(ruleDir)) {
                continue;
            }
            long[] n = out.computeIfAbsent(ruleDir.getFileName().toString(), k -> new long[2]);
            for (Path c : list(ruleDir)) {
                Properties props = new Properties();
                try (Reader r = Files.newBufferedReader(c.resolve("case.properties"), StandardCharsets.UTF_8)) {
                    props.load(r);
                } catch (IOException e) {
                    continue;
                }
                String expect = props.getProperty("expect", "").strip().toLowerCase(Locale.ROOT);
                if (expect.equals("fire")) {
                    n[0]++;
                } else if (expect.equals("no-fire")) {
                    n[1]++;
                }
            }
        }
        return out;
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CaseResult runCase(String ruleId, Path dir, Path rules) {
        String name = dir.getFileName().toString();
        String shown = DisplayPaths.display(dir);
        List<String> problems = new ArrayList<>();
        Properties props = new Properties();
        Path propsFile = dir.resolve("case.properties");
        String expect = "?";
        String description = "";
        LocalDate asOf = LocalDate.parse(DEFAULT_AS_OF);
        try (Reader r = Files.newBufferedReader(propsFile, StandardCharsets.UTF_8)) {
            props.load(r);
            expect = props.getProperty("expect", "").strip().toLowerCase(Locale.ROOT);
            description = props.getProperty("description", "").strip();
            String a = props.getProperty("as_of");
            if (a != null) {
                asOf = LocalDate.parse(a.strip());
            }
        } catch (IOException e) {
            problems.add(shown + "/case.properties: cannot be read (" + e.getMessage() + ")");
        } catch (DateTimeParseException e) {
            problems.add(shown + "/case.properties: as_of '" + props.getProperty("as_of") + "' is not a date (yyyy-MM-dd)");
        }
        if (problems.isEmpty() && !expect.equals("fire") && !expect.equals("no-fire")) {
            problems.add(shown + "/case.properties: expect must be 'fire' or 'no-fire', not '" + expect + "'");
        }
        if (problems.isEmpty() && description.isEmpty()) {
            problems.add(shown + "/case.properties: a description of what the case exercises is required");
        }
        for (String key : new java.util.TreeSet<>(props.stringPropertyNames())) {
            if (!CASE_KEYS.contains(key)) {
                problems.add(shown + "/case.properties: unknown key '" + key + "' (known: " + String.join(", ", CASE_KEYS) + ")");
            }
        }
        String straddles = props.getProperty("straddles", "").strip();
        String edge = props.getProperty("edge", "").strip().toLowerCase(Locale.ROOT);
        if (straddles.isEmpty() != edge.isEmpty()) {
            problems.add(shown + "/case.properties: a straddling case names both the threshold (straddles) and the edge");
        } else if (!edge.isEmpty() && !EDGES.contains(edge)) {
            problems.add(shown + "/case.properties: edge must be below, at or above, not '" + edge + "'");
        }
        for (Path p : list(dir)) {
            if (!INPUTS.contains(p.getFileName().toString())) {
                problems.add(DisplayPaths.display(p) + ": not a scenario file (known: " + String.join(", ", new java.util.TreeSet<>(INPUTS)) + ")");
            }
        }
        List<Path> lists = caseLists(dir);
        Map<Feed, List<Path>> feeds = caseFeeds(dir);
        if (lists.isEmpty()) {
            problems.add(shown + ": no list.csv (or lists/): a case runs against a list like every check");
        }
        List<Feed> subjects = java.util.Arrays.stream(Feed.values()).filter(Feed::hasSubjects).toList();
        if (subjects.stream().allMatch(f -> feeds.get(f).isEmpty())) {
            problems.add(shown + ": no input feed (" + String.join(", ", subjects.stream().map(Feed::fileName).toList()) + ")");
        }
        Expected expected = null;
        try {
            expected = Expected.read(dir.resolve("expected.csv"));
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            problems.add(shown + "/expected.csv: " + e.getMessage());
        }
        if (expected != null) {
            long own = expected.rows().stream().filter(r -> ruleId.equals(r.get("rule_id"))).count();
            if (expect.equals("fire") && own == 0) {
                problems.add(shown + ": expect = fire, but expected.csv lists no " + ruleId + " finding");
            }
            if (expect.equals("no-fire") && own > 0) {
                problems.add(shown + ": expect = no-fire, but expected.csv lists " + own + " " + ruleId + " finding(s)");
            }
        }
        if (!problems.isEmpty()) {
            return new CaseResult(ruleId, name, expect, description, problems);
        }
        List<Path> overrides = Files.isDirectory(dir.resolve("reference")) ? list(dir.resolve("reference")) : List.of();
        for (Path t : overrides) {
            if (!Files.isRegularFile(rules.resolve("reference").resolve(t.getFileName().toString()))) {
                problems.add(DisplayPaths.display(t) + ": replaces no reference table of the rules (a case may only change existing tables)");
            }
        }
        if (!problems.isEmpty()) {
            return new CaseResult(ruleId, name, expect, description, problems);
        }
        Path out = null;
        Path caseRules = null;
        try {
            out = Files.createTempDirectory("sanctions-monitor-scenario-");
            if (!overrides.isEmpty()) {
                caseRules = Files.createTempDirectory("sanctions-monitor-scenario-rules-");
            }
            CheckResult result = BatchCheck.run(checkOptions(lists, feeds, asOf, rules, overrides, out, caseRules), RunAudit.defaults());
            if (result.exitCode() != 0) {
                problems.add(shown + ": the check did not complete cleanly: " + result.exitReason()
                        + (result.rejects().isEmpty() ? "" : " (first: " + result.rejects().get(0).file() + ":"
                        + result.rejects().get(0).line() + " " + result.rejects().get(0).reason() + ")"));
            }
            List<Map<String, String>> actual = readCsv(out.resolve(BatchCheck.FINDINGS_CSV));
            compare(ruleId, expected, actual, problems);
        } catch (InputException e) {
            problems.add(shown + ": the check cannot read the case's inputs: " + e.getMessage());
        } catch (IOException e) {
            problems.add(shown + ": " + e.getMessage());
        } finally {
            Folders.deleteQuietly(out);
            Folders.deleteQuietly(caseRules);
        }
        return new CaseResult(ruleId, name, expect, description, problems);
    }

    /**
     * The check of one case, as every runner of the scenarios makes it (rules test, the scenario
     * tests, the Spark conformance): the case's lists and feed files, its as_of (default
     * {@value #DEFAULT_AS_OF}), and the rules, or, when the case has a reference/ folder, a copy of
     * them made in {@code work} in which its tables replace their namesakes. The findings go to
     * {@code out}. The case is taken as {@link #runCase} checked it (well-formed).
     */
    public static CheckOptions caseOptions(Path dir, Path rules, Path out, Path work) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve("case.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        LocalDate asOf = LocalDate.parse(props.getProperty("as_of", DEFAULT_AS_OF).strip());
        List<Path> overrides = Files.isDirectory(dir.resolve("reference")) ? list(dir.resolve("reference")) : List.of();
        return checkOptions(caseLists(dir), caseFeeds(dir), asOf, rules, overrides, out, work);
    }

    private static CheckOptions checkOptions(List<Path> lists, Map<Feed, List<Path>> feeds, LocalDate asOf, Path rules,
            List<Path> overrides, Path out, Path work) throws IOException {
        Path runRules = overrides.isEmpty() ? rules : withReferenceTables(rules, work.resolve("rules"), overrides);
        return Options.scenario(lists, feeds, runRules, out, asOf);
    }

    /** A case's lists: its list.csv, then the files and folders of its lists/ folder, sorted. */
    private static List<Path> caseLists(Path dir) {
        List<Path> lists = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve("list.csv"))) {
            lists.add(dir.resolve("list.csv"));
        }
        if (Files.isDirectory(dir.resolve("lists"))) {
            lists.addAll(list(dir.resolve("lists")));
        }
        return lists;
    }

    /** A case's file of each registered feed (none when absent). */
    private static Map<Feed, List<Path>> caseFeeds(Path dir) {
        Map<Feed, List<Path>> feeds = new java.util.EnumMap<>(Feed.class);
        for (Feed f : Feed.values()) {
            feeds.put(f, existing(dir.resolve(f.fileName())));
        }
        return feeds;
    }

    /** A copy of the rule folder (without its tests and lock) in which the given tables replace their namesakes in reference/. */
    private static Path withReferenceTables(Path rules, Path to, List<Path> tables) throws IOException {
        try (Stream<Path> walk = Files.walk(rules)) {
            for (Path p : walk.toList()) {
                String rel = rules.relativize(p).toString().replace('\\', '/');
                if (rel.equals("tests") || rel.startsWith("tests/") || rel.equals(RulesLock.FILE)) {
                    continue;
                }
                Path target = to.resolve(rel);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        for (Path t : tables) {
            Files.copy(t, to.resolve("reference").resolve(t.getFileName().toString()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return to;
    }

    private static List<Path> existing(Path p) {
        return Files.isRegularFile(p) ? List.of(p) : List.of();
    }

    /** expected.csv: its columns and rows (absent file: no findings expected, every required column). */
    record Expected(List<String> columns, List<Map<String, String>> rows) {

        static Expected read(Path file) throws IOException {
            if (!Files.exists(file)) {
                return new Expected(REQUIRED_EXPECTED, List.of());
            }
            List<String> columns;
            try (CSVParser p = CSVParser.builder().setReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))
                    .setFormat(READ).get()) {
                var it = p.iterator();
                if (!it.hasNext()) {
                    throw new IllegalArgumentException("empty; a header row is required");
                }
                columns = it.next().toList().stream().map(s -> s.replace("\uFEFF", "").strip()).toList();
            }
            for (String c : REQUIRED_EXPECTED) {
                if (!columns.contains(c)) {
                    throw new IllegalArgumentException("lacks the column '" + c + "' (required: " + String.join(", ", REQUIRED_EXPECTED) + ")");
                }
            }
            for (String c : columns) {
                if (!FindingsCsv.COLUMNS.contains(c)) {
                    throw new IllegalArgumentException("column '" + c + "' is not a findings.csv column");
                }
            }
            return new Expected(columns, readCsv(file));
        }
    }

    static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.builder().setReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))
                .setFormat(READ.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            for (CSVRecord rec : p) {
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    continue;
                }
                Map<String, String> m = new TreeMap<>();
                for (String h : p.getHeaderNames()) {
                    m.put(h.replace("\uFEFF", "").strip(), rec.isSet(h) ? rec.get(h) : "");
                }
                rows.add(m);
            }
        }
        return rows;
    }

    /** Compares the findings of the relevant rules on the expected columns, as multisets of rows. */
    static void compare(String ruleId, Expected expected, List<Map<String, String>> actual, List<String> problems) {
        Set<String> rulesCompared = new java.util.TreeSet<>();
        rulesCompared.add(ruleId);
        expected.rows().forEach(r -> rulesCompared.add(r.get("rule_id")));
        List<String> want = new ArrayList<>(expected.rows().stream().map(r -> key(expected.columns(), r)).toList());
        List<String> got = new ArrayList<>(actual.stream().filter(r -> rulesCompared.contains(r.get("rule_id")))
                .map(r -> key(expected.columns(), r)).toList());
        List<String> missing = new ArrayList<>(want);
        got.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(got);
        want.forEach(unexpected::remove);
        missing.stream().sorted().forEach(k -> problems.add("expected finding not raised: " + k));
        unexpected.stream().sorted().forEach(k -> problems.add("unexpected finding: " + k));
    }

    private static String key(List<String> columns, Map<String, String> row) {
        StringBuilder sb = new StringBuilder();
        for (String c : columns) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(c).append('=').append(row.getOrDefault(c, ""));
        }
        return sb.toString();
    }
}
