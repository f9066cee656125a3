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
 * <li>Bitcoin Cash CashAddr ({@code bitcoincash:q...}, with or without the prefix, in either
 * case) with a valid checksum: the key of the legacy Base58 form of the same hash, so a CashAddr
 * listing and a legacy-form transfer (or the other way round) compare equal (see {@link CashAddr});</li>
 * <li>everything else (Base58 such as Bitcoin legacy 1.../3..., TRON T..., and other forms):
 * case-sensitive: key {@code raw:<as written>}.</li>
 * </ul>
 */
public final class Addresses {

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
        if (evmForm(a)) {
            return "evm:" + a.substring(2).toLowerCase(Locale.ROOT);
        }
        if (mayBeBech32(a) && BECH32.matcher(a).matches()) {
            return "bech32:" + a.toLowerCase(Locale.ROOT);
        }
        if (CashAddr.looksLike(a)) {
            String legacy = CashAddr.toLegacy(a);
            if (legacy != null) {
                return "raw:" + legacy;
            }
        }
        return "raw:" + a;
    }

    /**
     * The same equivalence as {@link #key(String)} for addresses already known to be on one chain,
     * without the form prefix and without allocating for the common cases (a lower-case EVM
     * address or a Base58 address is its own key, with its hash cached): the transfer graph looks
     * up two addresses per transfer.
     */
    public static String chainLocalKey(String address) {
        String a = address.strip();
        if (evmForm(a) || mayBeBech32(a) && BECH32.matcher(a).matches()) {
            return a.toLowerCase(Locale.ROOT);
        }
        if (CashAddr.looksLike(a)) {
            String legacy = CashAddr.toLegacy(a);
            if (legacy != null) {
                return legacy;
            }
        }
        return a;
    }

    /** The human-readable parts {@link #BECH32} knows, each with the separator 1. */
    private static final String[] BECH32_STARTS = {"bc1", "tb1", "bcrt1", "ltc1", "tltc1", "bnb1", "cosmos1", "addr1"};

    /**
     * A cheap first look before {@link #BECH32}: the address starts with one of its prefixes and
     * separator (ignoring case) and is long enough. TRON addresses start with T, Litecoin's with L,
     * so a first letter alone let most of them through to the regex, three times per address.
     */
    static boolean mayBeBech32(String a) {
        if (a.length() < 9) {
            return false; // a two-letter prefix, the 1 and at least six data characters
        }
        char c = Character.toLowerCase(a.charAt(0));
        if (c != 'b' && c != 't' && c != 'l' && c != 'c' && c != 'a') {
            return false;
        }
        for (String start : BECH32_STARTS) {
            if (a.regionMatches(true, 0, start, 0, start.length())) {
                return true;
            }
        }
        return false;
    }

    /** The key of an address quoted on a chain; the chain does not change the key (see class doc). */
    public static String normalize(String chain, String address) {
        return key(address);
    }

    /** Chains whose non-segwit addresses are Base58Check with a 21-byte payload (version byte + 20-byte hash). */
    public static final Set<String> BASE58CHECK_CHAINS = Set.of(
            "bitcoin", "litecoin", "dogecoin", "tron", "dash", "bitcoin-cash", "bitcoin-sv", "bitcoin-gold");

    /** Human-readable parts of segregated-witness addresses (BIP 173/350 rules apply). */
    private static final Set<String> SEGWIT_HRPS = Set.of("bc", "tb", "bcrt", "ltc", "tltc");

    /**
     * What is wrong with an address quoted on a chain, or null when nothing is detectably wrong.
     * Checked: on EVM chains, the 0x + 40 hex form; on Base58Check chains (Bitcoin, TRON, ...),
     * the Base58Check checksum, on Bitcoin Cash the CashAddr checksum of a CashAddr text, or for bech32 addresses (bc1...) the bech32/bech32m checksum; on
     * any chain, an address in bech32 form is checked as bech32. EIP-55 mixed-case checksums are
     * not checked (they need Keccak-256, which the JDK lacks); other forms are accepted as written.
     */
    public static String problem(String chain, String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String a = address.strip();
        String c = Chains.canonical(chain);
        if (isEvmChain(c)) {
            return evmForm(a) ? null : "is not an EVM address (0x followed by 40 hexadecimal digits)";
        }
        boolean bech32Form = mayBeBech32(a) && BECH32.matcher(a).matches();
        if (bech32Form) {
            String hrp = a.substring(0, a.lastIndexOf('1')).toLowerCase(Locale.ROOT);
            return Bech32.problem(a, SEGWIT_HRPS.contains(hrp));
        }
        if (c.equals("bitcoin-cash") && (CashAddr.looksLike(a) || a.indexOf(':') >= 0)) {
            return CashAddr.problem(a);
        }
        if (BASE58CHECK_CHAINS.contains(c)) {
            if (c.equals("bitcoin") && a.regionMatches(true, 0, "bc1", 0, 3)) {
                return Bech32.problem(a, true);
            }
            return Base58Check.problem(a, 21);
        }
        return null;
    }

    /** Bit c set for each hexadecimal digit c (0-9, a-f, A-F), over the first 128 chars. */
    private static final long HEX_LOW = 0x03FF_0000_0000_0000L; // '0'..'9' = 48..57
    private static final long HEX_HIGH = 0x0000_007E_0000_007EL; // 'A'..'F' = 65..70, 'a'..'f' = 97..102

    /**
     * 0x (or 0X) and 40 hexadecimal digits. This runs several times for every address of every
     * transfer, so it looks the characters up in a bit mask without a branch per character:
     * digits and letters alternate at random in an address, and a branch on which one it is
     * mispredicts about every other character.
     */
    static boolean evmForm(String a) {
        if (a.length() != 42 || a.charAt(0) != '0' || (a.charAt(1) != 'x' && a.charAt(1) != 'X')) {
            return false;
        }
        long bad = 0;
        for (int i = 2; i < 42; i++) {
            int c = a.charAt(i);
            long mask = c < 64 ? HEX_LOW : HEX_HIGH; // chars 128 and up have bits above 127: bad below
            bad |= ~(mask >>> (c & 63)) & 1 | (c >>> 7);
        }
        return bad == 0;
    }

    public static boolean isEvm(String address) {
        return address != null && evmForm(address.strip());
    }

    public static boolean isEvmChain(String chain) {
        return chain != null && EVM_CHAINS.contains(chain.strip().toLowerCase(Locale.ROOT));
    }
}
