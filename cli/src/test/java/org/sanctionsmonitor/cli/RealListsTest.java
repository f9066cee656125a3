package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Addresses;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two real XML publications in ../shared/reference (skipped with a message where it is
 * absent): every entry loads without a reject, the samples screen against each from the command
 * line, and every digital-currency address the OFAC file lists is found in a transfers feed built
 * from them, in every case its form allows.
 */
class RealListsTest {

    static final Path UN = Path.of("../shared/reference/un-consolidated-2026-02/consolidated.xml");
    static final Path OFAC = Path.of("../shared/reference/ofac-sdn-advanced-2025-11-19/sdn_advanced.xml.bz2");

    private static EntityList ofac;

    static void assumePresent(Path p) {
        Assumptions.assumeTrue(Files.isRegularFile(p), () -> "skipped: " + p + " is absent (the shared reference data is not beside this clone)");
    }

    /** The OFAC file, loaded once for the tests that need its entries (it takes several seconds). */
    static synchronized EntityList ofac() {
        assumePresent(OFAC);
        if (ofac == null) {
            List<Reject> rejects = new ArrayList<>();
            ofac = ListLoader.load(OFAC, null, rejects);
            assertEquals(List.of(), rejects);
        }
        return ofac;
    }

    @Test
    void theUnListLoadsWhole() {
        assumePresent(UN);
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(UN, null, rejects);
        assertEquals(List.of(), rejects);
        assertEquals(1003, l.entities().size(), "730 individuals and 273 entities");
        assertEquals(155, l.entities().stream().filter(e -> e.programs().equals(List.of("DPRK"))).count(), "the 1718 Committee's");
        assertEquals(1003, l.entities().stream().map(ListedEntity::entityId).distinct().count());
        assertEquals(16L, l.readNotes().get("company_imo_numbers_from_comments"));
    }

    @Test
    void theOfacAdvancedListLoadsWholeAndAgreesWithTheLegacyExcerpt() {
        EntityList l = ofac();
        assertEquals(18367, l.entities().size());
        assertEquals(0, l.files().get(0).rowsRejected());
        assertEquals(8194, l.relations().size());
        assertEquals(760L, l.readNotes().get("digital_currency_addresses"));
        Map<String, ListedEntity> adv = l.entities().stream().collect(Collectors.toMap(ListedEntity::entityId, Function.identity()));
        Map<String, ListedEntity> legacy = ListLoader.load(Path.of("samples/lists/ofac"), null, new ArrayList<>()).entities().stream()
                .collect(Collectors.toMap(ListedEntity::entityId, Function.identity()));
        assertEquals(List.of(), org.sanctionsmonitor.lists.OfacAdvancedReaderTestAccess.consistency(legacy, adv));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSamplesScreenAgainstTheUnListFromTheCommandLine(@TempDir Path dir) throws Exception {
        assumePresent(UN);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", UN.toString(), "--as-of", "2026-03-01", "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        Map<String, Object> m = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Map.class);
        Map<String, Object> entry = ((List<Map<String, Object>>) m.get("lists")).get(0);
        assertEquals("un", entry.get("format"));
        assertEquals(16, ((Map<String, Object>) entry.get("read_notes")).get("company_imo_numbers_from_comments"));
        String csv = Files.readString(out.resolve("findings.csv"));
        assertTrue(csv.contains(",UN,KP"), "the samples' DPRK parties are found on the UN list: " + csv);
    }

