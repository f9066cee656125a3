package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Issue 20, valuation: a transfers feed without a single amount_usd. Exposure (CYB-020, CYB-021),
 * hack proceeds (CYB-023, CYB-025) and structuring of a stablecoin (CYB-034) are valued from the
 * reviewed price table and each explanation names the price (asset, USD price, day, source,
 * table row); a pass-through in an asset without any price (DAI) is compared with its native
 * floor, says the USD floor could not be applied, and the run warns about it.
 */
class ValuationWithoutAmountUsdTest {

    @TempDir
    Path dir;

    private static final String L = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";
    private static final String H = "0x0000000000000000000000000000000000000f01";

    private static String a(int n) {
        return String.format("0x%040x", 0xa000 + n);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void everyTypologyFiresWithoutAmountUsdAndNamesThePriceItUsed() throws IOException {
        Path list = write("list.csv", "entity_id,name,crypto_addresses,list\n27307,LAZARUS GROUP,ETH:" + L + ",OFAC-SDN\n");
        Path labels = write("labels.csv", "chain,address,label_type,name,source\n"
                + "ethereum," + H + ",hack_proceeds,Test theft,FBI PSA I-022625-PSA (26 Feb 2025)\n"
                + "ethereum," + a(9) + ",exchange,Some exchange,test label\n");
        Path transfers = write("t.csv", "tx_id,timestamp,chain,asset,from_address,to_address,amount,amount_usd,from_owner,to_owner\n"
                // listed funds: SAN-001, then 2 and 3 hops (ETH on 2025-03-11: USD 1879.12 in the table)
                + "E1,2025-03-11T01:00:00Z,ethereum,ETH," + L + "," + a(1) + ",200,,,\n"
                + "E2,2025-03-11T03:00:00Z,ethereum,ETH," + a(1) + "," + a(2) + ",149.9,,,\n"
                + "E3,2025-03-11T05:00:00Z,ethereum,ETH," + a(2) + "," + a(3) + ",100,,,\n"
                // hack proceeds out, then into a labelled exchange
                + "H1,2025-03-12T01:00:00Z,ethereum,ETH," + H + "," + a(4) + ",30,,,\n"
                + "H2,2025-03-12T02:00:00Z,ethereum,ETH," + a(4) + "," + a(9) + ",29,,,EXCHANGE\n"
                // three USDT transfers just under USD 10,000 (USDT at par in the table)
                + "S1,2025-03-20T10:00:00Z,ethereum,USDT," + a(5) + "," + a(11) + ",9600,,,\n"
                + "S2,2025-03-20T11:00:00Z,ethereum,USDT," + a(5) + "," + a(12) + ",9700,,,\n"
                + "S3,2025-03-20T12:00:00Z,ethereum,USDT," + a(5) + "," + a(13) + ",9800,,,\n"
                // DAI has no price at all: pass-through compared with DAI's native floor (1000)
                + "D1,2025-03-21T10:00:00Z,ethereum,DAI," + a(6) + "," + a(7) + ",5000,,,\n"
                + "D2,2025-03-21T10:05:00Z,ethereum,DAI," + a(7) + "," + a(8) + ",4990,,,\n");
        Path out = dir.resolve("out");
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--lists", list.toString(), "--labels", labels.toString(),
                "--transfers", transfers.toString(), "--out", out.toString(), "--as-of", "2025-06-01");
        assertEquals(0, r.exit(), r.err());

        Map<String, List<String>> byRule = new TreeMap<>();
        for (CSVRecord f : CheckCommandTest.findings(out)) {
            byRule.computeIfAbsent(f.get("rule_id"), k -> new ArrayList<>()).add(f.get("subject_id") + " | " + f.get("explanation"));
        }
        for (String id : List.of("SAN-001", "CYB-020", "CYB-021", "CYB-023", "CYB-025", "CYB-031", "CYB-034")) {
            assertTrue(byRule.containsKey(id), id + " did not fire: " + byRule.keySet());
        }
        String eth = "at ETH 1879.12 USD on 2025-03-11 (source: CoinGecko ETH/USD daily snapshot";
        assertTrue(byRule.get("CYB-020").get(0).contains("E2 " + eth), byRule.get("CYB-020").toString());
        assertTrue(byRule.get("CYB-020").get(0).contains("rules/reference/crypto-prices.csv:"), byRule.get("CYB-020").toString());
        assertTrue(byRule.get("CYB-021").get(0).contains("E3 " + eth), byRule.get("CYB-021").toString());
        assertTrue(byRule.get("CYB-021").get(0).contains("listed funds in it: at most USD "), byRule.get("CYB-021").toString());
        assertTrue(byRule.get("CYB-023").get(0).contains("H1 at ETH 1921.31 USD on 2025-03-12 (source: CoinGecko"),
                byRule.get("CYB-023").toString());
        String structuring = byRule.get("CYB-034").get(0);
        assertTrue(structuring.contains("S1 at USDT 1 USD on 2025-03-20 (source: Par value, not a market quote: Tether"), structuring);
        String passThrough = byRule.get("CYB-031").get(0);
        assertTrue(passThrough.contains("the USD floor could not be applied") && passThrough.contains("5000 DAI in D1"), passThrough);

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode graph = manifest.get("crypto_graph");
        assertEquals(8, graph.get("analysis").get("valued_from_prices").asInt(), graph.toString());
        assertEquals(2, graph.get("analysis").get("without_usd_value").asInt(), graph.toString());
        JsonNode notApplied = graph.get("usd_floor_not_applied");
        assertEquals(2, notApplied.get("transfers").asInt(), graph.toString());
        assertEquals("DAI", notApplied.get("assets_with_native_floor").get(0).asText(), graph.toString());
        String warning = manifest.get("warnings").get(0).asText();
        assertTrue(warning.startsWith("2 crypto transfers have no USD value (no amount_usd, no daily price for the day: DAI 2)"), warning);
        assertTrue(r.out().contains("WARNING: 2 crypto transfers have no USD value"), r.out());
    }

    @Test
    void anAssetWithNeitherPriceNorNativeFloorIsNamedInTheWarning() throws IOException {
        Path list = write("list.csv", "entity_id,name,crypto_addresses,list\n27307,LAZARUS GROUP,ETH:" + L + ",OFAC-SDN\n");
        Path transfers = write("t.csv", "tx_id,timestamp,chain,asset,from_address,to_address,amount,amount_usd,from_owner,to_owner\n"
                + "X1,2025-03-21T10:00:00Z,ethereum,WXYZ," + a(6) + "," + a(7) + ",5000,,,\n"
                + "X2,2025-03-21T10:05:00Z,ethereum,WXYZ," + a(7) + "," + a(8) + ",4990,,,\n");
        Path out = dir.resolve("out");
        CheckCommandTest.Run r = CheckCommandTest.run("check", "--lists", list.toString(), "--transfers", transfers.toString(),
                "--out", out.toString(), "--as-of", "2025-06-01");
        assertEquals(0, r.exit(), r.err());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("WXYZ", manifest.get("crypto_graph").get("usd_floor_not_applied").get("assets_without_native_floor").get(0).asText());
        String warning = manifest.get("warnings").get(0).asText();
        assertTrue(warning.contains("no native floor for WXYZ, so CYB-031 cannot examine their receipts"), warning);
        assertTrue(Files.readString(out.resolve("report.html")).contains("no native floor for WXYZ"), "the report's banner names it");
    }
}
