package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.graph.GraphParameters;
import org.sanctionsmonitor.reference.ReferenceTable;

/**
 * A baseline is an older rule folder by design: it may lack rows that this version of the tool
 * requires (a search horizon added after the baseline was signed off). Such a row is taken from the
 * current folder into a scratch copy of the baseline, so that the baseline run works, and the row
 * is recorded: the impact lists it as added, with the value the baseline run used and why.
 * Only rows the code requires are supplied (registered in {@link #REQUIRED}); any other difference
 * between the folders is the change under review and is left as it is.
 */
public final class BaselineCompletion {

    /** A row the baseline lacked, supplied from the current folder for the baseline run. */
    public record Supplied(String table, String key, String value, String reason) {
    }

    /** Table file (under reference/) → the rows the code requires in it. */
    private static final Map<String, List<String>> REQUIRED = Map.of("graph-parameters.csv", GraphParameters.required());

    private BaselineCompletion() {
    }

    /** The rows {@code baseline} lacks that the code requires and {@code current} has, in table and file order. */
    public static List<Supplied> missing(Path baseline, Path current) {
        List<Supplied> out = new ArrayList<>();
        for (String file : REQUIRED.keySet().stream().sorted().toList()) {
            Path b = baseline.resolve("reference").resolve(file);
            Path c = current.resolve("reference").resolve(file);
            if (!Files.isRegularFile(b) || !Files.isRegularFile(c)) {
                continue; // a missing table is the baseline's own problem, reported by its run
            }
            Set<String> have = keys(b, file);
            List<String> required = REQUIRED.get(file);
            for (ReferenceRow row : table(c, file).rows()) {
                if (required.contains(row.key()) && !have.contains(row.key())) {
                    out.add(new Supplied(file.substring(0, file.length() - 4), row.key(), row.get("value"), reason(file, row.key())));
                }
            }
        }
        return List.copyOf(out);
    }

    private static String reason(String file, String key) {
        String why = "the baseline folder has no such row and this version of the tool requires it, so the baseline run used the"
                + " current folder's value";
        if (GraphParameters.HORIZONS.contains(key)) {
            return why + "; it is a search horizon or floor (how far the analysis looks), not a rule's threshold, so the"
                    + " baseline's rules still decide with their own thresholds";
        }
        return why;
    }

    /**
     * A copy of {@code baseline} in {@code scratch} with the supplied rows appended to their tables
     * (each row's fields from the current table, in the baseline table's columns).
     */
    public static Path completedCopy(Path baseline, Path current, List<Supplied> supplied, Path scratch) throws IOException {
        Path copy = scratch.resolve("rules");
        try (Stream<Path> walk = Files.walk(baseline)) {
            for (Path p : walk.toList()) {
                Path target = copy.resolve(baseline.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        for (String file : supplied.stream().map(s -> s.table() + ".csv").distinct().toList()) {
            Path target = copy.resolve("reference").resolve(file);
            ReferenceTable base = table(target, file);
            ReferenceTable cur = table(current.resolve("reference").resolve(file), file);
            StringWriter w = new StringWriter();
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                for (Supplied s : supplied) {
                    if (!(s.table() + ".csv").equals(file)) {
                        continue;
                    }
                    ReferenceRow row = cur.rows().stream().filter(r -> r.key().equals(s.key())).findFirst().orElseThrow();
                    List<String> values = new ArrayList<>();
                    for (String col : base.columns()) {
                        values.add(row.values().get(col));
                    }
                    p.printRecord(values);
                }
            }
            String text = Files.readString(target, StandardCharsets.UTF_8);
            if (!text.isEmpty() && !text.endsWith("\n")) {
                text += "\n";
            }
            Files.writeString(target, text + w, StandardCharsets.UTF_8);
        }
        return copy;
    }

    private static ReferenceTable table(Path p, String file) {
        return ReferenceTable.read(p, "rules/reference/" + file, false);
    }

    private static Set<String> keys(Path p, String file) {
        try {
            return Set.copyOf(table(p, file).rows().stream().map(ReferenceRow::key).toList());
        } catch (RuleException e) {
            return Set.of();
        }
    }
}
