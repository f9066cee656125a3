package org.sanctionsmonitor.ownership;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.reference.ReferenceTable;

/** Reads {@code rules/reference/ownership-regimes.csv}: one {@link OwnershipTest} per regime. */
public final class OwnershipTests {

    public static final String FILE = "ownership-regimes.csv";

    private static final Set<String> YES_NO = Set.of("yes", "no");

    private OwnershipTests() {
    }

    public static List<OwnershipTest> load(Path rulesFolder) {
        ReferenceTable t = ReferenceTable.load(rulesFolder, FILE, List.of("regime", "min_share", "above_only", "aggregate",
                "control_blocks", "review_share", "legal_basis", "source", "checked"));
        List<OwnershipTest> out = new ArrayList<>();
        for (ReferenceRow r : t.rows()) {
            BigDecimal min = percent(t, r, "min_share");
            BigDecimal review = percent(t, r, "review_share");
            if (review.compareTo(min) > 0) {
                throw t.problem(r, "review_share", review.toPlainString() + " is above min_share " + min.toPlainString());
            }
            out.add(new OwnershipTest(r.key(), min, yes(t, r, "above_only"), yes(t, r, "aggregate"), yes(t, r, "control_blocks"),
                    review, r.get("legal_basis"), r));
        }
        return out;
    }

    private static BigDecimal percent(ReferenceTable t, ReferenceRow r, String column) {
        BigDecimal v = t.decimal(r, column);
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw t.problem(r, column, v.toPlainString() + " is not a percentage from 0 to 100");
        }
        return v;
    }

    private static boolean yes(ReferenceTable t, ReferenceRow r, String column) {
        return "yes".equals(t.oneOf(r, column, YES_NO));
    }
}
