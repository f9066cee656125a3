package org.sanctionsmonitor.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.reference.ReferenceTable;

/**
 * The reviewed settings for the lists themselves, from {@code rules/reference/list-settings.csv}
 * ({@code key,value,unit,meaning,rationale}): {@code max_list_age_days}, how many days before
 * --as-of a list may have been published before the run calls it stale. A broken table stops the
 * run like a broken rule (exit 3); a rule folder without the table checks no list ages, and the
 * run says so.
 *
 * @param maxAgeDays the largest age in days a list may have, or -1 when the table is absent
 */
public record ListSettings(int maxAgeDays, String source) {

    public static final String FILE = "list-settings.csv";
    public static final String MAX_AGE = "max_list_age_days";

    public static ListSettings load(Path rulesFolder) {
        if (!Files.isRegularFile(rulesFolder.resolve("reference").resolve(FILE))) {
            return new ListSettings(-1, null);
        }
        ReferenceTable t = ReferenceTable.load(rulesFolder, FILE, List.of("key", "value", "unit", "rationale"));
        for (ReferenceRow r : t.rows()) {
            if (r.key().equals(MAX_AGE)) {
                int days;
                try {
                    days = Integer.parseInt(r.get("value"));
                } catch (NumberFormatException e) {
                    throw t.problem(r, "value", "'" + r.get("value") + "' is not a whole number of days");
                }
                if (days < 0) {
                    throw t.problem(r, "value", days + " is negative");
                }
                if (!"days".equals(r.get("unit"))) {
                    throw t.problem(r, "unit", "'" + r.get("unit") + "' is not days");
                }
                return new ListSettings(days, r.source().toString());
            }
        }
        throw new org.sanctionsmonitor.finding.RuleException(List.of("rules/reference/" + FILE + ":1:1 has no row '" + MAX_AGE + "'"));
    }

    /** Whether list ages are checked at all. */
    public boolean checksAge() {
        return maxAgeDays >= 0;
    }
}
