package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChainsTest {

    @Test
    void nativeCodesNameTheirChainAndTokensNameNone() {
        assertEquals(Optional.of("ethereum"), Chains.chainOfAsset("ETH"));
        assertEquals(Optional.of("arbitrum-one"), Chains.chainOfAsset("ARB"));
        assertEquals(Optional.of("bsc"), Chains.chainOfAsset("BSC"));
        assertEquals(Optional.of("bsc"), Chains.chainOfAsset("bnb"));
        assertEquals(Optional.of("polygon"), Chains.chainOfAsset("MATIC"));
        assertEquals(Optional.of("polygon"), Chains.chainOfAsset("POL"));
        assertEquals(Optional.empty(), Chains.chainOfAsset("USDT"));
        assertEquals(Optional.empty(), Chains.chainOfAsset("USDC"));
        assertEquals(Optional.empty(), Chains.chainOfAsset(null));
    }

    @Test
    void chainAliasesFold() {
        assertEquals("arbitrum-one", Chains.canonical("Arbitrum"));
        assertEquals("bsc", Chains.canonical("binance-smart-chain"));
        assertEquals("polygon", Chains.canonical("MATIC"));
        assertEquals("tron", Chains.canonical(" tron "));
        assertEquals("solana", Chains.canonical("solana"));
    }
}
