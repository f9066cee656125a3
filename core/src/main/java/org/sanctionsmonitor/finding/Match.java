package org.sanctionsmonitor.finding;

import java.util.List;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;

/**
 * A candidate fact that Java inserts and rules judge: a record, what in it matched, and (where a
 * list is involved) the listed entry. A rule that accepts it raises a finding carrying all of it.
 */
public interface Match {

    Subject subject();

    /** The listed entry involved, or null when none is (data-quality facts). */
    ListedEntity entity();

    /** The value from the record that matched (an address, an IMO, a name). */
    String matchedValue();

    /** 1.0 for an exact identifier match, the name score otherwise; null where no match is scored. */
    Double score();

    /** One sentence naming the values that matched. */
    String explanation();

    /**
     * Evidence beyond the subject and the list entry, in order: a label, the path of transfers
     * that carried listed funds (role "path"), ... Empty by default.
     */
    default List<Evidence> extraEvidence() {
        return List.of();
    }
}