    /**
     * Every listed (asset, address) of the OFAC file as a transfer, in every case its form allows
     * (EVM: as published, lower and upper case; bech32: lower and upper case; other forms as
     * published), must give a SAN-001 finding. A CashAddr Bitcoin Cash address that the tool's
     * address checks do not yet accept on bitcoin-cash (issue 14 item 4, built on another branch)
     * is listed as a known gap, not counted as a miss; every other miss fails the test, listed.
     * The same run screens the samples' feeds against the OFAC file (one load of the 121 MB file
     * for both checks).
     */
    @Test
    void everyListedDigitalCurrencyAddressIsFound(@TempDir Path dir) throws Exception {
        EntityList l = ofac();
        Map<String, String> expected = new LinkedHashMap<>(); // tx_id -> "ent asset address"
        List<String> knownGap = new ArrayList<>();
        StringBuilder csv = new StringBuilder("tx_id,timestamp,chain,asset,from_address,to_address,amount\n");
        int n = 0;
        for (ListedEntity e : l.entities()) {
            for (CryptoAddress a : e.cryptoAddresses()) {
                String chain = chain(a);
                for (String form : forms(a.address())) {
                    if (Addresses.problem(chain, form) != null && a.asset().equals("BCH") && !form.startsWith("1") && !form.startsWith("3")) {
                        knownGap.add(e.entityId() + " " + a + " on " + chain + ": " + Addresses.problem(chain, form));
                        continue;
                    }
                    String tx = String.format(Locale.ROOT, "TX-%05d", ++n);
                    expected.put(tx, e.entityId() + " " + a.asset() + " " + form + " (" + chain + ")");
                    csv.append(tx).append(",2025-11-20T00:00:00Z,").append(chain).append(',').append(a.asset()).append(',')
                            .append(form).append(',').append(form).append(",1\n");
                }
            }
        }
        Path transfers = dir.resolve("transfers.csv");
        Files.writeString(transfers, csv, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", OFAC.toString(), "--transfers", transfers.toString(),
                "--transfers", "samples/transfers.csv", "--shipments", "samples/shipments.csv", "--payments", "samples/payments.csv",
                "--vessel-events", "samples/vessel-events.csv", "--labels", "samples/labels.csv", "--as-of", "2025-12-01",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        String findings = Files.readString(out.resolve("findings.csv"));
        assertTrue(findings.contains(",payment,") && findings.contains(",OFAC-SDN,22985,"), "CHEIL CREDIT BANK by its BIC in the sample payments");
        assertTrue(findings.contains(",OFAC-SDN,23736,"), "YU JONG 2 by its IMO number in the sample shipments or vessel events");
        assertTrue(findings.contains(",TX-2025-0002,OFAC-SDN,27307,"), "the sample transfer to a LAZARUS GROUP address");
        Set<String> found = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(out.resolve("findings.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (rec.get("rule_id").equals("SAN-001")) {
                    found.add(rec.get("subject_id"));
                }
            }
        }
        List<String> missed = new ArrayList<>();
        expected.forEach((tx, what) -> {
            if (!found.contains(tx)) {
                missed.add(tx + " " + what);
            }
        });
        System.out.println("listed-address transfers: " + expected.size() + ", SAN-001 found: " + found.size()
                + ", known gap (BCH CashAddr): " + knownGap.size() + knownGap);
        assertTrue(expected.size() > 760, "more transfers than listed pairs: the case variants are in");
        assertEquals(List.of(), missed, "every listed address must be found (" + missed.size() + " of " + expected.size() + " missed)");
    }

    /** The transfers feed's chain for a listed asset code and address form. */
    static String chain(CryptoAddress a) {
        String addr = a.address();
        boolean evm = Addresses.isEvm(addr);
        return switch (a.asset()) {
            case "XBT" -> "bitcoin";
            case "ETH" -> "ethereum";
            case "ETC" -> "ethereum-classic";
            case "ARB" -> "arbitrum-one";
            case "BSC" -> "bsc";
            case "BNB" -> evm ? "bsc" : "bnb-beacon-chain";
            case "TRX" -> "tron";
            case "USDT", "USDC" -> evm ? "ethereum" : addr.startsWith("T") ? "tron" : "solana";
            case "LTC" -> "litecoin";
            case "BCH" -> "bitcoin-cash";
            case "BSV" -> "bitcoin-sv";
            case "BTG" -> "bitcoin-gold";
            case "DASH" -> "dash";
            case "ZEC" -> "zcash";
            case "XMR" -> "monero";
            case "XRP" -> "ripple";
            case "XVG" -> "verge";
            case "SOL" -> "solana";
            default -> a.asset().toLowerCase(Locale.ROOT);
        };
    }

    /** The address in every case its form allows. */
    static Set<String> forms(String address) {
        Set<String> f = new LinkedHashSet<>();
        f.add(address);
        if (Addresses.isEvm(address)) {
            f.add("0x" + address.substring(2).toLowerCase(Locale.ROOT));
            f.add("0x" + address.substring(2).toUpperCase(Locale.ROOT));
        } else if (Addresses.key(address).startsWith("bech32:")) {
            f.add(address.toLowerCase(Locale.ROOT));
            f.add(address.toUpperCase(Locale.ROOT));
        }
        return f;
    }
}
