package org.sanctionsmonitor.finding;

import java.util.Map;

import org.sanctionsmonitor.model.Provenance;

/**
 * One row of a reviewed reference table under {@code rules/reference/}: the table's name, the
 * row's key (its first column), where it was read, and its values by column name in file order.
 */
public record ReferenceRow(String table, String key, Provenance source, Map<String, String> values) {

    public ReferenceRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** The value of a column, or null when the cell is blank. */
    public String get(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? null : v;
    }
}
