package org.sanctionsmonitor.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Harmonized System codes. A code is compared by its digits only ({@code 2710.19}, {@code 2710 19}
 * and {@code 271019} are one code); the first two digits are the chapter, four the heading, six
 * the subheading, and national lines add more. A reference row written {@code 27} covers every code
 * of chapter 27, {@code 2710} every code of heading 27.10.
 */
public final class HsCodes {

    private HsCodes() {
    }

    /** The digits of a code, or null when it is not 2 to 12 digits after removing dots and spaces. */
    public static String digits(String code) {
        if (code == null) {
            return null;
        }
        String d = code.replace(".", "").replace(" ", "").strip();
        if (d.length() < 2 || d.length() > 12) {
            return null;
        }
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c < '0' || c > '9') {
                return null; // ASCII digits only, as the regex \d{2,12} had it
            }
        }
        return d;
    }

    /** Every prefix of the code from the chapter (2 digits) to the whole code; empty when invalid. */
    public static List<String> prefixes(String code) {
        String d = digits(code);
        List<String> out = new ArrayList<>();
        if (d != null) {
            for (int n = 2; n <= d.length(); n++) {
                out.add(d.substring(0, n));
            }
        }
        return out;
    }

    /** True when {@code code} falls under {@code prefix} (both compared by digits). */
    public static boolean covers(String prefix, String code) {
        String p = digits(prefix);
        String c = digits(code);
        return p != null && c != null && c.startsWith(p);
    }
}
