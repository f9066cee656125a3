package org.sanctionsmonitor.ingest;

import java.util.Map;

import org.sanctionsmonitor.model.Provenance;

/** One data row of a feed, with its cells looked up by column. Blank cells read as null. */
public final class Row<C extends Enum<C> & Column> {

    private final String[] cells;
    private final Map<String, String> attributes;
    private final Provenance source;

    Row(String[] cells, Map<String, String> attributes, Provenance source) {
        this.cells = cells;
        this.attributes = attributes;
        this.source = source;
    }

    /** The cell's text with surrounding white space removed, or null when blank or the column is absent. */
    public String get(C column) {
        String v = cells[column.ordinal()];
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The cell's text; a RowException when it is blank. */
    public String require(C column) {
        String v = get(column);
        if (v == null) {
            throw new RowException("missing required value in column '" + column.header() + "'");
        }
        return v;
    }

    /** Columns the contract does not name, kept by their header as written. */
    public Map<String, String> attributes() {
        return attributes;
    }

    public Provenance source() {
        return source;
    }
}
