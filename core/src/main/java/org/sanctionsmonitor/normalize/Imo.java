package org.sanctionsmonitor.normalize;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IMO ship identification numbers: seven digits whose last is a check digit (the first six
 * weighted 7, 6, 5, 4, 3, 2, summed, modulo 10). "IMO 8604917", "IMO8604917" and "8604917" are
 * the same number.
 */
public final class Imo {

    private static final Pattern FORM = Pattern.compile("(?i)^\\s*(?:IMO[\\s:#.-]*)?(\\d{7})\\s*$");

    private Imo() {
    }

    /** The seven digits if the text has the form of an IMO number (check digit not yet tested). */
    public static Optional<String> digits(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** True when the text is an IMO number with a correct check digit. */
    public static boolean isValid(String text) {
        return digits(text).filter(Imo::checkDigitOk).isPresent();
    }

    /** The seven digits of a valid IMO number, or empty when the form or check digit is wrong. */
    public static Optional<String> normalize(String text) {
        return digits(text).filter(Imo::checkDigitOk);
    }

    /** Why the text is not a valid IMO number, or null when it is one. */
    public static String problem(String text) {
        Optional<String> d = digits(text);
        if (d.isEmpty()) {
            return "is not an IMO number (seven digits, optionally after 'IMO')";
        }
        if (!checkDigitOk(d.get())) {
            return "fails the IMO check digit (expected " + expectedCheckDigit(d.get()) + ", found "
                    + d.get().charAt(6) + ")";
        }
        return null;
    }

    static int expectedCheckDigit(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (sevenDigits.charAt(i) - '0') * (7 - i);
        }
        return sum % 10;
    }

    private static boolean checkDigitOk(String sevenDigits) {
        return expectedCheckDigit(sevenDigits) == sevenDigits.charAt(6) - '0';
    }
}
