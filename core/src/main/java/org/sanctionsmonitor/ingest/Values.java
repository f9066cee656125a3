package org.sanctionsmonitor.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Parsing of cell values; every failure is a {@link RowException} that names the column and value. */
public final class Values {

    /** A plain non-negative decimal: what {@link #amount} accepts. */
    static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Values() {
    }

    /** ISO-8601 date-time; with no offset it is UTC; a bare date is midnight UTC. */
    public static Instant instant(String column, String text) {
        if (text == null) {
            return null;
        }
        Instant common = IsoTimestamps.parseCommon(text);
        if (common != null) {
            return common;
        }
        Instant parsed = viaFormatters(text);
        if (parsed == null) {
            throw new RowException("column '" + column + "': '" + text + "' is not an ISO-8601 timestamp (e.g. 2024-03-01T09:30:00Z)");
        }
        return parsed;
    }

    /**
     * The timestamp forms the JDK's ISO formatters accept (with an offset, without one as UTC, a
     * bare date as midnight UTC), or null: the definition the fast path must agree with.
     */
    static Instant viaFormatters(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            // fall through to the offset-less forms
        }
        try {
            return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** ISO-8601 calendar date (yyyy-MM-dd). */
    public static LocalDate date(String column, String text) {
        if (text == null) {
            return null;
        }
        LocalDate common = IsoTimestamps.parseCommonDate(text);
        if (common != null) {
            return common;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException e) {
            throw new RowException("column '" + column + "': '" + text + "' is not an ISO-8601 date (yyyy-MM-dd)");
        }
    }

    /** A plain decimal number (no thousands separators, no exponent); negative values are refused. */
    public static BigDecimal amount(String column, String text) {
        if (text == null) {
            return null;
        }
        if (!isPlainDecimal(text)) {
            throw new RowException("column '" + column + "': '" + text + "' is not a non-negative decimal number");
        }
        return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
    }

    /**
     * Whether {@code text} is an optional '+' and then ASCII digits with at most one '.' and at
     * least one digit: the language of {@link #DECIMAL}, checked without a regex matcher (this runs
     * for two cells of every transfer).
     */
    static boolean isPlainDecimal(String text) {
        int i = text.startsWith("+") ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }

    /** A multi-valued cell: values separated by ';', blanks dropped. */
    public static List<String> multi(String text) {
        if (text == null) {
            return List.of();
        }
        // a loop, not a stream: read per row, and a stream pipeline's classes are shared with
        // every stream of the JVM, whose mixed type profiles made the JIT compile this again
        String[] parts = text.split(";");
        String[] kept = new String[parts.length];
        int n = 0;
        for (String p : parts) {
            String v = p.strip();
            if (!v.isEmpty()) {
                kept[n++] = v;
            }
        }
        return n == 0 ? List.of() : List.of(Arrays.copyOf(kept, n));
    }
}
