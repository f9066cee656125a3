package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddressesTest {

    static final String EIP55 = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";

    @Test
    void evmAddressesIgnoreCaseAndChain() {
        String k = Addresses.key(EIP55);
        assertEquals("evm:098b716b8aaf21512996dc57eb0615e2383e2f96", k);
        assertEquals(k, Addresses.key(EIP55.toLowerCase(java.util.Locale.ROOT)));
        assertEquals(k, Addresses.key("0X098B716B8AAF21512996DC57EB0615E2383E2F96"));
        assertEquals(Addresses.normalize("ethereum", EIP55), Addresses.normalize("bsc", EIP55));
        assertEquals(Addresses.normalize("ethereum", EIP55), Addresses.normalize("arbitrum-one", EIP55));
        assertTrue(Addresses.isEvm(EIP55));
        assertTrue(Addresses.isEvmChain("arbitrum-one"));
        assertFalse(Addresses.isEvmChain("tron"));
    }

    @Test
    void evmAddressesDifferingInOneCharacterDiffer() {
        assertNotEquals(Addresses.key(EIP55), Addresses.key("0x098B716B8Aaf21512996dC57EB0615e2383E2f97"));
    }

    @Test
    void base58AddressesAreCaseSensitive() {
        String btc = "1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt";
        String tron = "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz";
        assertEquals("raw:" + btc, Addresses.key(btc));
        assertNotEquals(Addresses.key(btc), Addresses.key(btc.toUpperCase(java.util.Locale.ROOT)));
        assertNotEquals(Addresses.key(tron), Addresses.key(tron.toLowerCase(java.util.Locale.ROOT)));
        assertEquals(Addresses.key(tron), Addresses.key(" " + tron + " "));
    }

    @Test
    void bech32AddressesIgnoreCase() {
        String a = "bc1qq7p0es3dv5hcynjjf40f2xjjr6qp5py47d2f6n847vduuq9gvnyq7y9ecd";
        assertEquals("bech32:" + a, Addresses.key(a));
        assertEquals(Addresses.key(a), Addresses.key(a.toUpperCase(java.util.Locale.ROOT)));
    }

    @Test
    void blankIsNull() {
        assertNull(Addresses.key(null));
        assertNull(Addresses.key("  "));
    }

    @Test
    void problemsAreFoundByTheChainsAddressForm() {
        org.junit.jupiter.api.Assertions.assertNull(Addresses.problem("bitcoin", "1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt"));
        org.junit.jupiter.api.Assertions.assertNotNull(Addresses.problem("bitcoin", "1986RYHCKYBJPGQJY6ORNUMYD2N5MTQWDT"));
        org.junit.jupiter.api.Assertions.assertNull(Addresses.problem("bitcoin",
                "BC1QQ7P0ES3DV5HCYNJJF40F2XJJR6QP5PY47D2F6N847VDUUQ9GVNYQ7Y9ECD"));
        org.junit.jupiter.api.Assertions.assertNotNull(Addresses.problem("bitcoin",
                "bc1qq7p0es3dv5hcynjjf40f2xjjr6qp5py47d2f6n847vduuq9gvnyq7y9ecq"));
        org.junit.jupiter.api.Assertions.assertNull(Addresses.problem("tron", "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz"));
        org.junit.jupiter.api.Assertions.assertNotNull(Addresses.problem("tron", "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mZ"));
        org.junit.jupiter.api.Assertions.assertNull(Addresses.problem("ethereum", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96"));
        org.junit.jupiter.api.Assertions.assertNotNull(Addresses.problem("arbitrum", "0x098B716B8Aaf21512996dC57EB0615e2383E2f9"));
        org.junit.jupiter.api.Assertions.assertNull(Addresses.problem("solana", "anything-goes-here"));
    }

    @Test
    void chainLocalKeysFollowTheSameEquivalenceAsKeys() {
        String[] addresses = {EIP55, EIP55.toLowerCase(java.util.Locale.ROOT), "0X098B716B8AAF21512996DC57EB0615E2383E2F96",
            "0x098B716B8Aaf21512996dC57EB0615e2383E2f97", "1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt",
            "1986RYHCKYBJPGQJY6ORNUMYD2N5MTQWDT", "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz",
            "bc1qq7p0es3dv5hcynjjf40f2xjjr6qp5py47d2f6n847vduuq9gvnyq7y9ecd",
            "BC1QQ7P0ES3DV5HCYNJJF40F2XJJR6QP5PY47D2F6N847VDUUQ9GVNYQ7Y9ECD", " TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz "};
        for (String a : addresses) {
            for (String b : addresses) {
                assertEquals(Addresses.key(a).equals(Addresses.key(b)), Addresses.chainLocalKey(a).equals(Addresses.chainLocalKey(b)),
                        a + " / " + b);
            }
        }
    }
}
