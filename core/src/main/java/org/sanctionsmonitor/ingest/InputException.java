package org.sanctionsmonitor.ingest;

/**
 * An input that cannot be used at all (missing file, missing required column, unreadable list):
 * the run stops with exit code 2. The message names the file and, where known, line and column.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
