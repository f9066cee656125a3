package org.sanctionsmonitor.screening;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * An identifier on a record that cannot be right (an IMO number with a wrong check digit, ...). It
 * is never screened as a match (except an EVM address whose only fault is its EIP-55 checksum:
 * its lower-case key is screened); rules report it as a data-quality finding.
 *
 * @param field the record's column, e.g. vessel_imo
 * @param kind  IMO, ADDRESS, ADDRESS_CHECKSUM (screened all the same), ...
 */
public record IdentifierIssue(Subject subject, String field, String kind, String value, String problem) implements Match {

    /** An EVM address in mixed case whose EIP-55 checksum is wrong: reported, and still screened. */
    public static final String ADDRESS_CHECKSUM = "ADDRESS_CHECKSUM";

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
        if (kind.equals(ADDRESS_CHECKSUM)) {
            return field + " '" + value + "' " + problem + "; it was still screened against the lists on its lower-case form,"
                    + " but the record may hold a mistyped address.";
        }
        return field + " '" + value + "' " + problem + "; it was not screened against the lists.";
    }
}
