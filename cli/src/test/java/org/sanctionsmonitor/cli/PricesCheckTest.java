package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** End to end: --prices values transfers without amount_usd; the finding and the manifest say so. */
class PricesCheckTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static final String HEADER = "tx_id,timestamp,chain,asset,from_address,to_address,amount,amount_usd,from_owner,to_owner\n";
    private static final String S = "0x00000000000000000000000000000000000000a1";

    private Path list() throws IOException {
        return write("list.csv", "entity_id,name,crypto_addresses,list\n27307,LAZARUS GROUP,ETH:0x098B716B8Aaf21512996dC57EB0615e2383E2f96,OFAC-SDN\n");
    }

    /** Three USDC transfers just under USD 10,000 once valued with the user's USDC price (no table row for USDC). */
    private Path structuredUsdc() throws IOException {
        return write("t.csv", HEADER
                + "T1,2025-04-02T10:00:00Z,ethereum,USDC," + S + ",0x00000000000000000000000000000000000000b1,9600,,CUST-1,\n"
                + "T2,2025-04-02T11:00:00Z,ethereum,USDC," + S + ",0x00000000000000000000000000000000000000b2,9700,,CUST-1,\n"
                + "T3,2025-04-02T12:00:00Z,ethereum,USDC," + S + ",0x00000000000000000000000000000000000000b3,9800,,CUST-1,\n");
    }

    private static List<String> ruleIds(Path findings) throws IOException {
        return Files.readAllLines(findings).stream().skip(1).map(l -> l.split(",")[1]).toList();
    }

    @Test
    void withoutAPriceTheStructuringRuleCannotPlaceTheTransfersAndTheManifestCountsThem() throws IOException {
        Path out = dir.resolve("out");
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--lists", list().toString(), "--transfers", structuredUsdc().toString(),
                "--out", out.toString(), "--as-of", "2025-06-01");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of(), ruleIds(out.resolve("findings.csv")));
        JsonNode graph = new ObjectMapper().readTree(out.resolve("manifest.json").toFile()).get("crypto_graph");
        assertEquals(3, graph.get("analysis").get("without_usd_value").asInt(), graph.toString());
        assertEquals(3, graph.get("without_usd_value_by_asset").get("USDC").asInt(), graph.toString());
    }

    @Test
    void aUsersDailyPriceValuesTheTransfersAndTheFindingNamesIt() throws IOException {
        Path prices = write("prices.csv", "asset,date,usd,source\nUSDC,2025-04-02,1.0001,my desk's close\nusdc,2025-04-03,0.9998,\n");
        Path out = dir.resolve("out");
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--lists", list().toString(), "--transfers", structuredUsdc().toString(),
                "--prices", prices.toString(), "--out", out.toString(), "--as-of", "2025-06-01");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("CYB-034"), ruleIds(out.resolve("findings.csv")));
        String csv = Files.readString(out.resolve("findings.csv"));
        assertTrue(csv.contains("USD values from daily prices: T1 at USDC 1.0001 USD on 2025-04-02 (" ), csv);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(3, manifest.get("crypto_graph").get("analysis").get("valued_from_prices").asInt());
        boolean listed = false;
        for (JsonNode in : manifest.get("inputs")) {
            listed |= in.get("kind").asText().equals("prices") && in.get("rows_accepted").asInt() == 2;
        }
        assertTrue(listed, manifest.get("inputs").toString());
    }

    @Test
    void aBadPriceRowIsRejectedWithItsLine() throws IOException {
        Path prices = write("prices.csv", "asset,date,usd\nUSDC,2025-04-02,0\nUSDC,2025-13-02,1\n");
        Path out = dir.resolve("out");
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--lists", list().toString(), "--transfers", structuredUsdc().toString(),
                "--prices", prices.toString(), "--out", out.toString(), "--as-of", "2025-06-01", "--max-reject-ratio", "1");
        String rejects = Files.readString(out.resolve("rejects.csv"));
        assertTrue(rejects.contains("prices.csv,2,") && rejects.contains("not a positive price"), rejects);
        assertTrue(rejects.contains("prices.csv,3,") && rejects.contains("not an ISO-8601 date"), rejects);
        assertEquals(List.of(), ruleIds(out.resolve("findings.csv")), r.err());
    }
}
