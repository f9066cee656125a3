package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Eip55Test {

    /** The examples in the EIP-55 specification (all caps, all lower and mixed letters). */
    static final String[] SPEC = {"0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"};

    @Test
    void theSpecificationsExamplesAreRight() {
        for (String a : SPEC) {
            assertNull(Eip55.problem(a), a);
            assertEquals(a.substring(2).toLowerCase(), Eip55.checksummed(a).substring(2).toLowerCase());
        }
        assertEquals("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", Eip55.checksummed("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
        assertEquals("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", Eip55.checksummed("0XD1220A0CF47C7B9BE7A2E6BA89F429762E7B9ADB"));
    }

    @Test
    void aMixedCaseAddressWithOneLetterFlippedIsWrong() {
        String p = Eip55.problem("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD");
        assertTrue(p != null && p.contains("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), p);
        assertTrue(Eip55.problem("0x098b716B8Aaf21512996dC57EB0615e2383E2f96") != null);
    }

    @Test
    void oneCaseCarriesNoChecksum() {
        assertFalse(Eip55.mixedCase("0x098b716b8aaf21512996dc57eb0615e2383e2f96"));
        assertFalse(Eip55.mixedCase("0x098B716B8AAF21512996DC57EB0615E2383E2F96"));
        assertNull(Eip55.problem("0x098b716b8aaf21512996dc57eb0615e2383e2f97"));
        assertTrue(Eip55.mixedCase("0x098B716B8Aaf21512996dC57EB0615e2383E2f96"));
    }
}
