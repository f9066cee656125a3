package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** SAN-001: a transfer to or from a listed address. */
class SAN001Test {

    static final String LAZARUS_ETH = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";
    static final ListedEntity LAZARUS = entity("27307", "LAZARUS GROUP", "ETH:" + LAZARUS_ETH);
    static final ListedEntity KIM = entity("43377", "KIM, Sang Man",
            "ETH:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40", "USDT:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40",
            "USDC:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40");
    static final ListedEntity WU = entity("42496", "WU, Huihui", "XBT:1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt");
    static final ListedEntity SINBAD = entity("44437", "SINBAD",
            "XBT:bc1qq7p0es3dv5hcynjjf40f2xjjr6qp5py47d2f6n847vduuq9gvnyq7y9ecd");
    static final String CLEAN = "0xf9e085c95adda1189a3529837e6af40fcff2ef6d";
    static final String CLEAN_BTC = "1BzaK7tYrPKpBK5T45SDt6mSZqssXdLdgm";

    @Test
    void firesOnAMixedCaseListedAddressUsedInLowerAndUpperCase() {
        List<Finding> f = run(List.of(LAZARUS), List.of(
                transfer("T1", "ethereum", "ETH", CLEAN, LAZARUS_ETH.toLowerCase(java.util.Locale.ROOT)),
                transfer("T2", "ethereum", "ETH", "0X" + LAZARUS_ETH.substring(2).toUpperCase(java.util.Locale.ROOT), CLEAN)));
        assertEquals(Set.of("SAN-001"), ruleIds(f));
        assertEquals(List.of("T1", "T2"), f.stream().map(Finding::subjectId).toList());
        Finding t1 = f.get(0);
        assertEquals("SANCTIONED_ADDRESS", t1.category().name());
        assertEquals("CRITICAL", t1.severity().name());
        assertEquals("27307", t1.listEntryId());
        assertEquals("1.0", t1.scoreText());
        assertTrue(t1.explanation().contains("to_address " + LAZARUS_ETH.toLowerCase(java.util.Locale.ROOT)), t1.explanation());
        assertTrue(f.get(1).explanation().startsWith("from_address 0X"), f.get(1).explanation());
    }

    @Test
    void doesNotFireOnAnAddressOneCharacterDifferent() {
        String near = LAZARUS_ETH.substring(0, LAZARUS_ETH.length() - 1) + "7";
        // written in the listed address's mixed case, the changed digit breaks its EIP-55 checksum: CYB-003, not SAN-001
        assertEquals(Set.of("CYB-003"), ruleIds(run(List.of(LAZARUS), List.of(transfer("T1", "ethereum", "ETH", CLEAN, near)))));
        assertEquals(Set.of(), ruleIds(run(List.of(LAZARUS), List.of(transfer("T2", "ethereum", "ETH", CLEAN, near.toLowerCase())))));
    }

    @Test
    void doesNotFireOnABase58AddressWithItsCaseChanged() {
        String changed = "1986RYHCKYBJPGQJY6ORNUMYD2N5MTQWDT";
        // the changed text is no longer valid Base58Check: a data-quality finding, never a match
        assertEquals(Set.of("CYB-002"), ruleIds(run(List.of(WU), List.of(transfer("T1", "bitcoin", "XBT", CLEAN_BTC, changed)))));
        assertEquals(Set.of("SAN-001"), ruleIds(run(List.of(WU),
                List.of(transfer("T2", "bitcoin", "XBT", CLEAN_BTC, "1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt")))));
    }

    @Test
    void firesOnABech32AddressWhateverItsCase() {
        String upper = "BC1QQ7P0ES3DV5HCYNJJF40F2XJJR6QP5PY47D2F6N847VDUUQ9GVNYQ7Y9ECD";
        assertEquals(Set.of("SAN-001"), ruleIds(run(List.of(SINBAD), List.of(transfer("T1", "bitcoin", "XBT", upper, CLEAN_BTC)))));
    }

    @Test
    void oneFindingForAnAddressListedUnderSeveralAssets() {
        List<Finding> f = run(List.of(KIM), List.of(
                transfer("T1", "ethereum", "USDT", CLEAN, "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40")));
        assertEquals(1, f.size());
        assertTrue(f.get(0).explanation().contains("ETH, USDC, USDT"), f.get(0).explanation());
    }

    @Test
    void theSameEvmKeyOnAChainTheListDoesNotNameIsNotAnExactHit() {
        List<Finding> f = run(List.of(LAZARUS), List.of(transfer("T1", "bsc", "BNB", LAZARUS_ETH, CLEAN)));
        assertEquals(Set.of("CYB-001"), ruleIds(f));
    }

    @Test
    void anAddressListedForEthArbAndBscIsExactOnArbitrumOne() {
        ListedEntity sim = entity("42498", "SIM, Hyon Sop", "ETH:" + CLEAN, "ARB:" + CLEAN, "BSC:" + CLEAN);
        String other = "0x3e9925229b770750b654e659587c76e40e8753df";
        assertEquals(Set.of("SAN-001"), ruleIds(run(List.of(sim), List.of(transfer("T1", "arbitrum-one", "USDC", CLEAN, other)))));
        assertEquals(Set.of("SAN-001"), ruleIds(run(List.of(sim), List.of(transfer("T1", "bsc", "BNB", CLEAN, other)))));
        assertEquals(Set.of("CYB-001"), ruleIds(run(List.of(sim), List.of(transfer("T1", "polygon", "POL", CLEAN, other)))));
    }

    @Test
    void aTokenListingNamesNoChainSoEveryEvmChainIsExact() {
        List<Finding> f = run(List.of(KIM), List.of(
                transfer("T1", "polygon", "USDT", CLEAN, "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40")));
        assertEquals(Set.of("SAN-001"), ruleIds(f));
    }

    @Test
    void aMalformedAddressIsNeverAMatch() {
        String bad = "bc1qq7p0es3dv5hcynjjf40f2xjjr6qp5py47d2f6n847vduuq9gvnyq7y9ecq";
        ListedEntity listedBad = entity("5", "TYPO", "XBT:" + bad);
        assertEquals(Set.of("CYB-002"), ruleIds(run(List.of(listedBad), List.of(transfer("T1", "bitcoin", "XBT", bad,
                "1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt")))));
    }

    @Test
    void oneFindingPerEntityWhenBothEndsAreListedForIt() {
        ListedEntity two = entity("1", "TWO ADDRESSES", "ETH:" + LAZARUS_ETH, "ETH:" + CLEAN);
        List<Finding> f = run(List.of(two), List.of(transfer("T1", "ethereum", "ETH", LAZARUS_ETH, CLEAN)));
        assertEquals(1, f.size());
        assertEquals(LAZARUS_ETH + ";" + CLEAN, f.get(0).matchedValue());
    }

    @Test
    void oneFindingPerListedEntityWhenTwoEntitiesListTheSameAddress() {
        ListedEntity other = entity("999", "FRONT COMPANY", "ETH:" + LAZARUS_ETH.toLowerCase(java.util.Locale.ROOT));
        List<Finding> f = run(List.of(LAZARUS, other), List.of(transfer("T1", "ethereum", "ETH", CLEAN, LAZARUS_ETH)));
        assertEquals(List.of("27307", "999"), f.stream().map(Finding::listEntryId).toList());
    }

    @Test
    void doesNotFireOnCleanTransfers() {
        assertEquals(Set.of(), ruleIds(run(List.of(LAZARUS, KIM, WU, SINBAD),
                List.of(transfer("T1", "ethereum", "ETH", CLEAN, "0x3e9925229b770750b654e659587c76e40e8753df")))));
    }
}
