package org.sanctionsmonitor.lists;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;

class OfacLegacyReaderTest {

    static final Path EXCERPT = Path.of("core/src/test/resources/lists/ofac-sdn-dprk-excerpt");

    static Map<String, ListedEntity> load(Path p, List<Reject> rejects) {
        EntityList l = ListLoader.load(p, null, rejects);
        assertEquals("ofac", l.format());
        return l.entities().stream().collect(Collectors.toMap(ListedEntity::entityId, Function.identity()));
    }

    @Test
    void readsTheRealExcerptWithEverySibling() {
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(EXCERPT, null, rejects);
        assertEquals(List.of(), rejects);
        assertEquals("OFAC-SDN", l.name());
        assertEquals(30, l.entities().size());
        assertEquals(4, l.files().size(), "sdn.csv, sdn_comments.csv, add.csv, alt.csv");
        assertTrue(l.files().get(0).file().display().endsWith("sdn.csv"));
        assertEquals(30, l.files().get(0).rowsRead(), "the trailing 0x1A is not a row");
        l.files().forEach(f -> assertEquals(64, f.sha256().length()));
    }

    @Test
    void sdnCsvPathReadsItsSiblingsToo() {
        Map<String, ListedEntity> byId = load(EXCERPT.resolve("sdn.csv"), new ArrayList<>());
        assertTrue(byId.get("27307").weakAliases().contains("APPLEWORM"), "sdn_comments.csv read beside sdn.csv");
        assertTrue(byId.get("21749").aliases().contains("HAN, Chang-su"), "alt.csv read beside sdn.csv");
    }

