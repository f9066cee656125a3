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
     * character is not Base58. Base conversion on a byte array (no BigInteger): this runs for most
     * addresses of every transfer.
     */
    public static byte[] decode(String text) {
        int zeros = 0;
        while (zeros < text.length() && text.charAt(zeros) == '1') {
            zeros++;
        }
        // log(58) / log(256) ~ 0.733: bytes needed for the rest
        byte[] b256 = new byte[(text.length() - zeros) * 733 / 1000 + 1];
        int length = 0;
        for (int i = zeros; i < text.length(); i++) {
            char ch = text.charAt(i);
            int carry = ch < 128 ? DIGIT[ch] : -1;
            if (carry < 0) {
                return null;
            }
            int j = 0;
            for (int k = b256.length - 1; (carry != 0 || j < length) && k >= 0; k--, j++) {
                carry += 58 * (b256[k] & 0xFF);
                b256[k] = (byte) carry;
                carry >>>= 8;
            }
            length = j;
        }
        int start = b256.length - length;
        while (start < b256.length && b256[start] == 0) {
            start++;
        }
        byte[] out = new byte[zeros + b256.length - start];
        System.arraycopy(b256, start, out, zeros, b256.length - start);
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
