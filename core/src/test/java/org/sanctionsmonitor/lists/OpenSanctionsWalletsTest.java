package org.sanctionsmonitor.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;

/** OpenSanctions CryptoWallet rows are addresses; Vessel rows give their IMO; the details count what each schema became. */
class OpenSanctionsWalletsTest {

    static final Path FIXTURE = Path.of("core/src/test/resources/lists/opensanctions-wallets.simple.csv");

    @Test
    void walletRowsBecomeAddressesOfWalletEntries() {
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(FIXTURE, null, rejects);
        assertEquals("opensanctions", l.format());
        assertEquals(List.of(), rejects);
        List<ListedEntity> wallets = l.entities().stream().filter(e -> "wallet".equals(e.type())).toList();
        assertEquals(201, wallets.size());
        ListedEntity first = wallets.stream().filter(e -> e.name().startsWith("0x098B")).findFirst().orElseThrow();
        assertEquals("0x098B716B8Aaf21512996dC57EB0615e2383E2f96", first.name());
        assertEquals(List.of(new CryptoAddress("CRYPTO", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96")), first.cryptoAddresses());
        ListedEntity account = wallets.get(200);
        assertEquals(List.of(), account.cryptoAddresses(), "an exchange account id is not an address");
        ListedEntity vessel = l.entities().stream().filter(e -> e.entityId().equals("NK-synth-chonmasan")).findFirst().orElseThrow();
        assertEquals(List.of("8660313"), vessel.imos());
        ListedEntity bad = l.entities().stream().filter(e -> e.entityId().equals("NK-synth-badimo")).findFirst().orElseThrow();
        assertEquals(List.of(), bad.imos());
        assertEquals("IMO8660314", bad.attributes().get("invalid_vessel_imo"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> schemas = (Map<String, Map<String, Long>>) l.details().get("rows_by_schema");
        assertEquals(Map.of("wallet_entries", 200L, "wallet_entries_without_address", 1L), schemas.get("CryptoWallet"));
        assertEquals(Map.of("vessel_entries_with_imo", 1L, "vessel_entries_without_imo", 1L), schemas.get("Vessel"));
        assertEquals(Map.of("individual_entries", 1L), schemas.get("Person"));
        assertEquals(Map.of("entity_entries", 1L), schemas.get("Organization"));
        assertEquals(1, l.warnings().size(), l.warnings().toString());
        assertTrue(l.warnings().get(0).contains("1 CryptoWallet row has no value in an address form"), l.warnings().toString());
    }

    @Test
    void aHolderColumnAttachesTheAddressesToTheHoldersEntry(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("targets.simple.csv");
        Files.writeString(f, """
                id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,program_ids,dataset,first_seen,last_seen,last_change,holder_id,currency
                NK-kim,Person,KIM Sang Man,,,kp,,,DPRK4,,,US-DPRK4,US OFAC,,,,,
                NK-w1,CryptoWallet,0xb6f5ec1a0a9cd1526536d3f0426c429529471f40,,,,,0xb6f5ec1a0a9cd1526536d3f0426c429529471f40,,,,,US OFAC,,,,NK-kim,USDT
                NK-w2,CryptoWallet,1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ,,,,,1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ,,,,,US OFAC,,,,NK-kim,
                NK-w3,CryptoWallet,1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z,,,,,1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z,,,,,US OFAC,,,,NK-nobody,XBT
                """);
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(f, null, rejects);
        assertEquals(List.of(), rejects);
        assertEquals(List.of("NK-kim", "NK-w3"), l.entities().stream().map(ListedEntity::entityId).toList());
        ListedEntity kim = l.entities().get(0);
        assertEquals(List.of(new CryptoAddress("USDT", "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"),
                new CryptoAddress("CRYPTO", "1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ")), kim.cryptoAddresses());
        assertEquals("NK-w1;NK-w2", kim.attributes().get("wallet_ids"));
        assertEquals(List.of(new CryptoAddress("XBT", "1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z")), l.entities().get(1).cryptoAddresses());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Long>> schemas = (Map<String, Map<String, Long>>) l.details().get("rows_by_schema");
        assertEquals(Map.of("addresses_attached_to_holder", 2L, "wallet_entries", 1L, "holder_not_in_file", 1L), schemas.get("CryptoWallet"));
        assertTrue(l.warnings().get(0).contains("1 CryptoWallet row names a holder not in the file"), l.warnings().toString());
    }
}
