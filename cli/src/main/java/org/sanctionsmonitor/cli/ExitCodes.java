package org.sanctionsmonitor.cli;

/** The contract's exit codes. */
public final class ExitCodes {

    /** The run completed (and, with --fail-on, nothing at or above it). */
    public static final int OK = 0;
    /** Findings at or above --fail-on. */
    public static final int FINDINGS = 1;
    /** Bad usage or unusable input (including rejected rows beyond --max-reject-ratio). */
    public static final int INPUT = 2;
    /** The rules do not compile or fail verification. */
    public static final int RULES = 3;

    private ExitCodes() {
    }
}
