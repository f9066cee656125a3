package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.reference.ReferenceTable;

/**
 * How the reviewed tables ({@code reference/*.csv}) of two rule folders differ, row by row and
 * field by field: a row is added, removed or changed (with each field's old and new value). Rows
 * are matched by their key (the first column; where that repeats, as in the word lists of
 * name-matching.csv, by the first two columns). Comments and the order of rows are not changes.
 */
public final class ReferenceChanges {

    /** One field of a row whose value differs; null stands for absent (a column added or dropped). */
    public record Field(String name, String before, String after) {
    }

    /** One row added, removed or changed; {@code line} is where it is in the current (or, if removed, baseline) table. */
    public record Row(String table, String key, String change, String source, List<Field> fields) {
    }

    private ReferenceChanges() {
    }

    /** Every row that differs between the tables of {@code baseline} and {@code current}, by table and key. */
    public static List<Row> compare(Path baseline, Path current) {
        TreeSet<String> files = new TreeSet<>();
        files.addAll(tableFiles(baseline));
        files.addAll(tableFiles(current));
        List<Row> out = new ArrayList<>();
        for (String f : files) {
            Map<String, ReferenceRow> before = rows(baseline, f);
            Map<String, ReferenceRow> after = rows(current, f);
            String table = f.substring(0, f.length() - 4);
            for (Map.Entry<String, ReferenceRow> e : after.entrySet()) {
                ReferenceRow b = before.get(e.getKey());
                ReferenceRow a = e.getValue();
                if (b == null) {
                    List<Field> fields = new ArrayList<>();
                    a.values().forEach((k, v) -> fields.add(new Field(k, null, v)));
                    out.add(new Row(table, e.getKey(), "added", a.source().toString(), fields));
                } else {
                    List<Field> fields = new ArrayList<>();
                    List<String> order = new ArrayList<>(a.values().keySet());
                    b.values().keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
                    for (String k : order) {
                        String x = b.values().get(k);
                        String y = a.values().get(k);
                        if (!Objects.equals(x, y)) {
                            fields.add(new Field(k, x, y));
                        }
                    }
                    if (!fields.isEmpty()) {
                        out.add(new Row(table, e.getKey(), "changed", a.source().toString(), fields));
                    }
                }
            }
            for (Map.Entry<String, ReferenceRow> e : before.entrySet()) {
                if (!after.containsKey(e.getKey())) {
                    List<Field> fields = new ArrayList<>();
                    e.getValue().values().forEach((k, v) -> fields.add(new Field(k, v, null)));
                    out.add(new Row(table, e.getKey(), "removed", e.getValue().source().toString(), fields));
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> tableFiles(Path folder) {
        Path dir = folder.resolve("reference");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows by key, in file order; an absent table has none. */
    private static Map<String, ReferenceRow> rows(Path folder, String file) {
        Path p = folder.resolve("reference").resolve(file);
        if (!Files.isRegularFile(p)) {
            return Map.of();
        }
        ReferenceTable t;
        try {
            t = ReferenceTable.read(p, "rules/reference/" + file, false);
        } catch (RuleException e) {
            return Map.of();
        }
        Map<String, Integer> seen = new HashMap<>();
        t.rows().forEach(r -> seen.merge(r.key(), 1, Integer::sum));
        boolean twoColumns = seen.values().stream().anyMatch(n -> n > 1) && t.columns().size() > 1;
        Map<String, ReferenceRow> m = new LinkedHashMap<>();
        for (ReferenceRow r : t.rows()) {
            String key = twoColumns ? r.key() + "/" + r.values().get(t.columns().get(1)) : r.key();
            String k = key;
            for (int n = 2; m.containsKey(k); n++) {
                k = key + "#" + n;
            }
            m.put(k, r);
        }
        return m;
    }
}
