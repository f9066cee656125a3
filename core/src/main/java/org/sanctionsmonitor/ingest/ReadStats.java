package org.sanctionsmonitor.ingest;

/**
 * What reading one input file gave: its SHA-256 and its rows. rows_read = rows_accepted +
 * rows_rejected always holds; blank lines are counted apart (they hold no row).
 */
public record ReadStats(InputFile file, String sha256, long rowsRead, long rowsAccepted, long rowsRejected, long blankLines) {
}
