package org.sanctionsmonitor.crypto;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * A laundering-pattern fact the graph analysis measured: each implementation carries its own
 * measurements (steps, ratios, hours, USD value) for the rules to compare with the reviewed
 * parameters, and builds its own explanation.
 */
public interface LaunderingPattern extends Match {

    /** The pattern's name for the manifest's counters: peel_chain, pass_through, ... */
    String pattern();

    @Override
    default Double score() {
        return null;
    }

    /** A pattern is about the movement of funds, not a list entry. */
    @Override
    default ListedEntity entity() {
        return null;
    }
}
