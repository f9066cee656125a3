package org.sanctionsmonitor.graph;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Strings stored end to end in one byte array, by dense id, with no object per string: the
 * transfer graph's transaction ids and addresses. Each entry is a tag byte and its bytes:
 * {@code 0x} followed by an even number of lower-case hex digits (an EVM address as the index
 * keys it), or 16 or more such digits alone (a Bitcoin or TRON transaction hash), is packed two
 * digits to a byte; any other string of Latin-1 characters takes one byte
 * per character; anything else is UTF-8. A 42-character EVM address takes 21 bytes plus a 4-byte
 * offset, against about 90 bytes as a {@code String}. Append-only; not thread-safe.
 */
final class StringColumn {

    private static final byte LATIN1 = 0;
    private static final byte HEX = 1;
    private static final byte UTF8 = 2;
    /** Lower-case hex digits without 0x. */
    private static final byte BARE_HEX = 3;
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private byte[] data;
    /** start[i] is where entry i begins; start[size] is the end of the last. */
    private int[] start;
    private int size;

    StringColumn(int capacity) {
        data = new byte[Math.max(16, capacity * 16)];
        start = new int[Math.max(2, capacity + 1)];
    }

    private StringColumn(byte[] data, int[] start, int size) {
        this.data = data;
        this.start = start;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** Appends {@code s}; returns its id (the number of entries before it). */
    int add(String s) {
        int n = s.length();
        byte tag = packable(s) ? HEX : bareHex(s) ? BARE_HEX : latin1(s) ? LATIN1 : UTF8;
        byte[] utf8 = tag == UTF8 ? s.getBytes(StandardCharsets.UTF_8) : null;
        int len = 1 + (tag == HEX ? (n - 2) / 2 : tag == BARE_HEX ? n / 2 : tag == LATIN1 ? n : utf8.length);
        int at = start[size];
        if ((long) at + len > Integer.MAX_VALUE - 16) {
            throw new IllegalStateException("the transfer graph's text column is over 2 GiB (too many transfers for one JVM:"
                    + " use the Spark job, bin/sanctions-monitor-spark)");
        }
        if (at + len > data.length) {
            data = Arrays.copyOf(data, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(at + len, data.length + (data.length >> 1))));
        }
        if (size + 2 > start.length) {
            start = Arrays.copyOf(start, start.length + (start.length >> 1) + 2);
        }
        data[at] = tag;
        int p = at + 1;
        switch (tag) {
            case HEX -> {
                for (int i = 2; i < n; i += 2) {
                    data[p++] = (byte) (nibble(s.charAt(i)) << 4 | nibble(s.charAt(i + 1)));
                }
            }
            case BARE_HEX -> {
                for (int i = 0; i < n; i += 2) {
                    data[p++] = (byte) (nibble(s.charAt(i)) << 4 | nibble(s.charAt(i + 1)));
                }
            }
            case LATIN1 -> {
                for (int i = 0; i < n; i++) {
                    data[p++] = (byte) s.charAt(i);
                }
            }
            default -> {
                System.arraycopy(utf8, 0, data, p, utf8.length);
                p += utf8.length;
            }
        }
        start[++size] = p;
        return size - 1;
    }

    /** Entry {@code id} as a String. */
    String get(int id) {
        int a = start[id];
        int b = start[id + 1];
        byte tag = data[a];
        if (tag == LATIN1) {
            return new String(data, a + 1, b - a - 1, StandardCharsets.ISO_8859_1);
        }
        if (tag == UTF8) {
            return new String(data, a + 1, b - a - 1, StandardCharsets.UTF_8);
        }
        int k = tag == HEX ? 2 : 0;
        char[] c = new char[k + 2 * (b - a - 1)];
        if (tag == HEX) {
            c[0] = '0';
            c[1] = 'x';
        }
        for (int i = a + 1; i < b; i++) {
            c[k++] = DIGITS[(data[i] >> 4) & 0xf];
            c[k++] = DIGITS[data[i] & 0xf];
        }
        return new String(c);
    }

    /** Whether entry {@code id} is {@code s}, without making a String. */
    boolean equalsAt(int id, String s) {
        int a = start[id];
        int b = start[id + 1];
        byte tag = data[a];
        int n = s.length();
        if (tag == LATIN1) {
            if (b - a - 1 != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if ((data[a + 1 + i] & 0xff) != s.charAt(i)) {
                    return false;
                }
            }
            return true;
        }
        if (tag == HEX || tag == BARE_HEX) {
            int k0 = tag == HEX ? 2 : 0;
            if (n != k0 + 2 * (b - a - 1) || tag == HEX && (s.charAt(0) != '0' || s.charAt(1) != 'x')) {
                return false;
            }
            for (int i = a + 1, k = k0; i < b; i++, k += 2) {
                if (s.charAt(k) != DIGITS[(data[i] >> 4) & 0xf] || s.charAt(k + 1) != DIGITS[data[i] & 0xf]) {
                    return false;
                }
            }
            return true;
        }
        return get(id).equals(s);
    }

    /** A copy sized to its content (the growing arrays keep up to half again as much). */
    StringColumn trimmed() {
        return new StringColumn(Arrays.copyOf(data, start[size]), Arrays.copyOf(start, size + 1), size);
    }

    /** Bytes held by the two arrays (their headers included), for the memory figures. */
    long bytes() {
        return 16L + data.length + 16L + 4L * start.length;
    }

    private static boolean packable(String s) {
        int n = s.length();
        if (n < 4 || (n & 1) != 0 || s.charAt(0) != '0' || s.charAt(1) != 'x') {
            return false;
        }
        for (int i = 2; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean bareHex(String s) {
        int n = s.length();
        if (n < 16 || (n & 1) != 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean latin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xff) {
                return false;
            }
        }
        return true;
    }

    private static int nibble(char c) {
        return c <= '9' ? c - '0' : c - 'a' + 10;
    }
}
