package org.sanctionsmonitor.finding;

/** A fact built from one reference-table row; findings that involve it cite the row as evidence. */
public interface ReferenceFact {

    ReferenceRow row();
}
