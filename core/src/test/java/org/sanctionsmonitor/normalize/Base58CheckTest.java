package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Base58CheckTest {

    @Test
    void realListedAddressesPassTheirChecksum() {
        assertNull(Base58Check.problem("1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt", 21)); // WU Huihui, XBT
        assertNull(Base58Check.problem("3K35dyL85fR9ht7UgzPfd1gLRRXQtNTqE3", 21)); // BLENDER.IO, P2SH
        assertNull(Base58Check.problem("TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz", 21)); // CHEIL CREDIT BANK, TRON
    }

    @Test
    void oneChangedCharacterFailsTheChecksum() {
        assertEquals("fails its Base58Check checksum", Base58Check.problem("1986rYHckYbJpGQJy6ornuMyD2N5MTqwDu", 21));
        assertEquals("fails its Base58Check checksum", Base58Check.problem("1986rYHckYbJpGQJy6ornuMyD2N5MTqwdt", 21));
    }

    @Test
    void charactersOutsideTheAlphabetAndWrongLengthsAreNamed() {
        assertTrue(Base58Check.problem("1986RYHCKYBJPGQJY6ORNUMYD2N5MTQWDT", 21).contains("not Base58"));
        assertTrue(Base58Check.problem("1111", 21).contains("too short"));
        String longer = Base58Check.encodeChecked(new byte[25]);
        assertTrue(Base58Check.problem(longer, 21).contains("decodes to 25 bytes"));
        assertNull(Base58Check.problem(longer, -1));
    }

    @Test
    void leadingOnesAreLeadingZeroBytesAndEncodeInvertsDecode() {
        byte[] b = {0, 0, 1, 2, (byte) 255};
        assertEquals("11", Base58Check.encode(b).substring(0, 2));
        assertArrayEquals(b, Base58Check.decode(Base58Check.encode(b)));
        assertArrayEquals(new byte[0], Base58Check.decode(""));
    }
}
