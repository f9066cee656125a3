package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.normalize.Addresses;
import org.sanctionsmonitor.normalize.Base58Check;
import org.sanctionsmonitor.normalize.Bech32;
import org.sanctionsmonitor.normalize.CashAddr;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 200 transfers to the 200 real addresses listed as CryptoWallet rows in an OpenSanctions
 * targets.simple.csv give 200 SAN-001 findings (before, they were entities named by the address
 * and gave none), each citing the wallet entry; the manifest says what the rows became.
 */
class OpenSanctionsWalletsCheckTest {

    static final Path LIST = Path.of("core/src/test/resources/lists/opensanctions-wallets.simple.csv");
    static final Path ASSETS = Path.of("core/src/test/resources/lists/opensanctions-wallets.assets.tsv");
    static final String BECH32_CHARS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    static String chain(String asset, String address) {
        return switch (asset) {
            case "XBT" -> "bitcoin";
            case "ETH" -> "ethereum";
            case "USDT" -> Addresses.isEvm(address) ? "ethereum" : "tron";
            case "TRX" -> "tron";
            case "LTC" -> "litecoin";
            case "XMR" -> "monero";
            case "BCH" -> "bch";
            case "DASH" -> "dash";
            case "ZEC" -> "zcash";
            case "BNB" -> "bnb-beacon-chain";
            case "BSV" -> "bitcoin-sv";
            case "BTG" -> "bitcoin-gold";
            case "SOL" -> "solana";
            case "XRP" -> "ripple";
            case "XVG" -> "verge";
            default -> throw new IllegalArgumentException(asset);
        };
    }

    /** An unlisted sender address of the same form and checksum as the listed one (so no other rule fires on it). */
    static String sender(String address, int i) {
        byte[] salt = new byte[20];
        Arrays.fill(salt, (byte) (i + 1));
        if (Addresses.isEvm(address)) {
            return "0x" + HexFormat.of().formatHex(salt);
        }
        if (CashAddr.looksLike(address) && CashAddr.problem(address) == null) {
            return CashAddr.encode(false, salt);
        }
        Bech32.Variant v = Bech32.variant(address);
        if (v != null) {
            String a = address.toLowerCase(java.util.Locale.ROOT);
            int sep = a.lastIndexOf('1');
            String data = a.substring(sep + 1, a.length() - 6);
            int[] d = new int[data.length()];
            for (int k = 0; k < d.length; k++) {
                d[k] = BECH32_CHARS.indexOf(data.charAt(k));
            }
            d[d.length - 2] = (d[d.length - 2] + 1 + i % 30) % 32;
            return Bech32.encode(a.substring(0, sep), d, v);
        }
        if (Base58Check.problem(address, -1) == null) {
            byte[] b = Base58Check.decode(address);
            byte[] payload = Arrays.copyOf(b, b.length - 4);
            payload[payload.length - 1] ^= (byte) (i + 1);
            return Base58Check.encodeChecked(payload);
        }
        return "unlisted-sender-" + i;
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoHundredTransfersToListedWalletsGiveTwoHundredFindings(@TempDir Path dir) throws Exception {
        List<String[]> listed = Files.readAllLines(ASSETS).stream().map(l -> l.split("\t")).toList();
        assertEquals(200, listed.size());
        StringBuilder t = new StringBuilder("tx_id,timestamp,chain,asset,from_address,to_address,amount\n");
        for (int i = 0; i < listed.size(); i++) {
            String asset = listed.get(i)[0];
            String to = listed.get(i)[1];
            t.append(String.format("OS-%03d,2025-06-01T%02d:%02d:00Z,%s,%s,%s,%s,1.0%n", i, i / 60, i % 60, chain(asset, to), asset,
                    sender(to, i), to));
        }
        Path transfers = dir.resolve("transfers.csv");
        Files.writeString(transfers, t.toString());
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", LIST.toString(), "--transfers", transfers.toString(), "--as-of", "2025-12-01",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        List<String> rows = Files.readAllLines(out.resolve("findings.csv"));
        List<String> san001 = rows.stream().filter(l -> l.contains(",SAN-001,")).toList();
        assertEquals(200, san001.size(), String.join("\n", rows));
        assertEquals(200, san001.stream().map(l -> l.split(",")[6]).distinct().count(), "one finding per transfer");
        assertTrue(san001.stream().allMatch(l -> l.contains(",OpenSanctions,NK-synth-wallet-")), san001.get(0));
        assertEquals(List.of(), rows.stream().filter(l -> l.contains(",CYB-002,")).toList(), "every sender and listed address is well formed");
        Map<String, Object> m = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Map.class);
        Map<String, Object> list = ((List<Map<String, Object>>) m.get("lists")).get(0);
        Map<String, Object> schemas = (Map<String, Object>) list.get("rows_by_schema");
        assertEquals(Map.of("wallet_entries", 200, "wallet_entries_without_address", 1), schemas.get("CryptoWallet"));
        assertTrue(r.out().contains("CryptoWallet row has no value in an address form"), r.out());
    }
}
