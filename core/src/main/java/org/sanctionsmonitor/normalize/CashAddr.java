package org.sanctionsmonitor.normalize;

import java.util.Locale;

/**
 * Bitcoin Cash's CashAddr format ({@code bitcoincash:qp...}): an optional prefix and ':', then
 * base32 characters (bech32's alphabet) holding a version byte and a hash, and a 40-bit checksum
 * computed with the CashAddr BCH-code polymod over the prefix, a zero and the data. The prefix may
 * be left out (it is then {@code bitcoincash}); the text may be all lower or all upper case, never
 * mixed. The version byte's type bits say P2PKH (0) or P2SH (1); its size bits the hash length.
 *
 * <p>The same key in Bitcoin Cash's legacy form is the Base58Check text of version byte 0x00
 * (P2PKH) or 0x05 (P2SH) and the hash, so {@link #toLegacy} gives the text a legacy-form listing
 * of the same key would show. Pure functions; written from the published CashAddr
 * specification.</p>
 */
public final class CashAddr {

    public static final String PREFIX = "bitcoincash";
    private static final String CHARSET = Bech32.CHARSET;
    private static final long[] GEN = {0x98f2bc8e61L, 0x79b76d99e2L, 0xf33e5fb3c4L, 0xae2eabe2a8L, 0x1e4f43e470L};
    private static final int[] HASH_BITS = {160, 192, 224, 256, 320, 384, 448, 512};

    /** A decoded address: whether it is a script hash (P2SH) and the hash bytes. */
    public record Decoded(boolean scriptHash, byte[] hash) {
    }

    private CashAddr() {
    }

    /**
     * Whether the text has CashAddr's shape (a cheap test before decoding): the {@code bitcoincash:}
     * prefix in either case, or 42 characters starting with q or p (a 160-bit hash, the only size
     * in use) all in the base32 alphabet.
     */
    public static boolean looksLike(String a) {
        if (a.length() > PREFIX.length() && a.regionMatches(true, 0, PREFIX + ":", 0, PREFIX.length() + 1)) {
            return true;
        }
        if (a.length() != 42) {
            return false;
        }
        char c = Character.toLowerCase(a.charAt(0));
        if (c != 'q' && c != 'p') {
            return false;
        }
        for (int i = 1; i < 42; i++) {
            if (CHARSET.indexOf(Character.toLowerCase(a.charAt(i))) < 0) {
                return false;
            }
        }
        return true;
    }

    static long polymod(int[] values) {
        long c = 1;
        for (int d : values) {
            int c0 = (int) (c >>> 35);
            c = ((c & 0x07ffffffffL) << 5) ^ d;
            for (int i = 0; i < 5; i++) {
                if (((c0 >>> i) & 1) != 0) {
                    c ^= GEN[i];
                }
            }
        }
        return c ^ 1;
    }