    @Test
    void remarksOverflowIsJoinedWithoutSeparator() {
        ListedEntity lazarus = load(EXCERPT, new ArrayList<>()).get("27307");
        assertEquals("LAZARUS GROUP", lazarus.name());
        assertEquals("entity", lazarus.type());
        assertEquals(List.of("HIDDEN COBRA", "OFFICE 91", "GUARDIANS OF PEACE", "THE NEW ROMANTIC CYBER ARMY TEAM",
                "WHOIS HACKING TEAM", "RED DOT", "TEMP.HERMIT", "GROUP 77", "ZINC", "APT-C-26", "APPLEWORM"),
                lazarus.weakAliases());
        assertEquals(List.of(), lazarus.aliases());
        assertEquals(8, lazarus.cryptoAddresses().size());
        assertTrue(lazarus.cryptoAddresses().contains(new CryptoAddress("ETH", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96")));
        assertTrue(lazarus.cryptoAddresses().contains(new CryptoAddress("ETH", "0x08723392Ed15743cc38513C4925f5e6be5c17243")));
        assertTrue(lazarus.attributes().get("remarks").contains("WHOIS HACKING TEAM"));
        assertEquals(List.of("KP"), lazarus.countries());
    }

    @Test
    void digitalCurrencyAddressesIncludingAltOnesAndRepeatedAssets() {
        ListedEntity kim = load(EXCERPT, new ArrayList<>()).get("43377");
        Set<String> assets = kim.cryptoAddresses().stream().map(CryptoAddress::toString).collect(Collectors.toSet());
        assertTrue(assets.contains("USDT:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"));
        assertTrue(assets.contains("USDC:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"));
        assertTrue(assets.contains("ETH:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"));
        assertTrue(assets.contains("XBT:1D6gG9iKEhPitTcWRJiniuj1jYM2hNeAfJ"));
        assertTrue(assets.contains("XBT:1FCNgfZWpYMeYhy9t18AAkTBu8AsdoAc1Z"));
        ListedEntity cheil = load(EXCERPT, new ArrayList<>()).get("22985");
        assertEquals(3, cheil.cryptoAddresses().stream().filter(a -> a.asset().equals("USDT")).count());
    }

    @Test
    void vesselImosAreNotCompanyImos() {
        Map<String, ListedEntity> byId = load(EXCERPT, new ArrayList<>());
        assertEquals(List.of("8604917"), byId.get("23736").imos());
        assertEquals("vessel", byId.get("23736").type());
        assertEquals(List.of(), byId.get("23714").imos(), "Company Number IMO is a company's number");
        assertEquals("5434358", byId.get("23714").attributes().get("company_imo"));
        assertEquals(List.of(), byId.get("17068").imos(), "Identification Number IMO is a company's number");
        assertEquals("1790183", byId.get("17068").attributes().get("company_imo"));
        long vessels = byId.values().stream().filter(e -> "vessel".equals(e.type())).count();
        assertEquals(vessels, byId.values().stream().filter(e -> !e.imos().isEmpty()).count());
    }

    @Test
    void bicsDobsNationalityPassportsLinksAndPrograms() {
        Map<String, ListedEntity> byId = load(EXCERPT, new ArrayList<>());
        assertEquals(List.of("FTBDKPPY"), byId.get("15603").bics());
        assertEquals(List.of("KYCBKPPY"), byId.get("22985").bics());
        ListedEntity han = byId.get("21749");
        assertEquals(List.of("1969-11-08"), han.dobs());
        assertEquals(List.of("KP"), han.nationalities());
        assertTrue(han.attributes().get("passports").contains("745420176"));
        assertEquals(List.of("KOREA KWANGSON BANKING CORP"), byId.get("21744").linkedTo());
        assertEquals(List.of("NPWMD", "DPRK2"), byId.get("9345").programs());
        assertEquals(List.of("KOMID"), byId.get("9345").weakAliases());
        assertEquals(List.of("CYBER2"), byId.get("37070").programs());
        assertTrue(byId.get("21749").attributes().get("raw").startsWith("21749,"));
    }

    /** The native sample list was derived from this excerpt: the reader must give the same content. */
    @Test
    void agreesWithTheNativeListDerivedFromTheSameExcerpt() {
        Map<String, ListedEntity> ofac = load(EXCERPT, new ArrayList<>());
        List<Reject> rejects = new ArrayList<>();
        EntityList nat = ListLoader.load(Path.of("samples/native/ofac-sdn-dprk-excerpt.csv"), null, rejects);
        assertEquals(List.of(), rejects);
        assertEquals(ofac.keySet(), nat.entities().stream().map(ListedEntity::entityId).collect(Collectors.toSet()));
        for (ListedEntity n : nat.entities()) {
            ListedEntity o = ofac.get(n.entityId());
            String id = n.entityId() + " " + n.name();
            assertEquals(n.listSource(), o.listSource(), id);
            assertEquals(n.name(), o.name(), id);
            assertEquals(n.type(), o.type(), id);
            assertEquals(new HashSet<>(n.aliases()), new HashSet<>(o.aliases()), id);
            assertEquals(new HashSet<>(n.weakAliases()), new HashSet<>(o.weakAliases()), id);
            assertEquals(n.programs(), o.programs(), id);
            assertEquals(new HashSet<>(n.countries()), new HashSet<>(o.countries()), id);
            assertEquals(n.imos(), o.imos(), id);
            assertEquals(new HashSet<>(n.cryptoAddresses()), new HashSet<>(o.cryptoAddresses()), id);
            assertEquals(n.bics(), o.bics(), id);
            assertEquals(n.nationalities(), o.nationalities(), id);
            assertEquals(new HashSet<>(n.linkedTo()), new HashSet<>(o.linkedTo()), id);
            // the native list kept only the first DOB; the reader also keeps "alt. DOB" ones (PARK Jin Hyok)
            assertTrue(o.dobs().containsAll(n.dobs().stream().map(OfacRemarks::isoDate).toList()), id);
        }
    }

    @Test
    void nullsCrlfAndEofByteInASmallFile(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("sdn.csv"), ("1,\"ACME, Ltd\",-0- ,\"DPRK] [CYBER2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "2,\"BAD ROW\",-0- \r\n\u001A").getBytes(StandardCharsets.US_ASCII));
        List<Reject> rejects = new ArrayList<>();
        Map<String, ListedEntity> byId = load(dir, rejects);
        assertEquals(1, byId.size());
        ListedEntity e = byId.get("1");
        assertEquals("ACME, Ltd", e.name());
        assertEquals("entity", e.type());
        assertEquals(List.of("DPRK", "CYBER2"), e.programs());
        assertNull(e.attributes().get("remarks"));
        assertEquals(1, rejects.size());
        assertEquals(2, rejects.get(0).line());
        assertTrue(rejects.get(0).reason().contains("expected 12 fields"));
    }

    @Test
    void anEmptyOrUnusableListStopsTheRun(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("sdn.csv"), "\u001A".getBytes(StandardCharsets.US_ASCII));
        InputException e = assertThrows(InputException.class, () -> ListLoader.load(dir, null, new ArrayList<>()));
        assertTrue(e.getMessage().contains("no usable entries"), e.getMessage());
        Path junk = dir.resolve("junk.csv");
        Files.writeString(junk, "hello,world\n1,2\n");
        e = assertThrows(InputException.class, () -> ListLoader.load(junk, null, new ArrayList<>()));
        assertTrue(e.getMessage().contains("unrecognised list format"), e.getMessage());
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        e = assertThrows(InputException.class, () -> ListLoader.load(empty, null, new ArrayList<>()));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void remarksParserPieces() {
        OfacRemarks r = OfacRemarks.parse("DOB 25 Apr 1965; alt. DOB 1966; nationality Korea, North; Passport 109420132 "
                + "(Korea, North) issued 16 Oct 2019; Digital Currency Address - XBT abc1; alt. Digital Currency Address - XBT abc2; "
                + "Vessel Registration Identification 8606173; Company Number IMO 5434358; SWIFT/BIC FTBDKPPY; "
                + "a.k.a. 'X ONE'; f.k.a. 'Y TWO'; Linked To: SOME CO LTD.");
        assertEquals(List.of("1965-04-25", "1966"), r.dobs());
        assertEquals(List.of("Korea, North"), r.nationalities());
        assertEquals(List.of("109420132"), r.passports());
        assertEquals(List.of(new CryptoAddress("XBT", "abc1"), new CryptoAddress("XBT", "abc2")), r.cryptoAddresses());
        assertEquals(List.of("8606173"), r.vesselImos());
        assertEquals(List.of("5434358"), r.companyImos());
        assertEquals(List.of("FTBDKPPY"), r.bics());
        assertEquals(List.of("X ONE", "Y TWO"), r.weakAliases());
        assertEquals(List.of("SOME CO LTD"), r.linkedTo());
    }
}
