package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** Cross-chain keys: an EVM key listed for some chains is an exposure source on every EVM chain, with the hop explained. */
class CrossChainKeyExposureTest {

    static final String KEY = "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c";
    static final ListedEntity SIM = entity("42498", "SIM, Hyon Sop", "ETH:" + KEY, "ARB:" + KEY, "BSC:" + KEY);

    @Test
    void fundsOutOfAListedKeyOnAnotherEvmChainAreExposureWithTheKeyExplained() {
        List<Finding> f = run(List.of(SIM), List.of(
                tx("T1", "polygon", "POL", "2025-03-18T12:00:00Z", KEY, addr(1), "5000", "1100", null, null),
                tx("T2", "polygon", "POL", "2025-03-18T14:00:00Z", addr(1), addr(2), "4990", "1098", null, null)));
        assertEquals(List.of("CYB-001 T1", "CYB-020 T2"), pairs(f));
        Finding x = byRule(f, "CYB-020").get(0);
        assertEquals("42498", x.listEntryId());
        assertTrue(x.explanation().contains("the EVM key listed for ARB, BSC, ETH, used here on polygon: one private key controls"),
                x.explanation());
    }

    @Test
    void aKeyListedForTheChainItIsUsedOnNeedsNoNote() {
        List<Finding> f = run(List.of(SIM), List.of(
                tx("T1", "ethereum", "ETH", "2025-03-18T12:00:00Z", KEY, addr(1), "1", "1900", null, null),
                tx("T2", "ethereum", "ETH", "2025-03-18T14:00:00Z", addr(1), addr(2), "0.9", "1700", null, null)));
        assertEquals(List.of("CYB-020 T2", "SAN-001 T1"), pairs(f));
        assertFalse(byRule(f, "CYB-020").get(0).explanation().contains("EVM key listed for"));
    }

    @Test
    void aNonEvmChainIsNotReachedThroughAnEvmKey() {
        ListedEntity tron = entity("9", "TRON HOLDER", "TRX:TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz");
        List<Finding> f = run(List.of(tron), List.of(
                tx("T1", "polygon", "POL", "2025-03-18T12:00:00Z", KEY, addr(1), "5000", "1100", null, null),
                tx("T2", "polygon", "POL", "2025-03-18T14:00:00Z", addr(1), addr(2), "4990", "1098", null, null)));
        assertEquals(List.of(), pairs(f));
    }
}
