package org.sanctionsmonitor.graph;

import java.util.Map;

import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Subject;

/**
 * A subject the graph analysis finds that is not one record: an address (subject_type
 * {@code address}, id the address as first written) or a customer ({@code customer}, id the
 * from_owner/to_owner value). {@code source} is the line of the earliest transfer involved.
 */
public record GraphSubject(String subjectType, String subjectId, Provenance source, Map<String, String> facts)
        implements Subject {

    public GraphSubject {
        facts = org.sanctionsmonitor.model.Facts.frozen(facts);
    }
}
