package org.sanctionsmonitor.normalize;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth as lists write them, as the range of days they allow: {@code 1969-11-08} and
 * {@code 08 Nov 1969} one day, {@code Nov 1969} and {@code 1969-11} a month, {@code 1969} and
 * {@code circa 1969} a year, {@code 1963 to 1965} several years.
 */
public final class Dates {

    /** The first and last day a written date of birth allows. */
    public record Range(LocalDate from, LocalDate to) {

        /** True when {@code d} lies in the range widened by {@code toleranceDays} on each side. */
        public boolean allows(LocalDate d, int toleranceDays) {
            return !d.isBefore(from.minusDays(toleranceDays)) && !d.isAfter(to.plusDays(toleranceDays));
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ROOT);
    private static final Pattern YEAR = Pattern.compile("(?:circa |c\\. ?|approximately )?(\\d{4})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4}) ?(?:to|-) ?(\\d{4})");

    private Dates() {
    }

    public static Optional<Range> dobRange(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            LocalDate d = LocalDate.parse(t);
            return Optional.of(new Range(d, d));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            LocalDate d = LocalDate.parse(t, DAY);
            return Optional.of(new Range(d, d));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            YearMonth m = YearMonth.parse(t, MONTH);
            return Optional.of(new Range(m.atDay(1), m.atEndOfMonth()));
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            YearMonth m = YearMonth.parse(t);
            return Optional.of(new Range(m.atDay(1), m.atEndOfMonth()));
        } catch (DateTimeParseException e) {
            // next form
        }
        Matcher y = YEAR.matcher(t.toLowerCase(Locale.ROOT));
        if (y.matches()) {
            int year = Integer.parseInt(y.group(1));
            return Optional.of(new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        Matcher ys = YEARS.matcher(t.toLowerCase(Locale.ROOT));
        if (ys.matches()) {
            return Optional.of(new Range(LocalDate.of(Integer.parseInt(ys.group(1)), 1, 1),
                    LocalDate.of(Integer.parseInt(ys.group(2)), 12, 31)));
        }
        return Optional.empty();
    }
}
