package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/** check with several --lists in different formats; an empty list stops the run with exit 2. */
class ListsEndToEndTest {

    static int run(StringWriter out, StringWriter err, String... args) {
        return Main.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    @SuppressWarnings("unchecked")
    void severalListsInDifferentFormats(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "check", "--lists", "samples/lists/ofac", "--lists", "core/src/test/resources/lists/csl-consolidated.csv",
                "--lists", "core/src/test/resources/lists/opensanctions-targets.simple.csv",
                "--shipments", "samples/shipments.csv", "--payments", "samples/payments.csv",
                "--as-of", "2025-06-01", "--out", dir.toString(),
                "--max-reject-ratio", "0.5");
        assertEquals(0, code, err.toString());
        Map<String, Object> m = new ObjectMapper().readValue(dir.resolve("manifest.json").toFile(), Map.class);
        List<Map<String, Object>> lists = (List<Map<String, Object>>) m.get("lists");
        assertEquals(List.of("OFAC-SDN", "CSL", "OpenSanctions"), lists.stream().map(l -> l.get("name")).toList());
        assertEquals(List.of(30, 4, 3), lists.stream().map(l -> l.get("entities")).toList());
        lists.forEach(l -> assertEquals(64, ((String) l.get("sha256")).length()));
        String csv = Files.readString(dir.resolve("findings.csv"));
        assertTrue(csv.contains("SAN-002,"), csv);
        assertTrue(csv.contains(",OFAC-SDN,23736,"), "the finding names the list and the entry's ent_num");
        assertTrue(csv.contains("SAN-020,Payment through a listed bank,SANCTIONED_PARTY,CRITICAL,payment,PAY-2025-0008,CSL-SDN,22985,"),
                "the same bank found through the CSL copy names the CSL as its list: " + csv);
        assertTrue(csv.contains("SAN-003,Party name matches a listed name,SANCTIONED_PARTY,HIGH,payment,PAY-2025-0011,OpenSanctions,NK-synth-ftb,"),
                csv);
    }

    @Test
    void anEmptyListExitsTwo(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "entity_id,name\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "check", "--lists", empty.toString(), "--shipments", "samples/shipments.csv",
                "--out", dir.resolve("out").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("no usable entries"), err.toString());
        assertFalse(Files.exists(dir.resolve("out/findings.csv")), "nothing is written for a run without a list");
    }
}
