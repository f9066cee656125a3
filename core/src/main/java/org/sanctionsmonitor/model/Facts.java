package org.sanctionsmonitor.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Helpers that render a record's values for evidence, leaving out absent ones. */
public final class Facts {

    private Facts() {
    }

    public static void put(Map<String, String> m, String key, Object value) {
        if (value == null) {
            return;
        }
        String s;
        if (value instanceof BigDecimal d) {
            s = d.toPlainString();
        } else if (value instanceof Collection<?> c) {
            if (c.isEmpty()) {
                return;
            }
            s = String.join(";", c.stream().map(String::valueOf).toList());
        } else {
            s = value.toString();
        }
        if (!s.isEmpty()) {
            m.put(key, s);
        }
    }

    /**
     * An unmodifiable copy that keeps the given order. Use it instead of {@code Map.copyOf}, whose
     * iteration order changes from one JVM run to the next and would make reports differ.
     */
    public static <K, V> Map<K, V> frozen(Map<K, V> m) {
        if (m.isEmpty()) {
            return java.util.Collections.emptyMap(); // most records have no extra columns: nothing to copy
        }
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    /** Unknown feed columns, in name order so the evidence is stable. */
    public static void putAll(Map<String, String> m, Map<String, String> attributes) {
        new TreeMap<>(attributes).forEach((k, v) -> put(m, k, v));
    }
}
