package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The default run (samples/ with the real OFAC excerpt in samples/lists/ofac): exactly the expected
 * findings, one list (no duplicate findings from a second copy), byte-identical on a rerun.
 */
class SampleRunTest {

    static final Set<String> EXPECTED = Set.of(
            "SAN-001 TX-2025-0002", "SAN-001 TX-2025-0003", "SAN-001 TX-2025-0004", "SAN-001 TX-2025-0005",
            "SAN-001 TX-2025-0006", "SAN-001 TX-2025-0009", "SAN-001 TX-2025-0010", "SAN-001 TX-2025-0016",
            "SAN-002 SHP-2025-0102", "SAN-002 SHP-2025-0111", "DQ-001 SHP-2025-0103", "EMB-001 SHP-2025-0104",
            "EMB-001 SHP-2025-0111", "EMB-002 SHP-2025-0105", "SAN-003 SHP-2025-0106", "SAN-003 SHP-2025-0107",
            "SAN-004 SHP-2025-0108",
            "SAN-020 PAY-2025-0002", "SAN-020 PAY-2025-0008", "SAN-003 PAY-2025-0003", "SAN-003 PAY-2025-0006",
            "SAN-003 PAY-2025-0007", "SAN-003 PAY-2025-0008", "SAN-003 PAY-2025-0011", "SAN-003 PAY-2025-0012",
            "SAN-021 PAY-2025-0013", "SAN-022 PAY-2025-0004");

    static int check(Path out) {
        return Main.execute(new String[] {"check", "--as-of", "2025-06-01", "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void defaultRunShowsTheDocumentedFindings(@TempDir Path dir) throws Exception {
        assertEquals(0, check(dir.resolve("a")));
        List<String> lines = Files.readAllLines(dir.resolve("a/findings.csv"));
        Set<String> got = new TreeSet<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = l.split(",", -1);
            got.add(c[1] + " " + c[6]);
        }
        assertEquals(new TreeSet<>(EXPECTED), got);
        assertEquals(EXPECTED.size(), lines.size() - 1, "one finding per rule and record: the list is loaded once");
        Map<String, Object> m = new ObjectMapper().readValue(dir.resolve("a/manifest.json").toFile(), Map.class);
        List<Map<String, Object>> lists = (List<Map<String, Object>>) m.get("lists");
        assertEquals(1, lists.size());
        assertEquals("ofac", lists.get(0).get("format"));
        Map<String, Object> nm = (Map<String, Object>) m.get("name_matching");
        assertEquals("rules/reference/name-matching.csv", nm.get("file"));
        assertEquals(0.9, ((Map<String, Object>) nm.get("settings")).get("threshold.alert"));

        assertEquals(0, check(dir.resolve("b")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/findings.csv")), Files.readAllBytes(dir.resolve("b/findings.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/findings.json")), Files.readAllBytes(dir.resolve("b/findings.json")));
    }
}
