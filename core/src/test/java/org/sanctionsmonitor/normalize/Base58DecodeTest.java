package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The array-based Base58 decoder gives exactly what the textbook BigInteger decoding gives. */
class Base58DecodeTest {

    static byte[] reference(String text) {
        BigInteger n = BigInteger.ZERO;
        int zeros = 0;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            int d = Base58Check.ALPHABET.indexOf(text.charAt(i));
            if (d < 0) {
                return null;
            }
            if (leading && d == 0) {
                zeros++;
            } else {
                leading = false;
            }
            n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(d));
        }
        byte[] mag = n.signum() == 0 ? new byte[0] : n.toByteArray();
        if (mag.length > 0 && mag[0] == 0) {
            mag = Arrays.copyOfRange(mag, 1, mag.length);
        }
        byte[] out = new byte[zeros + mag.length];
        System.arraycopy(mag, 0, out, zeros, mag.length);
        return out;
    }

    @Test
    void agreesWithBigIntegerDecodingOnRandomTexts() {
        Random r = new Random(20261129);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(40); i > 0; i--) {
                sb.append(r.nextInt(10) == 0 ? '1' : Base58Check.ALPHABET.charAt(r.nextInt(58)));
            }
            String s = sb.toString();
            assertArrayEquals(reference(s), Base58Check.decode(s), s);
        }
    }

    @Test
    void agreesOnLongTextsAndOnesOnly() {
        Random r = new Random(58);
        for (int t = 0; t < 2_000; t++) {
            StringBuilder sb = new StringBuilder("1".repeat(r.nextInt(3)));
            for (int i = r.nextInt(150); i > 0; i--) {
                sb.append(Base58Check.ALPHABET.charAt(r.nextInt(58)));
            }
            String s = sb.toString();
            assertArrayEquals(reference(s), Base58Check.decode(s), s);
        }
        assertArrayEquals(new byte[3], Base58Check.decode("111"));
        assertArrayEquals(reference("zzzzzzzzzzzzzzzzzzzzzzzz"), Base58Check.decode("zzzzzzzzzzzzzzzzzzzzzzzz"));
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        assertNull(Base58Check.decode("1A0B"));
        assertNull(Base58Check.decode("1AlB"));
        assertNull(Base58Check.decode("조선"));
    }
}
