package org.sanctionsmonitor.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Comparison keys for crypto addresses. The key depends on the address's form, not on the
 * chain or asset it is quoted with, because lists publish one address under several asset codes:
 * <ul>
 * <li>EVM (0x + 40 hex digits): case does not matter (EIP-55 mixed case is only a checksum), and
 * the same key is the same account on every EVM chain: key {@code evm:<lower-case hex>};</li>
 * <li>bech32/bech32m (bc1..., ltc1..., tb1...): case-insensitive by definition: key
 * {@code bech32:<lower case>};</li>
 * <li>everything else (Base58 such as Bitcoin legacy 1.../3..., TRON T..., and other forms):
 * case-sensitive: key {@code raw:<as written>}.</li>
 * </ul>
 */
public final class Addresses {

    private static final Pattern EVM = Pattern.compile("^0[xX][0-9a-fA-F]{40}$");
    private static final Pattern BECH32 = Pattern.compile(
            "^(?i:(bc|tb|bcrt|ltc|tltc|bnb|cosmos|addr)1[02-9ac-hj-np-z]{6,})$");

    /** Chain names (as the transfers feed writes them) that use EVM accounts. */
    public static final Set<String> EVM_CHAINS = Set.of(
            "ethereum", "eth", "bsc", "binance-smart-chain", "bnb-smart-chain", "arbitrum", "arbitrum-one",
            "polygon", "matic", "optimism", "base", "avalanche", "avalanche-c", "fantom", "gnosis", "linea",
            "zksync", "zksync-era", "scroll", "celo", "cronos", "ethereum-classic", "etc");

    private Addresses() {
    }

    /** The comparison key of an address, or null for a blank one. */
    public static String key(String address) {
        if (address == null) {
            return null;
        }
        String a = address.strip();
        if (a.isEmpty()) {
            return null;
        }
        if (EVM.matcher(a).matches()) {
            return "evm:" + a.substring(2).toLowerCase(Locale.ROOT);
        }
        if (BECH32.matcher(a).matches()) {
            return "bech32:" + a.toLowerCase(Locale.ROOT);
        }
        return "raw:" + a;
    }

    /** The key of an address quoted on a chain; the chain does not change the key (see class doc). */
    public static String normalize(String chain, String address) {
        return key(address);
    }

    public static boolean isEvm(String address) {
        return address != null && EVM.matcher(address.strip()).matches();
    }

    public static boolean isEvmChain(String chain) {
        return chain != null && EVM_CHAINS.contains(chain.strip().toLowerCase(Locale.ROOT));
    }
}
