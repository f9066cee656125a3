package org.sanctionsmonitor.screening;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * An identifier on a record that cannot be right (an IMO number with a wrong check digit, ...). It
 * is never screened as a match; rules report it as a data-quality finding.
 *
 * @param field the record's column, e.g. vessel_imo
 * @param kind  IMO, ADDRESS, ...
 */
public record IdentifierIssue(Subject subject, String field, String kind, String value, String problem) implements Match {

    @Override
    public ListedEntity entity() {
        return null;
    }

    @Override
    public String matchedValue() {
        return value;
    }

    @Override
    public Double score() {
        return null;
    }

    @Override
    public String explanation() {
        return field + " '" + value + "' " + problem + "; it was not screened against the lists.";
    }
}
