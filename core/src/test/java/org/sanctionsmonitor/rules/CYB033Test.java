package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.audit.TestFiles;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.ListedEntity;

/** CYB-033: into a bridge on one chain, out of a bridge on another. */
class CYB033Test {

    static final String BRIDGE = addr(0xB0);
    static final List<AddressLabel> LABELS = List.of(label("ethereum", BRIDGE, "bridge", "Some bridge"),
            label("arbitrum-one", BRIDGE, "bridge", "Some bridge"));

    @Test
    void firesWhenTheSameOwnerReceivesOnAnotherChain() {
        List<Finding> f = run(List.of(), LABELS, List.of(
                tx("DEP", "ethereum", "ETH", "2025-03-01T10:00:00Z", addr(1), BRIDGE, "10", "20000", "CUST-5", null),
                tx("WD", "arbitrum-one", "ETH", "2025-03-01T11:30:00Z", BRIDGE, addr(2), "7", "14000", null, "CUST-5")));
        assertEquals(List.of("CYB-033 DEP"), pairs(f));
        Finding x = f.get(0);
        assertEquals("WD", x.matchedValue());
        assertTrue(x.explanation().contains("matched by the same owner CUST-5"), x.explanation());
    }

    @Test
    void firesOnMatchingValueWithoutOwnersAndCarriesExposureAcross() {
        String l = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";
        ListedEntity lazarus = entity("27307", "LAZARUS GROUP", "ETH:" + l);
        List<Finding> f = run(List.of(lazarus), LABELS, List.of(
                tx("T1", "ethereum", "ETH", "2025-03-01T09:00:00Z", l, addr(1), "10", "20000", null, null),
                tx("DEP", "ethereum", "ETH", "2025-03-01T10:00:00Z", addr(1), BRIDGE, "10", "20000", null, null),
                tx("WD", "arbitrum-one", "ETH", "2025-03-01T10:20:00Z", BRIDGE, addr(2), "9.9", "19800", null, null)));
        assertEquals(List.of("CYB-020 DEP", "CYB-021 WD", "CYB-033 DEP", "SAN-001 T1"), pairs(f));
        assertTrue(byRule(f, "CYB-033").get(0).explanation().contains("matched by value"));
        assertTrue(byRule(f, "CYB-021").get(0).explanation().contains("across a bridge"));
    }

    @Test
    void doesNotFireOnTheSameChainOutsideTheWindowOrForADifferentValue() {
        List<AddressLabel> two = List.of(label("ethereum", BRIDGE, "bridge", "B"), label("ethereum", addr(0xB1), "bridge", "B"),
                label("arbitrum-one", BRIDGE, "bridge", "B"));
        assertEquals(List.of(), pairs(run(List.of(), two, List.of(
                tx("DEP", "ethereum", "ETH", "2025-03-01T10:00:00Z", addr(1), BRIDGE, "10", "20000", "C", null),
                tx("WD", "ethereum", "ETH", "2025-03-01T10:30:00Z", addr(0xB1), addr(2), "10", "20000", null, "C")))));
        assertEquals(List.of(), pairs(run(List.of(), two, List.of(
                tx("DEP", "ethereum", "ETH", "2025-03-01T10:00:00Z", addr(1), BRIDGE, "10", "20000", "C", null),
                tx("WD", "arbitrum-one", "ETH", "2025-03-01T17:00:00Z", BRIDGE, addr(2), "10", "20000", null, "C")))));
        assertEquals(List.of(), pairs(run(List.of(), two, List.of(
                tx("DEP", "ethereum", "ETH", "2025-03-01T10:00:00Z", addr(1), BRIDGE, "10", "20000", null, null),
                tx("WD", "arbitrum-one", "ETH", "2025-03-01T10:30:00Z", BRIDGE, addr(2), "8", "16000", null, null)))));
    }

    @TempDir
    Path dir;

    /**
     * The window is the rule's: a deposit without a link inside chain_hop_window_hours is measured
     * against its first match up to the search horizon, so a rule file comparing with a wider
     * window fires on it; the exposure still crosses the bridge only along links inside the
     * table's window.
     */
    @Test
    void theRuleFileDecidesTheWindowButOnlyLinksCarryExposure() throws IOException {
        Path rules = TestFiles.copyRules(Path.of("rules"), dir.resolve("rules"), true);
        Path drl;
        try (Stream<Path> s = Files.list(rules.resolve("crypto"))) {
            drl = s.filter(p -> p.getFileName().toString().startsWith("CYB-033")).findFirst().orElseThrow();
        }
        String text = Files.readString(drl);
        String wider = text.replace("ChainHop(hours <= $w.number,", "ChainHop(hours <= $w.number + 24,");
        assertTrue(!wider.equals(text), "the rule file has the comparison this test widens");
        Files.writeString(drl, wider);
        String l = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";
        ListedEntity lazarus = entity("27307", "LAZARUS GROUP", "ETH:" + l);
        List<?> records = List.of(
                tx("T1", "ethereum", "ETH", "2025-03-01T09:00:00Z", l, addr(1), "10", "20000", null, null),
                tx("DEP", "ethereum", "ETH", "2025-03-01T10:00:00Z", addr(1), BRIDGE, "10", "20000", null, null),
                tx("WD", "arbitrum-one", "ETH", "2025-03-01T20:00:00Z", BRIDGE, addr(2), "9.9", "19800", null, null));
        assertEquals(List.of("CYB-020 DEP", "SAN-001 T1"), pairs(run(List.of(lazarus), LABELS, records)),
                "10 hours is outside the table's 6 h window");
        List<Finding> f = run(RuleBase.load(rules), List.of(lazarus), LABELS, records);
        assertEquals(List.of("CYB-020 DEP", "CYB-033 DEP", "SAN-001 T1"), pairs(f), "no CYB-021: WD is not linked");
        assertTrue(byRule(f, "CYB-033").get(0).explanation().contains("re-emerges 10.0 hours later as bridge withdrawal WD"),
                byRule(f, "CYB-033").get(0).explanation());
    }
}
