package org.sanctionsmonitor.screening;

import java.util.Locale;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * A party name on a record that matches, or may match, a listed name. Java scores it
 * ({@link NameScreener}) and sets its band from the thresholds in
 * {@code rules/reference/name-matching.csv}; rules decide what each band is worth.
 *
 * @param role       the record's field: shipper, consignee, notify_party, originator, beneficiary
 * @param name       the name as the record writes it
 * @param listedName the list's name or alias that matched
 * @param nameType   "name", "alias" or "weak alias" (OFAC's low-quality a.k.a.)
 * @param method     "exact" (equal after normalisation) or "fuzzy"
 * @param nameScore  the score after any discount for conflicting secondary evidence
 * @param rawScore   the name score before that discount
 * @param band       "alert" (strong name, score at or above threshold.alert), "review" (at or above
 *                   threshold.review) or "weak" (weak alias at or above threshold.weak_alias)
 * @param conflict   true when the record's date of birth or nationality conflicts with the entry
 * @param detail     how the names were aligned, for the explanation
 * @param evidence   what the secondary evidence said ("" when there was none)
 */
public record NameMatch(Subject subject, String role, String name, ListedEntity entity, String listedName,
        String nameType, String method, double nameScore, double rawScore, String band, boolean conflict,
        String detail, String evidence) implements Match {

    public static final String ALERT = "alert";
    public static final String REVIEW = "review";
    public static final String WEAK = "weak";

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
