package org.sanctionsmonitor.lists;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.EntityRelation;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * OFAC's Advanced XML on the 30 entries of the legacy excerpt, cut unchanged from the publication
 * of 2025-11-19 (src/test/resources/lists/ofac-sdn-advanced-dprk-excerpt.xml, see the README
 * there), and its consistency with the legacy reader on the same entries.
 */
class OfacAdvancedReaderTest {

    static final Path EXCERPT = Path.of("core/src/test/resources/lists/ofac-sdn-advanced-dprk-excerpt.xml");
    static final Path LEGACY = Path.of("core/src/test/resources/lists/ofac-sdn-dprk-excerpt");

    /**
     * Entries whose address lists the legacy excerpt shortens ("a few long address lists are
     * shortened", its README: BLENDER.IO 3 of 45 XBT addresses, CHEIL CREDIT BANK 3 of 53 USDT,
     * SEMENOV 2 of 8 ETH, and TIAN Yinyin, LI Jiadong and WU Huihui 2 XBT addresses each of 8, 12
     * and 17): there the excerpt's addresses must be among the Advanced XML's, not all of them.
     * Everywhere else the addresses, and for every entry the IMO numbers, BICs, company IMO numbers
     * and types, are the same.
     */
    static final Set<String> SHORTENED_IN_LEGACY_EXCERPT = Set.of("37070", "22985", "44718", "28263", "28264", "42496");

