package org.sanctionsmonitor.ingest;

/** A row that could not be read: where it is, why, and its text, for rejects.csv. */
public record Reject(String file, long line, String reason, String raw) {
}
