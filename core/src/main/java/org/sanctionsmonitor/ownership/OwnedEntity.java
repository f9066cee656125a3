package org.sanctionsmonitor.ownership;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanctionsmonitor.model.Facts;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Subject;

/**
 * A party that some statement says is owned or controlled: the subject of the ownership findings
 * (subject_type {@value #TYPE}, subject_id its id where one was given, else its name).
 * {@code listed}: the party is itself a list entry, so nothing needs deriving for it.
 */
public record OwnedEntity(String key, Party party, boolean listed, Provenance source) implements Subject {

    public static final String TYPE = "entity";

    @Override
    public String subjectType() {
        return TYPE;
    }

    @Override
    public String subjectId() {
        return party.id() != null ? party.id() : party.name();
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> m = new LinkedHashMap<>();
        Facts.put(m, "name", party.name());
        Facts.put(m, "id", party.id());
        Facts.put(m, "key", key);
        Facts.put(m, "listed", listed ? party.listed().label() : null);
        return m;
    }
}
