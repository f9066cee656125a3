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
 * table with neither as a problem.
 */
public final class ReferenceTables {

    /** The column that cites the law or guidance behind each row. */
    public static final String LEGAL_BASIS = ReferenceTable.LEGAL_BASIS;
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
        if (!t.columns().contains(LEGAL_BASIS) && !t.columns().contains(RATIONALE)) {
            problems.add(shown + ":1:1 neither a " + LEGAL_BASIS + " nor a " + RATIONALE + " column (found: "
                    + String.join(", ", t.columns()) + "): a table that encodes a legal restriction must cite it, and a"
                    + " tuning choice must say why");
        }
        return new Check(t.rows().size(), problems, List.of());
    }
}
