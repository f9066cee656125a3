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
 * The default run (samples/ with the real OFAC excerpt in samples/lists/ofac): one list (no duplicate
 * findings from a second copy), the name-matching settings recorded, byte-identical on a rerun.
 */
class SampleRunTest {

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
        // the exact set of findings is CheckCommandTest's; here: every list finding once, as one list is loaded
        assertTrue(got.containsAll(List.of("SAN-003 PAY-2025-0003", "SAN-020 PAY-2025-0002", "SAN-022 PAY-2025-0004")), got.toString());
        assertEquals(0, lines.stream().filter(l -> l.contains(",native,")).count());
        Map<String, Object> m = new ObjectMapper().readValue(dir.resolve("a/manifest.json").toFile(), Map.class);
        List<Map<String, Object>> lists = (List<Map<String, Object>>) m.get("lists");
        assertEquals(1, lists.size());
        assertEquals("ofac", lists.get(0).get("format"));
        Map<String, Object> nm = (Map<String, Object>) m.get("name_matching");
        assertEquals("rules/reference/name-matching.csv", nm.get("file"));
        assertEquals(0.9, ((Map<String, Object>) nm.get("settings")).get("name_alert_score"));

        assertEquals(0, check(dir.resolve("b")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/findings.csv")), Files.readAllBytes(dir.resolve("b/findings.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/findings.json")), Files.readAllBytes(dir.resolve("b/findings.json")));
    }
}
