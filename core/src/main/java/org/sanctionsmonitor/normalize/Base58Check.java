package org.sanctionsmonitor.normalize;

import java.math.BigInteger;
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
     * character is not Base58. Base conversion on 32-bit limbs (no BigInteger, and a quarter of
     * the steps of converting byte by byte): this runs for most addresses of every transfer.
     */
    public static byte[] decode(String text) {
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        // each Base58 digit adds log2(58) ~ 5.86 < 6.4 bits: n / 5 + 1 limbs hold the number
        int[] limbs = new int[(text.length() - zeros) / 5 + 1]; // little-endian, base 2^32
        int used = 0;
        for (int i = zeros; i < text.length(); i++) {
            char ch = text.charAt(i);
            long carry = ch < 128 ? DIGIT[ch] : -1;
            if (carry < 0) {
                return null;
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
        byte[] out = new byte[zeros + significant];
        for (int j = 0; j < significant; j++) {
            int fromEnd = significant - 1 - j; // byte index counted from the least significant
            out[zeros + j] = (byte) (limbs[fromEnd >>> 2] >>> ((fromEnd & 3) * 8));
        }
        return out;
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
        byte[] b = decode(text);
        if (b == null) {
            return "contains a character that is not Base58 (0, O, I and l are not used)";
        }
        if (b.length < 5) {
            return "is too short for a Base58Check address";
        }
        int payload = b.length - 4;
        if (payloadLength >= 0 && payload != payloadLength) {
            return "decodes to " + payload + " bytes where an address has " + payloadLength;
        }
        byte[] sum = doubleSha256(Arrays.copyOf(b, payload));
        for (int i = 0; i < 4; i++) {
            if (sum[i] != b[payload + i]) {
                return "fails its Base58Check checksum";
            }
        }
        return null;
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    static byte[] doubleSha256(byte[] data) {
        MessageDigest md = SHA256.get();
        return md.digest(md.digest(data));
    }
}
