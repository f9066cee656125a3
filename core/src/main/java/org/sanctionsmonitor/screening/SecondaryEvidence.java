package org.sanctionsmonitor.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Dates;

/**
 * What a record's date of birth and nationality say about a name match: they agree with the
 * entry, conflict with it (the score is discounted by the factors in name-matching.csv), or
 * cannot be compared (absent on either side). Dates of birth within {@code dob.tolerance_days}
 * agree: lists disagree by a day.
 */
record SecondaryEvidence(double factor, boolean conflict, String text) {

    static SecondaryEvidence of(ListedEntity e, String role, LocalDate dob, String nationality, NameMatchingConfig c) {
        double factor = 1.0;
        boolean conflict = false;
        List<String> parts = new ArrayList<>();
        if (dob != null && !e.dobs().isEmpty()) {
            List<Dates.Range> ranges = e.dobs().stream().map(Dates::dobRange).flatMap(Optional::stream).toList();
            if (!ranges.isEmpty()) {
                String listed = String.join(", ", e.dobs());
                if (ranges.stream().anyMatch(r -> r.allows(dob, c.dobToleranceDays()))) {
                    parts.add(role + "_dob " + dob + " agrees with the listed date of birth " + listed);
                } else {
                    factor *= c.dobDiscount();
                    conflict = true;
                    parts.add(role + "_dob " + dob + " conflicts with the listed date of birth " + listed);
                }
            }
        }
        if (nationality != null && !e.nationalities().isEmpty()) {
            String listed = String.join(", ", e.nationalities());
            if (e.nationalities().contains(nationality)) {
                parts.add(role + "_nationality " + nationality + " agrees with the listed nationality");
            } else {
                factor *= c.nationalityDiscount();
                conflict = true;
                parts.add(role + "_nationality " + nationality + " conflicts with the listed nationality " + listed);
            }
        }
        return new SecondaryEvidence(factor, conflict, String.join("; ", parts));
    }
}
