package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.HanReadings;
import org.sanctionsmonitor.normalize.Transliteration;
import org.sanctionsmonitor.finding.RuleException;

/**
 * A Chinese name's further readings (issue 15, Han): Wade–Giles, the other readings of a polyphone,
 * Cantonese in the Hong Kong spellings; with the real tables in rules/ and list entries written for
 * the case.
 */
class HanReadingsTest {

    static NameMatchingConfig config;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
    }

    static List<String> readings(String name) {
        return config.transliteration().readings(name).stream().map(Transliteration.Reading::text).toList();
    }

    @Test
    void jyutpingIsSpeltAsHongKongRomanisesIt() {
        HanReadings h = new HanReadings(Map.of(), Map.of(), Map.of(), Map.of("z-", new String[] {"ch", "ts"}, "-oeng", new String[] {"eung"},
                "-an", new String[] {"an"}, "c-", new String[] {"ch", "ts"}, "j-", new String[] {"y"}, "-yun", new String[] {"uen"},
                "-ou", new String[] {"o"}, "l-", new String[] {"l"}, "zi", new String[] {"chi", "tsz"}));
        assertEquals(List.of("cheung", "tseung"), h.hongKong("zoeng"), "initial and final, the commonest spelling first");
        assertEquals(List.of("chan", "tsan"), h.hongKong("can"));
        assertEquals(List.of("yuen"), h.hongKong("jyun"), "the y of jyun is written once");
        assertEquals(List.of("lo"), h.hongKong("lou"));
        assertEquals(List.of("chi", "tsz"), h.hongKong("zi"), "a whole syllable before its parts");
        assertEquals(List.of("gaak"), h.hongKong("gaak"), "a syllable the table cannot spell stays Jyutping");
    }

    @Test
    void aChineseNameIsAlsoReadInWadeGilesCantoneseAndItsPolyphones() {
        assertTrue(readings("瑞邦").contains("jui pang"), readings("瑞邦").toString());
        assertTrue(readings("陳美香").contains("chen mei hsiang"), "Wade-Giles: " + readings("陳美香"));
        assertTrue(readings("陳國基").contains("chan kwok kei"), "Cantonese: " + readings("陳國基"));
        assertTrue(readings("張 永源").contains("cheung wing yuen"), "Cantonese: " + readings("張 永源"));
        assertTrue(readings("長安").contains("chang an"), "a polyphone's other reading: " + readings("長安"));
        assertTrue(readings("長安").contains("zhang an"), "ICU's reading is kept: " + readings("長安"));
        assertFalse(readings("松田莉子さん").contains("chung tin lei tsz"), "a name with kana is Japanese: no Chinese readings");
        assertTrue(readings("김정은").stream().noneMatch(r -> r.contains("kim chung")), "Hangul has no Han readings");
    }

    @Test
    void chineseNamesMeetTheirListedRomanisations(@TempDir Path dir) throws IOException {
        List<ListedEntity> l = ScreeningCases.entities(dir, "H1,Jui Pang Shipping Co Ltd,entity,,\nH2,\"Chan, Kwok Kei\",individual,,\n"
                + "H3,Chang An Shipping & Technology,entity,,\nH4,\"Chen, Mei Hsiang\",individual,,\n");
        NameScreener s = new NameScreener(l, config);
        for (String[] c : new String[][] {{"瑞邦海運股份有限公司", "H1"}, {"陳 國基", "H2"}, {"長安海運技術有限公司", "H3"}, {"陳 美香", "H4"}}) {
            NameScreener.Hit h = ScreeningCases.hit(s, c[0], c[1]);
            assertTrue(ScreeningCases.alerts(s, c[0], c[1], config), c[0] + ": " + h);
        }
        assertTrue(ScreeningCases.hit(s, "陳 國基", "H2").detail().contains("Cantonese"), ScreeningCases.hit(s, "陳 國基", "H2").detail());
        assertFalse(ScreeningCases.alerts(s, "陳 國華", "H2", config), "another given name is another person");
    }

    @Test
    void aBadRowNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        try (var files = Files.list(Path.of("rules/reference"))) {
            for (Path f : files.toList()) {
                Files.copy(f, ref.resolve(f.getFileName()));
            }
        }
        Files.writeString(ref.resolve("han-wade-giles.csv"), "pinyin,wade_giles,rationale\nrui,jui,Giles\nbang,P'ang,bad\n");
        RuleException e = assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.matches(".*han-wade-giles.csv:3:1 expected a syllable.*")), e.problems().toString());
    }
}