    @Test
    void readsTheExcerpt() {
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(EXCERPT, null, rejects);
        assertEquals("ofac-advanced", l.format());
        assertEquals("OFAC-SDN", l.name());
        assertEquals(List.of(), rejects);
        assertEquals(30, l.entities().size());
        assertEquals(LocalDate.of(2025, 11, 19), l.published(), "DateOfIssue");
        Map<String, ListedEntity> m = OtherListReadersTest.byId(l);

        ListedEntity lazarus = m.get("27307");
        assertEquals("OFAC-SDN", lazarus.listSource());
        assertEquals("Lazarus Group", lazarus.name());
        assertEquals("entity", lazarus.type());
        assertEquals(List.of("DPRK3"), lazarus.programs());
        assertEquals(List.of(), lazarus.aliases());
        assertEquals(11, lazarus.weakAliases().size(), "LowQuality aliases are weak: " + lazarus.weakAliases());
        assertTrue(lazarus.weakAliases().contains("Appleworm"));
        assertEquals(8, lazarus.cryptoAddresses().size());
        assertEquals(new CryptoAddress("ETH", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"), lazarus.cryptoAddresses().get(0),
                "the same asset code and address form as the legacy Remarks");
        assertEquals(List.of("KP"), lazarus.countries(), "from its Location");

        ListedEntity park = m.get("24918");
        assertEquals("individual", park.type());
        assertEquals("Park, Jin Hyok", park.name(), "an individual as Last, First, like the legacy SDN_Name");
        assertTrue(park.aliases().contains("Kim, Hyon Woo"), park.aliases().toString());
        assertEquals(List.of("1984-08-15", "1984-10-18"), park.dobs(), "every Birthdate feature");
        assertTrue(park.attributes().get("passports").contains("290333974"), park.attributes().toString());

        ListedEntity yujong2 = m.get("23736");
        assertEquals("vessel", yujong2.type());
        assertEquals(List.of("8604917"), yujong2.imos());
        assertEquals(List.of("KP"), yujong2.countries(), "the flag");
        assertNotNull(yujong2.attributes().get("vessel_flag"));

        assertEquals("5434358", m.get("23714").attributes().get("company_imo"), "Company Number IMO: a company's, not a hull's");
        assertEquals(List.of(), m.get("23714").imos());
        assertEquals(List.of("FTBDKPPY"), m.get("15603").bics());
        assertEquals(List.of("KYCBKPPY"), m.get("22985").bics());

        // relationships: stated on the From profile, as OFAC states them
        EntityRelation owned = l.relations().stream().filter(r -> r.fromEntityId().equals("23736")).findFirst().orElseThrow();
        assertEquals("23714", owned.toEntityId());
        assertEquals("Owned or Controlled By", owned.relationType());
        assertNull(owned.sharePercent(), "OFAC gives no share");
        assertEquals("OFAC-SDN", owned.listSource());
        assertEquals(List.of("Korea Yujong Shipping Co Ltd"), yujong2.linkedTo(), "the other end by name, as the legacy Linked To:");
        assertEquals(16L, l.readNotes().get("relations"));
        assertTrue((Long) l.readNotes().get("relations_to_profiles_not_in_file") > 0,
                "links to entries outside the excerpt are kept, and counted");
    }

    /** The Advanced XML and the legacy files give the same addresses, IMO numbers and BICs for the same entries. */
    @Test
    void sameAddressesImosAndBicsAsTheLegacyFiles() {
        Map<String, ListedEntity> advanced = OtherListReadersTest.byId(ListLoader.load(EXCERPT, null, new ArrayList<>()));
        Map<String, ListedEntity> legacy = OtherListReadersTest.byId(ListLoader.load(LEGACY, null, new ArrayList<>()));
        assertEquals(legacy.keySet(), advanced.keySet(), "the same 30 entries, by FixedRef = ent_num");
        List<String> problems = consistency(legacy, advanced);
        assertEquals(List.of(), problems);
    }

    /** What differs between the legacy and the Advanced reading of the same entries (empty when consistent). */
    public static List<String> consistency(Map<String, ListedEntity> legacy, Map<String, ListedEntity> advanced) {
        List<String> problems = new ArrayList<>();
        for (ListedEntity old : legacy.values()) {
            ListedEntity adv = advanced.get(old.entityId());
            if (adv == null) {
                problems.add(old.entityId() + " is not in the Advanced XML");
                continue;
            }
            Set<CryptoAddress> a = new LinkedHashSet<>(adv.cryptoAddresses());
            Set<CryptoAddress> o = new LinkedHashSet<>(old.cryptoAddresses());
            if (SHORTENED_IN_LEGACY_EXCERPT.contains(old.entityId())) {
                if (!a.containsAll(o)) {
                    problems.add(old.entityId() + " legacy addresses not in Advanced: " + o + " vs " + a);
                }
            } else if (!a.equals(o)) {
                problems.add(old.entityId() + " addresses differ: legacy " + o + ", advanced " + a);
            }
            if (!Set.copyOf(adv.imos()).equals(Set.copyOf(old.imos()))) {
                problems.add(old.entityId() + " IMOs differ: legacy " + old.imos() + ", advanced " + adv.imos());
            }
            if (!Set.copyOf(adv.bics()).equals(Set.copyOf(old.bics()))) {
                problems.add(old.entityId() + " BICs differ: legacy " + old.bics() + ", advanced " + adv.bics());
            }
            if (!java.util.Objects.equals(adv.attributes().get("company_imo"), old.attributes().get("company_imo"))) {
                problems.add(old.entityId() + " company IMOs differ");
            }
            if (!adv.type().equals(old.type())) {
                problems.add(old.entityId() + " type differs: legacy " + old.type() + ", advanced " + adv.type());
            }
        }
        return problems;
    }

    @Test
    void theBzip2FileAsPublishedReadsTheSame(@TempDir Path dir) throws Exception {
        Path bz = dir.resolve("sdn_advanced.xml.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz))) {
            out.write(Files.readAllBytes(EXCERPT));
        }
        EntityList plain = ListLoader.load(EXCERPT, null, new ArrayList<>());
        EntityList compressed = ListLoader.load(bz, null, new ArrayList<>());
        assertEquals("ofac-advanced", compressed.format());
        assertEquals(plain.entities().size(), compressed.entities().size());
        for (int i = 0; i < plain.entities().size(); i++) {
            ListedEntity a = plain.entities().get(i);
            ListedEntity b = compressed.entities().get(i);
            assertEquals(a.facts(), b.facts());
            assertEquals(a.source().line(), b.source().line());
        }
        assertEquals(plain.relations().size(), compressed.relations().size());
    }

    @Test
    void aTruncatedFileStopsWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        byte[] whole = Files.readAllBytes(EXCERPT);
        Path f = dir.resolve("sdn_advanced.xml");
        Files.write(f, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        InputException e = assertThrows(InputException.class, () -> ListLoader.load(f, null, new ArrayList<>()));
        assertTrue(e.getMessage().matches("(?s).*sdn_advanced\\.xml:\\d+:\\d+: not well-formed XML.*"), e.getMessage());
    }

    @Test
    void aTruncatedBzip2FileStops(@TempDir Path dir) throws Exception {
        Path bz = dir.resolve("whole.bz2");
        try (OutputStream out = new BZip2CompressorOutputStream(Files.newOutputStream(bz))) {
            out.write(Files.readAllBytes(EXCERPT));
        }
        byte[] b = Files.readAllBytes(bz);
        Path f = dir.resolve("sdn_advanced.xml.bz2");
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
        InputException e = assertThrows(InputException.class, () -> ListLoader.load(f, null, new ArrayList<>()));
        assertTrue(e.getMessage().contains("sdn_advanced.xml.bz2"), e.getMessage());
    }

    @Test
    void featureTypesAreResolvedByTheFilesOwnIds(@TempDir Path dir) throws Exception {
        // renumber the feature type of ETH addresses: the reader must follow the file's table, not a fixed ID
        String xml = Files.readString(EXCERPT, StandardCharsets.UTF_8)
                .replace("<FeatureType ID=\"345\" ", "<FeatureType ID=\"99345\" ")
                .replace("FeatureTypeID=\"345\"", "FeatureTypeID=\"99345\"");
        Path f = dir.resolve("renumbered.xml");
        Files.writeString(f, xml, StandardCharsets.UTF_8);
        ListedEntity lazarus = OtherListReadersTest.byId(ListLoader.load(f, null, new ArrayList<>())).get("27307");
        assertEquals(8, lazarus.cryptoAddresses().size());
        assertEquals("ETH", lazarus.cryptoAddresses().get(0).asset());
    }

    @Test
    void datePeriods() {
        assertEquals("1948-12-10", period("1948-12-10", "1948-12-10", "1948-12-10", "1948-12-10", false));
        assertEquals("1946", period("1946-01-01", "1946-01-01", "1946-12-31", "1946-12-31", false));
        assertEquals("circa 1951", period("1951-01-01", "1951-01-01", "1951-12-31", "1951-12-31", true));
        assertEquals("1955 to 1957", period("1955-01-01", "1955-12-31", "1957-01-01", "1957-12-31", false));
        assertEquals("1938-09", period("1938-09-01", "1938-09-01", "1938-09-30", "1938-09-30", false));
        assertEquals("1960-03-02 to 1960-05-01", period("1960-03-02", "1960-03-02", "1960-05-01", "1960-05-01", false));
    }

    private static String period(String sf, String st, String ef, String et, boolean approx) {
        return OfacAdvancedReader.datePeriod(new XmlNode("DatePeriod", Map.of(), List.of(
                side("Start", sf, st, approx), side("End", ef, et, approx)), null, 1));
    }

    private static XmlNode side(String name, String from, String to, boolean approx) {
        return new XmlNode(name, Map.of("Approximate", Boolean.toString(approx)), List.of(day("From", from), day("To", to)), null, 1);
    }

    private static XmlNode day(String name, String iso) {
        LocalDate d = LocalDate.parse(iso);
        return new XmlNode(name, Map.of(), List.of(
                new XmlNode("Year", Map.of(), List.of(), Integer.toString(d.getYear()), 1),
                new XmlNode("Month", Map.of(), List.of(), Integer.toString(d.getMonthValue()), 1),
                new XmlNode("Day", Map.of(), List.of(), Integer.toString(d.getDayOfMonth()), 1)), null, 1);
    }
}
