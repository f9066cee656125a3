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

    /** The bit-mask form check against the plain definition, on every character and on random near-addresses. */
    @Test
    void evmFormAgreesWithTheRegexOnEveryCharacter() {
        java.util.regex.Pattern plain = java.util.regex.Pattern.compile("0[xX][0-9a-fA-F]{40}");
        String base = "0x" + "ab".repeat(20);
        for (int c = 0; c <= 0xFFFF; c++) { // every char in every position class: first, middle, last digit
            for (int at : new int[] {2, 21, 41}) {
                String s = base.substring(0, at) + (char) c + base.substring(at + 1);
                org.junit.jupiter.api.Assertions.assertEquals(plain.matcher(s).matches(), Addresses.evmForm(s), "char " + c + " at " + at);
            }
        }
        java.util.Random r = new java.util.Random(7);
        String alphabet = "0123456789abcdefABCDEFgGxX@`/:\u00e9\uff41 ";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder(r.nextInt(10) == 0 ? "0X" : "0x");
            int n = 38 + r.nextInt(5);
            for (int k = 0; k < n; k++) {
                b.append(r.nextInt(50) == 0 ? alphabet.charAt(r.nextInt(alphabet.length())) : alphabet.charAt(r.nextInt(22)));
            }
            String s = b.toString();
            org.junit.jupiter.api.Assertions.assertEquals(plain.matcher(s).matches(), Addresses.evmForm(s), s);
        }
    }

    /** The pre-check before the bech32 pattern never says no where the pattern would say yes. */
    @Test
    void theBech32PreCheckNeverRefusesWhatThePatternAccepts() {
        java.util.regex.Pattern bech32 = java.util.regex.Pattern.compile("^(?i:(bc|tb|bcrt|ltc|tltc|bnb|cosmos|addr)1[02-9ac-hj-np-z]{6,})$");
        String[] starts = {"bc1", "BC1", "tb1", "bcrt1", "Ltc1", "tltc1", "bnb1", "cosmos1", "ADDR1", "T", "L", "1", "bc", "tb", "x1", "b1", ""};
        String data = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
        java.util.Random r = new java.util.Random(11);
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder(starts[r.nextInt(starts.length)]);
            int n = r.nextInt(12);
            for (int k = 0; k < n; k++) {
                b.append(r.nextInt(20) == 0 ? 'b' : data.charAt(r.nextInt(data.length())));
            }
            String s = b.toString();
            if (bech32.matcher(s).matches()) {
                accepted++;
                org.junit.jupiter.api.Assertions.assertTrue(Addresses.mayBeBech32(s), s);
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(accepted > 10_000, "the sample must hold many bech32-shaped strings: " + accepted);
        org.junit.jupiter.api.Assertions.assertFalse(Addresses.mayBeBech32("TTZdbBs168pQgddn1ENBupA9KrpbC6CAv7"), "a TRON address");
        org.junit.jupiter.api.Assertions.assertFalse(Addresses.mayBeBech32("LQ3v8yWd2yYoiG4Pyv1yEdhVwLgB7bJoxb"), "a Litecoin legacy address");
    }
}
