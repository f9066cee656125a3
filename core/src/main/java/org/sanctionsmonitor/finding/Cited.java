package org.sanctionsmonitor.finding;

import java.util.List;

/** A candidate fact that rests on reference rows; its findings list those rows in their evidence. */
public interface Cited {

    List<ReferenceRow> citedRows();
}
