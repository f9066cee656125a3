package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class CashAddrTest {

    /** The CashAddr specification's examples: the same 160-bit hash as P2PKH and as P2SH, and their legacy forms. */
    static final String SPEC_P2PKH = "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a";
    static final String SPEC_P2PKH_LEGACY = "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu";
    static final String SPEC_P2SH = "bitcoincash:ppm2qsznhks23z7629mms6s4cwef74vcwvn0h829pq";
    static final String SPEC_P2SH_LEGACY = "3CWFddi6m4ndiGyKqzYvsFYagqDLPVMTzC";

    /**
     * OFAC's BCH listings in the SDN Advanced XML of 2025-11-19 (../shared/reference/
     * ofac-sdn-advanced-2025-11-19, "Digital Currency Address - BCH" features): six in CashAddr
     * form without the prefix, one in legacy form.
     */
    static final List<String> OFAC_BCH_CASHADDR = List.of(
            "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq",
            "qzjv8hrdvz6edu4gkzpnd4w6jc7zf296g5e9kkq4lx",
            "qq3vlashthktqpeppuv7trmw070e3mydgq63zq348v",
            "qpusmp64rajses77x95g9ah825mtyyv74smwwkxhx3",
            "qqyuc9s700plhzr6awzru7g5z2d2p906uyrm6ht0r0",
            "qz9f2vz3033sg5vc5mf7m7xshmj0jugy4ummf05jk8");
    static final String OFAC_BCH_LEGACY = "18M8bJWMzWHDBMxoLqjHHAffdRy4SrzkfB";

    @Test
    void specificationExamplesConvertToTheirLegacyForms() {
        assertEquals(SPEC_P2PKH_LEGACY, CashAddr.toLegacy(SPEC_P2PKH));
        assertEquals(SPEC_P2SH_LEGACY, CashAddr.toLegacy(SPEC_P2SH));
        assertTrue(CashAddr.decoded(SPEC_P2SH).scriptHash());
    }

    @Test
    void encodeIsTheInverseOfDecode() {
        CashAddr.Decoded d = CashAddr.decoded(SPEC_P2PKH);
        assertEquals(SPEC_P2PKH, CashAddr.encode(false, d.hash()));
        byte[] legacy = Base58Check.decode(SPEC_P2PKH_LEGACY);
        assertArrayEquals(Arrays.copyOfRange(legacy, 1, 21), d.hash());
    }

    @Test
    void ofacsListedAddressesHaveValidChecksums() {
        for (String a : OFAC_BCH_CASHADDR) {
            assertNull(CashAddr.problem(a), a);
            assertNull(CashAddr.problem("bitcoincash:" + a), a);
            String legacy = CashAddr.toLegacy(a);
            assertNull(Base58Check.problem(legacy, 21), legacy);
            assertEquals("bitcoincash:" + a, CashAddr.encode(legacy.startsWith("3"), Arrays.copyOfRange(Base58Check.decode(legacy), 1, 21)));
        }
        assertNull(Base58Check.problem(OFAC_BCH_LEGACY, 21));
    }

    @Test
    void prefixAndCaseDoNotChangeTheKey() {
        String a = OFAC_BCH_CASHADDR.get(0);
        String key = Addresses.key(a);
        assertEquals("raw:" + CashAddr.toLegacy(a), key);
        for (String form : List.of("bitcoincash:" + a, a.toUpperCase(Locale.ROOT), ("bitcoincash:" + a).toUpperCase(Locale.ROOT),
                "BITCOINCASH:" + a.toUpperCase(Locale.ROOT), " " + a + " ", CashAddr.toLegacy(a))) {
            assertEquals(key, Addresses.key(form), form);
        }
        assertEquals(Addresses.key(SPEC_P2PKH_LEGACY), Addresses.key(SPEC_P2PKH));
        assertNotEquals(Addresses.key(SPEC_P2PKH), Addresses.key(SPEC_P2SH));
        assertEquals(Addresses.chainLocalKey(SPEC_P2PKH_LEGACY), Addresses.chainLocalKey(SPEC_P2PKH.toUpperCase(Locale.ROOT)));
    }

    @Test
    void badChecksumsAndMixedCaseAreMalformedOnBitcoinCash() {
        String a = OFAC_BCH_CASHADDR.get(1);
        String bad = a.substring(0, 41) + (a.charAt(41) == 'x' ? 'q' : 'x');
        assertEquals("fails its CashAddr checksum", CashAddr.problem(bad));
        assertNotNull(Addresses.problem("bitcoin-cash", bad));
        assertNotNull(Addresses.problem("bch", bad));
        assertEquals("raw:" + bad, Addresses.key(bad)); // an address that cannot be right has no legacy twin
        String mixed = "Q" + a.substring(1);
        assertNotNull(Addresses.problem("bitcoin-cash", mixed));
        assertNotNull(Addresses.problem("bitcoin-cash", "bitcointest:" + a));
        assertNull(Addresses.problem("bitcoin-cash", a));
        assertNull(Addresses.problem("BCH", "bitcoincash:" + a));
        assertNull(Addresses.problem("bitcoin-cash", a.toUpperCase(Locale.ROOT)));
        assertNull(Addresses.problem("bitcoin-cash", OFAC_BCH_LEGACY));
        assertNotNull(Addresses.problem("bitcoin-cash", OFAC_BCH_LEGACY.substring(0, 33) + "C"));
    }

    @Test
    void bchAndBitcoinCashAreOneChain() {
        assertEquals("bitcoin-cash", Chains.canonical("bch"));
        assertEquals("bitcoin-cash", Chains.canonical("BCH"));
        assertEquals("bitcoin-cash", Chains.canonical("Bitcoin-Cash"));
    }
}
