package org.sanctionsmonitor.normalize;

import java.util.Locale;

/**
 * Bech32 (BIP 173) and bech32m (BIP 350) checksum validation: human-readable part, the separator
 * '1', data characters and a six-character checksum verified with the BCH polymod. Pure
 * functions; written from the BIPs' description.
 */
public final class Bech32 {

    static final String CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    static final int BECH32_CONST = 1;
    static final int BECH32M_CONST = 0x2bc830a3;
    private static final int[] GEN = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

    /** Which checksum a valid text carries. */
    public enum Variant { BECH32, BECH32M }

    private Bech32() {
    }

    static int polymod(int[] values) {
        int chk = 1;
        for (int v : values) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ v;
            for (int i = 0; i < 5; i++) {
                if (((top >>> i) & 1) != 0) {
                    chk ^= GEN[i];
                }
            }
        }
        return chk;
    }

    private static int[] expandHrp(String hrp) {
        int n = hrp.length();
        int[] r = new int[n * 2 + 1];
        for (int i = 0; i < n; i++) {
            r[i] = hrp.charAt(i) >> 5;
            r[n + 1 + i] = hrp.charAt(i) & 31;
        }
        return r;
    }

    /** The checksum variant of a valid text; null when the text is not valid bech32/bech32m (see {@link #problem}). */
    public static Variant variant(String text) {
        return decode(text) instanceof Decoded d ? d.variant : null;
    }

    /** A decoded text: human-readable part, 5-bit data values without the checksum, and the variant. */
    public record Decoded(String hrp, int[] data, Variant variant) {
    }

    /** Decodes, or returns the problem as a String. */
    static Object decode(String text) {
        boolean lower = false;
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 33 || c > 126) {
                return "contains a character outside printable ASCII";
            }
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
        }
        if (lower && upper) {
            return "mixes upper and lower case, which bech32 forbids";
        }
        String s = text.toLowerCase(Locale.ROOT);
        int sep = s.lastIndexOf('1');
        if (sep < 1 || sep + 7 > s.length()) {
            return "lacks a human-readable part, the separator '1' or the six checksum characters";
        }
        String hrp = s.substring(0, sep);
        int[] values = new int[s.length() - sep - 1];
        for (int i = 0; i < values.length; i++) {
            int d = CHARSET.indexOf(s.charAt(sep + 1 + i));
            if (d < 0) {
                return "contains '" + s.charAt(sep + 1 + i) + "', which is not a bech32 character";
            }
            values[i] = d;
        }
        int[] hrpx = expandHrp(hrp);
        int[] all = new int[hrpx.length + values.length];
        System.arraycopy(hrpx, 0, all, 0, hrpx.length);
        System.arraycopy(values, 0, all, hrpx.length, values.length);
        int pm = polymod(all);
        Variant v = pm == BECH32_CONST ? Variant.BECH32 : pm == BECH32M_CONST ? Variant.BECH32M : null;
        if (v == null) {
            return "fails its bech32/bech32m checksum";
        }
        int[] data = new int[values.length - 6];
        System.arraycopy(values, 0, data, 0, data.length);
        return new Decoded(hrp, data, v);
    }

    /**
     * What is wrong with a bech32/bech32m text, or null when it is valid. For segregated-witness
     * addresses ({@code segwit} true) the variant must fit the witness version (v0: bech32, v1+:
     * bech32m, BIP 350) and the text must not exceed 90 characters.
     */
    public static String problem(String text, boolean segwit) {
        Object r = decode(text);
        if (r instanceof String p) {
            return p;
        }
        Decoded d = (Decoded) r;
        if (segwit) {
            if (text.length() > 90) {
                return "is longer than the 90 characters a segwit address may have";
            }
            if (d.data().length == 0 || d.data()[0] > 16) {
                return "has no valid witness version";
            }
            int version = d.data()[0];
            if (version == 0 && d.variant() != Variant.BECH32) {
                return "is a witness v0 address with a bech32m checksum (v0 uses bech32)";
            }
            if (version > 0 && d.variant() != Variant.BECH32M) {
                return "is a witness v" + version + " address with a bech32 checksum (v1 and later use bech32m)";
            }
        }
        return null;
    }

    /** Encodes hrp and 5-bit data with a checksum of the given variant (for tests and sample generation). */
    public static String encode(String hrp, int[] data, Variant variant) {
        int[] hrpx = expandHrp(hrp);
        int[] values = new int[hrpx.length + data.length + 6];
        System.arraycopy(hrpx, 0, values, 0, hrpx.length);
        System.arraycopy(data, 0, values, hrpx.length, data.length);
        int pm = polymod(values) ^ (variant == Variant.BECH32 ? BECH32_CONST : BECH32M_CONST);
        StringBuilder sb = new StringBuilder(hrp).append('1');
        for (int d : data) {
            sb.append(CHARSET.charAt(d));
        }
        for (int i = 0; i < 6; i++) {
            sb.append(CHARSET.charAt((pm >>> 5 * (5 - i)) & 31));
        }
        return sb.toString();
    }
}
