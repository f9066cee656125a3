package org.sanctionsmonitor.ingest;

/** A single row cannot be read: it becomes a {@link Reject}; the rest of the file is read on. */
public class RowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RowException(String reason) {
        super(reason, null, false, false);
    }
}
