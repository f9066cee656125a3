package org.sanctionsmonitor.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * A fast path for the one timestamp form feeds nearly always use,
 * {@code yyyy-MM-ddTHH:mm[:ss[.fffffffff]][Z|+hh:mm|-hh:mm]}, and for the plain date
 * {@code yyyy-MM-dd}, parsed without the general
 * {@link java.time.format.DateTimeFormatter} machinery (which cost about a third of the
 * transfers' mapping time). It accepts only text that {@link Values#instant} would accept anyway,
 * with the same result; for anything else, valid or not, it returns null and the caller uses the
 * formatters, so what is accepted, what is rejected and every message stay exactly as they were.
 */
final class IsoTimestamps {

    private IsoTimestamps() {
    }

    /**
     * The instant {@code text} denotes when it is in the common form with every field in range
     * (no offset means UTC); otherwise null, which means "ask the formatters", not "invalid".
     */
    static Instant parseCommon(String text) {
        int n = text.length();
        if (n < 16 || text.charAt(10) != 'T' || text.charAt(13) != ':') {
            return null;
        }
        LocalDate date = datePart(text);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nano = 0;
        if (i < n && text.charAt(i) == ':') {
            second = digits(text, i + 1, 2);
            if (second < 0 || second > 59) {
                return null;
            }
            i += 3;
            if (i < n && text.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && isDigit(text.charAt(i))) {
                    nano = nano * 10 + (text.charAt(i) - '0');
                    i++;
                }
                int width = i - start;
                if (width == 0) {
                    return null;
                }
                for (int k = width; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        int offsetSeconds = 0;
        if (i < n) {
            char c = text.charAt(i);
            if (c == 'Z' && i + 1 == n) {
                offsetSeconds = 0;
            } else if ((c == '+' || c == '-') && i + 6 == n && text.charAt(i + 3) == ':') {
                int oh = digits(text, i + 1, 2);
                int om = digits(text, i + 4, 2);
                if (oh < 0 || oh > 17 || om < 0 || om > 59) {
                    return null;
                }
                offsetSeconds = (c == '-' ? -1 : 1) * (oh * 3600 + om * 60);
            } else {
                return null;
            }
        }
        long epochDay = date.toEpochDay();
        long seconds = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(seconds, nano);
    }

    /**
     * The date {@code text} denotes when it is exactly {@code yyyy-MM-dd} (ten ASCII characters)
     * and a real date; otherwise null, which means "ask the formatter" (ISO_LOCAL_DATE), not "invalid".
     */
    static LocalDate parseCommonDate(String text) {
        return text.length() == 10 ? datePart(text) : null;
    }

    /** The date in the first ten characters, {@code yyyy-MM-dd} with every field in range, or null. */
    private static LocalDate datePart(String text) {
        if (text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The value of {@code count} ASCII digits at {@code from}, or -1 when they are not all there. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
