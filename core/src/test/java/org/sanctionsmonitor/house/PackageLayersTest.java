package org.sanctionsmonitor.house;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No package arrow runs upward: a package may use only packages on a lower floor. The floors
 * follow the data (feeds and lists are read, screened and judged by the rules; the findings are
 * written; the audit wraps the run; the commands sit on top). The ground floor {@code finding}
 * holds what every stage shares (Finding, Evidence, Severity, Category, the candidate-fact and
 * reference-row base types, Parameter, RuleException), so no stage needs the report writers.
 */
class PackageLayersTest {

    /** Floor of each package; a package may reference packages on strictly lower floors only. */
    static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("normalize", 0), Map.entry("concurrent", 0),
            Map.entry("model", 1),
            Map.entry("ingest", 2), Map.entry("finding", 2),
            Map.entry("reference", 3),
            Map.entry("lists", 4),
            Map.entry("screening", 5), Map.entry("engine", 5),
            Map.entry("graph", 6), Map.entry("trade", 6), Map.entry("ownership", 6),
            Map.entry("report", 7), Map.entry("crypto", 7),
            Map.entry("check", 8),
            Map.entry("audit", 9),
            Map.entry("evaluation", 10),
            Map.entry("bench", 11),
            Map.entry("cli", 12));

    private static final Pattern REFERENCE = Pattern.compile("org\\.sanctionsmonitor\\.([a-z]+)\\.");

    @Test
    void noPackageReachesUpward() throws IOException {
        List<Path> sources = sources();
        assertTrue(sources.size() > 50, "the main sources were not found from " + Path.of("").toAbsolutePath());
        TreeSet<String> upward = new TreeSet<>();
        TreeSet<String> unknown = new TreeSet<>();
        for (Path f : sources) {
            String own = f.getParent().getFileName().toString();
            Integer floor = FLOORS.get(own);
            if (floor == null) {
                unknown.add(own);
                continue;
            }
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = REFERENCE.matcher(lines.get(i));
                while (m.find()) {
                    String used = m.group(1);
                    Integer usedFloor = FLOORS.get(used);
                    if (used.equals(own)) {
                        continue;
                    }
                    if (usedFloor == null) {
                        unknown.add(used);
                    } else if (usedFloor >= floor) {
                        upward.add(f.getFileName() + ":" + (i + 1) + " " + own + " (floor " + floor + ") uses " + used
                                + " (floor " + usedFloor + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), new ArrayList<>(unknown), "packages without a floor: add them to FLOORS");
        assertEquals(List.of(), new ArrayList<>(upward), "package arrows that run upward or sideways");
    }

    /** The main sources, in one module or split into core/, tools/ and cli/ (run from the root or a module). */
    private static List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        TreeSet<Path> roots = new TreeSet<>();
        for (String r : List.of("src/main/java", "core/src/main/java", "tools/src/main/java", "cli/src/main/java",
                "../core/src/main/java", "../tools/src/main/java", "../cli/src/main/java")) {
            Path p = Path.of(r, "org", "sanctionsmonitor");
            if (Files.isDirectory(p)) {
                roots.add(p.toAbsolutePath().normalize());
            }
        }
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> p.toString().endsWith(".java") && !p.getParent().equals(root)).forEach(out::add);
            }
        }
        return out;
    }
}
