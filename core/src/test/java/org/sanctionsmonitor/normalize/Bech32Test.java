package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Bech32Test {

    static final String SINBAD = "bc1qq7p0es3dv5hcynjjf40f2xjjr6qp5py47d2f6n847vduuq9gvnyq7y9ecd";

    @Test
    void validAddressesInEitherCase() {
        assertNull(Bech32.problem(SINBAD, true));
        assertNull(Bech32.problem(SINBAD.toUpperCase(java.util.Locale.ROOT), true));
        assertEquals(Bech32.Variant.BECH32, Bech32.variant(SINBAD));
        // BIP 350 test vector: a witness v1 (taproot) address uses bech32m
        String taproot = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";
        assertNull(Bech32.problem(taproot, true));
        assertEquals(Bech32.Variant.BECH32M, Bech32.variant(taproot));
    }

    @Test
    void aChangedCharacterFailsThePolymod() {
        String bad = SINBAD.substring(0, SINBAD.length() - 1) + "q";
        assertEquals("fails its bech32/bech32m checksum", Bech32.problem(bad, true));
    }

    @Test
    void mixedCaseAndWrongVariantForTheWitnessVersionAreProblems() {
        assertTrue(Bech32.problem("bc1Qq7p0es3dv5hcynjjf40f2xjjr6qp5py47d2f6n847vduuq9gvnyq7y9ecd", true).contains("mixes"));
        int[] data = new int[33];
        data[0] = 0;
        String v0m = Bech32.encode("bc", data, Bech32.Variant.BECH32M);
        assertTrue(Bech32.problem(v0m, true).contains("v0"), Bech32.problem(v0m, true));
        assertNull(Bech32.problem(v0m, false));
        data[0] = 1;
        String v1 = Bech32.encode("bc", data, Bech32.Variant.BECH32);
        assertTrue(Bech32.problem(v1, true).contains("bech32m"));
        assertNull(Bech32.problem(Bech32.encode("bc", data, Bech32.Variant.BECH32M), true));
    }

    @Test
    void malformedTextsNameTheirProblem() {
        assertTrue(Bech32.problem("bc1qqq", true).contains("separator"));
        assertTrue(Bech32.problem("bc1qbqqqqqqqq", true).contains("'b'"));
    }
}
