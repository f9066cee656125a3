package org.sanctionsmonitor.normalize;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name normalisation for exact comparison: Unicode NFKC, case-folded with {@link Locale#ROOT},
 * apostrophes dropped (CH'OE = CHOE), every other punctuation mark and run of white space folded
 * to one space. The result does not depend on the JVM's default locale (Turkish dotted i).
 */
public final class Names {

    private Names() {
    }

    /** The comparison key of a name; empty for a name with no letters or digits, null for null. */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
        // Fold case with ROOT, through upper then lower so that e.g. "ß" and "SS" meet and the
        // Turkish dotless/dotted i are not produced by a default locale.
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isApostrophe(cp)) {
                continue;
            }
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '`' || cp == '\u02BC' || cp == '\u00B4';
    }
}
