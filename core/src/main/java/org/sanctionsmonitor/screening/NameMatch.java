package org.sanctionsmonitor.screening;

import java.util.Locale;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * A party name on a record that matches, or may match, a listed name. Java measures it
 * ({@link NameScreener}: the score, the distinctive words found, what the date of birth and
 * nationality say) and makes the fact only from {@code floor.score} in
 * {@code rules/reference/name-matching.csv}; the rules SAN-003, SAN-004, SAN-021 and SAN-022 decide
 * what it is worth by comparing it with the parameters of {@code rules/reference/name-parameters.csv}.
 *
 * @param role       the record's field: shipper, consignee, notify_party, originator, beneficiary
 * @param name       the name as the record writes it
 * @param listedName the list's name or alias that matched
 * @param nameType   "name", "alias" or "weak alias" (OFAC's low-quality a.k.a.)
 * @param method     "exact" (equal after normalisation) or "fuzzy"
 * @param nameScore  the score after any discount for conflicting secondary evidence
 * @param rawScore   the name score before that discount
 * @param distinctiveWords the listed name's words found that are not generic words or places (a
 *                   listed name of generic words only counts when the party name is exactly it)
 * @param conflict   true when the record's date of birth or nationality conflicts with the entry
 * @param detail     how the names were aligned, for the explanation
 * @param evidence   what the secondary evidence said ("" when there was none)
 */
public record NameMatch(Subject subject, String role, String name, ListedEntity entity, String listedName,
        String nameType, String method, double nameScore, double rawScore, int distinctiveWords, boolean conflict,
        String detail, String evidence) implements Match {

    @Override
    public String matchedValue() {
        return name;
    }

    @Override
    public Double score() {
        return Math.round(nameScore * 1000) / 1000.0;
    }

    @Override
    public String explanation() {
        String what = switch (nameType) {
            case "name" -> "the listed name";
            case "alias" -> "the alias";
            default -> "the weak alias";
        };
        StringBuilder b = new StringBuilder();
        b.append(role).append(" '").append(name).append("' ");
        if ("exact".equals(method)) {
            b.append("equals ").append(what).append(" '").append(listedName).append("' of ").append(entity.label())
                    .append(" after normalisation");
        } else {
            b.append("matches ").append(what).append(" '").append(listedName).append("' of ").append(entity.label())
                    .append(String.format(Locale.ROOT, " with score %.3f (%s)", rawScore, detail));
        }
        if (!evidence.isEmpty()) {
            b.append("; ").append(evidence);
        }
        return b.append('.').toString();
    }
}
