package org.sanctionsmonitor.finding;

import java.util.Locale;
import java.util.Optional;

/** Finding severities, most severe first (the contract's order). */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when this severity is at or above {@code other} (CRITICAL is above HIGH). */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
