package org.sanctionsmonitor.screening;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * A party name on a record that matches a listed name.
 *
 * @param role       the record's field: shipper, consignee, notify_party, ...
 * @param name       the name as the record writes it
 * @param listedName the list's name or alias that matched
 * @param nameType   "name", "alias" or "weak alias" (OFAC's low-quality a.k.a.)
 * @param method     "exact" (normalised names equal); fuzzy methods come with name screening
 */
public record NameMatch(Subject subject, String role, String name, ListedEntity entity, String listedName,
        String nameType, String method, double nameScore) implements Match {

    @Override
    public String matchedValue() {
        return name;
    }

    @Override
    public Double score() {
        return nameScore;
    }

    @Override
    public String explanation() {
        String what = switch (nameType) {
            case "name" -> "the listed name";
            case "alias" -> "the alias";
            default -> "the weak alias";
        };
        return role + " '" + name + "' equals " + what + " '" + listedName + "' of " + entity.label()
                + ("exact".equals(method) ? " after normalisation." : " (" + method + ").");
    }
}
