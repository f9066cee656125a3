package org.sanctionsmonitor.normalize;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chain names and the chains that sanctions lists' asset codes stand for.
 *
 * <p>Lists publish an EVM address under an asset code, not a chain. A native coin's code names
 * its chain: ETH is Ethereum, ARB is Arbitrum One, BSC and BNB are BNB Smart Chain, MATIC and POL
 * are Polygon (and a few more below). A token code (USDT, USDC, DAI, ...) on an 0x address names
 * no chain: the token exists on many EVM chains, so the listing is <em>ambiguous</em> and is
 * treated as listing the address on every EVM chain ({@link #chainOfAsset} returns empty).</p>
 */
public final class Chains {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("eth", "ethereum"), Map.entry("ethereum-mainnet", "ethereum"),
            Map.entry("arbitrum", "arbitrum-one"), Map.entry("arb", "arbitrum-one"),
            Map.entry("binance-smart-chain", "bsc"), Map.entry("bnb-smart-chain", "bsc"), Map.entry("bnb", "bsc"),
            Map.entry("matic", "polygon"), Map.entry("polygon-pos", "polygon"),
            Map.entry("avalanche-c", "avalanche"), Map.entry("zksync-era", "zksync"),
            Map.entry("etc", "ethereum-classic"), Map.entry("btc", "bitcoin"), Map.entry("trx", "tron"),
            Map.entry("bch", "bitcoin-cash"), Map.entry("bitcoincash", "bitcoin-cash"));

    /** Native coin codes on EVM addresses and the one chain each names. */
    private static final Map<String, String> EVM_NATIVE = Map.ofEntries(
            Map.entry("ETH", "ethereum"), Map.entry("ARB", "arbitrum-one"), Map.entry("BSC", "bsc"),
            Map.entry("BNB", "bsc"), Map.entry("MATIC", "polygon"), Map.entry("POL", "polygon"),
            Map.entry("OP", "optimism"), Map.entry("AVAX", "avalanche"), Map.entry("FTM", "fantom"),
            Map.entry("ETC", "ethereum-classic"), Map.entry("CELO", "celo"), Map.entry("CRO", "cronos"));

    private Chains() {
    }

    /** The chain's canonical name: lower case, common aliases folded (arbitrum → arbitrum-one). */
    public static String canonical(String chain) {
        if (chain == null) {
            return null;
        }
        String c = chain.strip().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(c, c);
    }

    /**
     * The one EVM chain a list's asset code names for an 0x address, or empty when the code is a
     * token (or unknown) and so names no particular chain.
     */
    public static Optional<String> chainOfAsset(String asset) {
        return asset == null ? Optional.empty() : Optional.ofNullable(EVM_NATIVE.get(asset.strip().toUpperCase(Locale.ROOT)));
    }
}
