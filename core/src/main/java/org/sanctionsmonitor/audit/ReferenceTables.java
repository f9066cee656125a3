package org.sanctionsmonitor.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.reference.ReferenceTable;

/**
 * The reviewer's convention for reference tables (the {@code .csv} files of the rule folder
 * outside {@code tests/}), on top of the one dialect {@link ReferenceTable} reads: every table
 * says why its rows hold, in a {@code legal_basis} column (a row that encodes a legal
 * restriction cites it; the reader requires it in every row) or a {@code rationale} column (a
 * tuning choice: a threshold, a factor, an area no law fixes). {@code rules verify} reports a
 * table with neither as a problem. A table of data rather than decisions (daily prices, the
 * Unihan readings, the publishers' addresses) may instead name where its rows come from, per row
 * in a {@code source} column or for the whole table in a leading {@code # source:} comment.
 */
public final class ReferenceTables {

    /** The column that cites the law or guidance behind each row. */
    public static final String LEGAL_BASIS = ReferenceTable.LEGAL_BASIS;
    /** The column that names where a data row comes from (a table of data, such as daily prices). */
    public static final String SOURCE = "source";
    /** The column that explains a tuning choice. */
    public static final String RATIONALE = ReferenceTable.RATIONALE;

    /** The outcome of checking one table: its data rows, and the problems and notes found. */
    public record Check(int rows, List<String> problems, List<String> notes) {
    }

    private ReferenceTables() {
    }

    /** Checks one table; {@code shown} is how messages name the file (e.g. rules/reference/caps.csv). */
    public static Check check(Path file, String shown) {
        List<String> problems = new ArrayList<>();
        ReferenceTable t;
        try {
            t = ReferenceTable.read(file, shown, false);
        } catch (RuleException e) {
            return new Check(0, e.problems(), List.of());
        }
        if (!t.columns().contains(LEGAL_BASIS) && !t.columns().contains(RATIONALE) && !t.columns().contains(SOURCE)
                && !statesItsSource(file)) {
            problems.add(shown + ":1:1 neither a " + LEGAL_BASIS + " nor a " + RATIONALE + " column (found: "
                    + String.join(", ", t.columns()) + "): a table that encodes a legal restriction must cite it, and a"
                    + " tuning choice must say why");
        }
        return new Check(t.rows().size(), problems, List.of());
    }

    /** Whether the table's leading comment lines include a {@code # source:} line (data with its provenance). */
    static boolean statesItsSource(Path file) {
        try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null && line.startsWith("#"); line = r.readLine()) {
                if (line.regionMatches(true, 0, "# source:", 0, 9)) {
                    return true;
                }
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
        return false;
    }
}
