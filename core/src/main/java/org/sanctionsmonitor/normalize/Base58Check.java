package org.sanctionsmonitor.normalize;

import java.math.BigInteger;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Base58Check, as Bitcoin legacy (1..., 3...), TRON (T...) and similar addresses use it: the
 * Base58 text decodes to a payload followed by the first four bytes of SHA-256(SHA-256(payload)).
 * Pure functions; written from the published description of the encoding.
 */
public final class Base58Check {

    static final String ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final BigInteger FIFTY_EIGHT = BigInteger.valueOf(58);

    private Base58Check() {
    }

    /** Each character's Base58 digit, or -1 (ASCII only). */
    private static final int[] DIGIT = new int[128];

    static {
        Arrays.fill(DIGIT, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            DIGIT[ALPHABET.charAt(i)] = i;
        }
    }

    /**
     * The bytes a Base58 text stands for (leading '1's are leading zero bytes), or null if a
     * character is not Base58.
     */
    public static byte[] decode(String text) {
        Scratch s = SCRATCH.get();
        int n = decode(text, s);
        return n < 0 ? null : Arrays.copyOf(s.bytes, n);
    }

    /**
     * Decodes into {@code s.bytes} and returns how many bytes it holds, or -1 if a character is
     * not Base58. Base conversion on 32-bit limbs (no BigInteger, and a quarter of the steps of
     * converting byte by byte), into arrays kept per thread: this runs for most addresses of
     * every transfer, and the arrays of a decode and its checksum were most of what a transfer's
     * screening allocated.
     */
    private static int decode(String text, Scratch s) {
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        // each Base58 digit adds log2(58) ~ 5.86 < 6.4 bits: n / 5 + 1 limbs hold the number
        int[] limbs = s.limbs((text.length() - zeros) / 5 + 1); // little-endian, base 2^32; limbs at or above used are written before read
        int used = 0;
        for (int i = zeros; i < text.length(); i++) {
            char ch = text.charAt(i);
            long carry = ch < 128 ? DIGIT[ch] : -1;
            if (carry < 0) {
                return -1;
            }
            for (int k = 0; k < used; k++) {
                long v = (limbs[k] & 0xFFFFFFFFL) * 58 + carry;
                limbs[k] = (int) v;
                carry = v >>> 32;
            }
            if (carry != 0) {
                limbs[used++] = (int) carry;
            }
        }
        // big-endian bytes without leading zero bytes, after the zero bytes the '1's stand for
        int significant = used * 4;
        if (used > 0) {
            significant -= Integer.numberOfLeadingZeros(limbs[used - 1]) / 8;
        }
        byte[] out = s.bytes(zeros + significant);
        Arrays.fill(out, 0, zeros, (byte) 0);
        for (int j = 0; j < significant; j++) {
            int fromEnd = significant - 1 - j; // byte index counted from the least significant
            out[zeros + j] = (byte) (limbs[fromEnd >>> 2] >>> ((fromEnd & 3) * 8));
        }
        return zeros + significant;
    }

    /** Encodes bytes as Base58 (used by tests to build addresses). */
    public static String encode(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        BigInteger n = new BigInteger(1, bytes);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(FIFTY_EIGHT);
            sb.append(ALPHABET.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            sb.append('1');
        }
        return sb.reverse().toString();
    }

    /** Payload plus its four checksum bytes, Base58-encoded (for tests and sample generation). */
    public static String encodeChecked(byte[] payload) {
        byte[] sum = doubleSha256(payload);
        byte[] all = Arrays.copyOf(payload, payload.length + 4);
        System.arraycopy(sum, 0, all, payload.length, 4);
        return encode(all);
    }

    /**
     * What is wrong with a Base58Check text, or null when it decodes and its checksum holds.
     * {@code payloadLength} is the expected payload size in bytes (21 for Bitcoin and TRON
     * addresses: a version byte and a 20-byte hash), or -1 for any.
     */
    public static String problem(String text, int payloadLength) {
        Scratch s = SCRATCH.get();
        int n = decode(text, s);
        if (n < 0) {
            return "contains a character that is not Base58 (0, O, I and l are not used)";
        }
        if (n < 5) {
            return "is too short for a Base58Check address";
        }
        int payload = n - 4;
        if (payloadLength >= 0 && payload != payloadLength) {
            return "decodes to " + payload + " bytes where an address has " + payloadLength;
        }
        byte[] b = s.bytes;
        byte[] sum = s.sum;
        try {
            MessageDigest md = s.sha256;
            md.update(b, 0, payload);
            md.digest(sum, 0, 32);
            md.update(sum, 0, 32);
            md.digest(sum, 0, 32);
        } catch (DigestException e) {
            throw new IllegalStateException(e); // not with a 32-byte buffer for SHA-256
        }
        for (int i = 0; i < 4; i++) {
            if (sum[i] != b[payload + i]) {
                return "fails its Base58Check checksum";
            }
        }
        return null;
    }

    /** A thread's arrays for decoding and its SHA-256, reused from one address to the next. */
    private static final class Scratch {
        final MessageDigest sha256 = sha256();
        final byte[] sum = new byte[32];
        byte[] bytes = new byte[32];
        private int[] limbs = new int[16];

        int[] limbs(int n) {
            if (limbs.length < n) {
                limbs = new int[n];
            }
            return limbs;
        }

        byte[] bytes(int n) {
            if (bytes.length < n) {
                bytes = new byte[n];
            }
            return bytes;
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] doubleSha256(byte[] data) {
        MessageDigest md = SCRATCH.get().sha256;
        return md.digest(md.digest(data));
    }
}