    /** Decodes, or returns the problem as a String. */
    static Object decode(String text) {
        String a = text.strip();
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < a.length(); i++) {
            char ch = a.charAt(i);
            lower |= ch >= 'a' && ch <= 'z';
            upper |= ch >= 'A' && ch <= 'Z';
        }
        if (lower && upper) {
            return "mixes upper and lower case, which CashAddr forbids";
        }
        String s = a.toLowerCase(Locale.ROOT);
        String prefix = PREFIX;
        int colon = s.indexOf(':');
        if (colon >= 0) {
            prefix = s.substring(0, colon);
            s = s.substring(colon + 1);
            if (!prefix.equals(PREFIX)) {
                return "has the prefix '" + prefix + "' where Bitcoin Cash uses '" + PREFIX + "'";
            }
        }
        if (s.length() < 9) {
            return "is too short for a CashAddr address";
        }
        int[] values = new int[prefix.length() + 1 + s.length()];
        for (int i = 0; i < prefix.length(); i++) {
            values[i] = prefix.charAt(i) & 31;
        }
        for (int i = 0; i < s.length(); i++) {
            int d = CHARSET.indexOf(s.charAt(i));
            if (d < 0) {
                return "contains '" + s.charAt(i) + "', which is not a CashAddr character";
            }
            values[prefix.length() + 1 + i] = d;
        }
        if (polymod(values) != 0) {
            return "fails its CashAddr checksum";
        }
        // the payload without the eight checksum characters, from 5-bit groups back to bytes
        int groups = s.length() - 8;
        int bits = groups * 5;
        byte[] payload = new byte[bits / 8];
        long acc = 0;
        int accBits = 0;
        int out = 0;
        for (int i = 0; i < groups; i++) {
            acc = (acc << 5) | values[prefix.length() + 1 + i];
            accBits += 5;
            if (accBits >= 8) {
                accBits -= 8;
                payload[out++] = (byte) (acc >>> accBits);
                acc &= (1L << accBits) - 1;
            }
        }
        if (accBits >= 5 || acc != 0) {
            return "has non-zero padding bits";
        }
        if (payload.length < 1) {
            return "has no version byte";
        }
        int version = payload[0] & 0xFF;
        if ((version & 0x80) != 0) {
            return "has the reserved bit of its version byte set";
        }
        int type = (version >>> 3) & 0x0F;
        int size = HASH_BITS[version & 7] / 8;
        if (payload.length - 1 != size) {
            return "holds a " + (payload.length - 1) * 8 + "-bit hash where its version byte says " + size * 8;
        }
        if (type != 0 && type != 1) {
            return "has address type " + type + ", neither P2PKH (0) nor P2SH (1)";
        }
        byte[] hash = new byte[size];
        System.arraycopy(payload, 1, hash, 0, size);
        return new Decoded(type == 1, hash);
    }

    /** What is wrong with a CashAddr text, or null when it decodes and its checksum holds. */
    public static String problem(String text) {
        return decode(text) instanceof String p ? p : null;
    }

    /** The decoded address, or null when the text is not valid CashAddr. */
    public static Decoded decoded(String text) {
        return decode(text) instanceof Decoded d ? d : null;
    }

    /**
     * The legacy (Base58Check) form of a valid CashAddr text with a 160-bit hash, or null when the
     * text is not valid CashAddr or its hash has no legacy form.
     */
    public static String toLegacy(String text) {
        Decoded d = decoded(text);
        if (d == null || d.hash().length != 20) {
            return null;
        }
        byte[] payload = new byte[21];
        payload[0] = (byte) (d.scriptHash() ? 0x05 : 0x00);
        System.arraycopy(d.hash(), 0, payload, 1, 20);
        return Base58Check.encodeChecked(payload);
    }

    /** Encodes a hash as CashAddr with the prefix (for tests and sample generation). */
    public static String encode(boolean scriptHash, byte[] hash) {
        int sizeCode = -1;
        for (int i = 0; i < HASH_BITS.length; i++) {
            if (HASH_BITS[i] == hash.length * 8) {
                sizeCode = i;
            }
        }
        if (sizeCode < 0) {
            throw new IllegalArgumentException("no CashAddr size code for a " + hash.length * 8 + "-bit hash");
        }
        byte[] payload = new byte[hash.length + 1];
        payload[0] = (byte) ((scriptHash ? 1 : 0) << 3 | sizeCode);
        System.arraycopy(hash, 0, payload, 1, hash.length);
        int groups = (payload.length * 8 + 4) / 5;
        int[] data = new int[groups];
        long acc = 0;
        int accBits = 0;
        int n = 0;
        for (byte b : payload) {
            acc = (acc << 8) | (b & 0xFF);
            accBits += 8;
            while (accBits >= 5) {
                accBits -= 5;
                data[n++] = (int) ((acc >>> accBits) & 31);
            }
            acc &= (1L << accBits) - 1;
        }
        if (accBits > 0) {
            data[n++] = (int) ((acc << (5 - accBits)) & 31);
        }
        int[] values = new int[PREFIX.length() + 1 + groups + 8];
        for (int i = 0; i < PREFIX.length(); i++) {
            values[i] = PREFIX.charAt(i) & 31;
        }
        System.arraycopy(data, 0, values, PREFIX.length() + 1, groups);
        long mod = polymod(values);
        StringBuilder sb = new StringBuilder(PREFIX).append(':');
        for (int d : data) {
            sb.append(CHARSET.charAt(d));
        }
        for (int i = 0; i < 8; i++) {
            sb.append(CHARSET.charAt((int) ((mod >>> 5 * (7 - i)) & 31)));
        }
        return sb.toString();
    }
}
