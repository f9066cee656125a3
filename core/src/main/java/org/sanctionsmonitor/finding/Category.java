package org.sanctionsmonitor.finding;

import java.util.Optional;

/** Finding categories (the contract's list). */
public enum Category {
    SANCTIONED_ADDRESS, SANCTIONED_PARTY, SANCTIONED_VESSEL, EMBARGOED_TRADE, QUANTITY_CAP, SHIP_TO_SHIP,
    MIXER, INDIRECT_EXPOSURE, LAUNDERING_PATTERN, DATA_QUALITY;

    public static Optional<Category> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(valueOf(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
