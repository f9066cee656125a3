package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** CYB-001: a listed EVM key used on a chain the list does not name for it. */
class CYB001Test {

    static final String KEY = "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c";
    static final ListedEntity SIM = entity("42498", "SIM, Hyon Sop", "ETH:" + KEY, "ARB:" + KEY, "BSC:" + KEY);
    static final String CLEAN = "0x081495cad9a6449b5e3a5b754115cbed1389d4be";

    @Test
    void firesOnAnotherEvmChainAsAReviewItem() {
        List<Finding> f = run(List.of(SIM), List.of(transfer("T1", "polygon", "USDC", KEY, CLEAN)));
        assertEquals(Set.of("CYB-001"), ruleIds(f));
        Finding x = f.get(0);
        assertEquals("HIGH", x.severity().name());
        assertEquals("0.9", x.scoreText());
        assertEquals("42498", x.listEntryId());
        assertTrue(x.explanation().contains("a chain the list does not name"), x.explanation());
    }

    @Test
    void doesNotFireOnAListedChainOrForATokenListing() {
        assertEquals(Set.of("SAN-001"), ruleIds(run(List.of(SIM), List.of(transfer("T1", "ethereum", "ETH", KEY, CLEAN)))));
        assertEquals(Set.of("SAN-001"), ruleIds(run(List.of(SIM), List.of(transfer("T1", "arbitrum", "ETH", CLEAN, KEY)))));
        ListedEntity token = entity("1", "TOKEN HOLDER", "USDT:" + KEY);
        assertEquals(Set.of("SAN-001"), ruleIds(run(List.of(token), List.of(transfer("T1", "optimism", "USDT", KEY, CLEAN)))));
    }

    @Test
    void doesNotFireOnUnlistedKeys() {
        assertEquals(Set.of(), ruleIds(run(List.of(SIM), List.of(transfer("T1", "polygon", "POL", CLEAN,
                "0x30070c092fa92e3eea7ad8075db15d6d3124b18e")))));
    }
}
