package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** End to end: --labels, the graph analysis' findings with their path, and the manifest's record of it. */
class CryptoGraphCheckTest {

    @TempDir
    Path dir;

    static final String L = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";
    static final String MIXER = "0x12D66f87A04A9E220743712cE6d9bB1B5616B8Fc";

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void theSampleRunWritesTheExposurePathIntoFindingsJsonAndTheParametersIntoTheManifest() throws IOException {
        Path out = dir.resolve("out");
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--out", out.toString(), "--as-of", "2026-01-15");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("findings.json").toFile());
        JsonNode hit = null;
        for (JsonNode f : json.get("findings")) {
            if (f.get("rule_id").asText().equals("CYB-021") && f.get("subject_id").asText().equals("TX-2025-0103")) {
                hit = f;
            }
        }
        assertTrue(hit != null, "CYB-021 on TX-2025-0103");
        List<String> path = new ArrayList<>();
        for (JsonNode e : hit.get("evidence")) {
            if (e.get("role").asText().equals("path")) {
                path.add(e.get("id").asText());
            }
        }
        assertEquals(List.of("TX-2025-0101", "TX-2025-0102", "TX-2025-0103"), path);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode graph = manifest.get("crypto_graph");
        assertEquals("3", graph.get("parameters").get("exposure_max_hops").asText());
        assertEquals("rules/reference/graph-parameters.csv", graph.get("parameters_file").asText());
        assertTrue(graph.get("analysis").get("exposures").asInt() >= 7, graph.toString());
        assertEquals("labels", manifest.get("inputs").get(0).get("kind").asText());
        boolean hashed = false;
        for (JsonNode f : manifest.get("rules").get("files")) {
            hashed |= f.get("file").asText().equals("rules/reference/graph-parameters.csv") && f.get("sha256").asText().length() == 64;
        }
        assertTrue(hashed, "the parameter table is hashed like the rules");
    }

    @Test
    void labelsGivenOnTheCommandLineApplyAndABadLabelRowIsRejected() throws IOException {
        Path list = write("list.csv", "entity_id,name,crypto_addresses,list\n27307,LAZARUS GROUP,ETH:" + L + ",OFAC-SDN\n");
        Path labels = write("labels.csv", "chain,address,label_type,name\nethereum," + MIXER + ",mixer,Tornado Cash\n"
                + "bitcoin,1986rYHckYbJpGQJy6ornuMyD2N5MTqwDu,mixer,Broken\n");
        Path t = write("t.csv", """
                tx_id,timestamp,chain,asset,from_address,to_address,amount,amount_usd
                T1,2025-03-01T10:00:00Z,ethereum,ETH,%s,0x00000000000000000000000000000000000000a1,5,10000
                T2,2025-03-01T11:00:00Z,ethereum,ETH,0x00000000000000000000000000000000000000a1,%s,5,10000
                """.formatted(L, MIXER));
        Path out = dir.resolve("out");
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--lists", list.toString(), "--transfers", t.toString(),
                "--labels", labels.toString(), "--out", out.toString(), "--max-reject-ratio", "0.5");
        assertEquals(0, r.exit(), r.err());
        assertEquals(java.util.Set.of("SAN-001 T1", "CYB-011 T2", "CYB-020 T2"), CheckCommandTest.pairs(CheckCommandTest.findings(out)));
        List<String> rejects = Files.readAllLines(out.resolve("rejects.csv"));
        assertTrue(rejects.get(1).contains("labels.csv,3,") && rejects.get(1).contains("Base58Check"), rejects.get(1));
    }
}
