package org.sanctionsmonitor.check;

import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;

/**
 * What a batch check reports while it works, so a terminal can show a progress bar and tests can
 * observe the run. Every method has an empty default; {@link #NONE} ignores everything. Calls come
 * from the thread that runs the check, in this order: for each phase {@code phaseStarted}, then
 * (while reading) for each input {@code inputStarted}, {@code rows}..., {@code inputFinished},
 * then {@code phaseFinished}; {@code finished} once at the end of a run that wrote its reports.
 */
public interface ProgressListener {

    /** The steps of a run, in the order they happen. */
    enum Phase {
        LOAD_RULES("compiling rules"),
        /** Instead of {@link #LOAD_RULES} when the compiled rules are read from the cache of an earlier run. */
        READ_CACHED_RULES("reading cached rules"),
        LOAD_LISTS("loading lists"),
        READ_FEEDS("reading"),
        FINISH_RULES("last rules"),
        WRITE_REPORTS("writing reports");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        /** What the phase does, for people (short: it shares a progress line). */
        public String label() {
            return label;
        }
    }

    /** How often, in rows, {@link #rows} is called while an input is read (and once at its end). */
    int ROWS_EVERY = 256;

    ProgressListener NONE = new ProgressListener() {
    };

    default void phaseStarted(Phase phase) {
    }

    default void phaseFinished(Phase phase, long nanos) {
    }

    /**
     * An input (a feed, or a list file) is about to be read.
     *
     * @param kind          transfers, shipments, list, ...
     * @param estimatedRows an estimate of its data rows from its size, or -1 when unknown
     */
    default void inputStarted(String kind, InputFile file, long estimatedRows) {
    }

    /** Rows read so far from the current input (accepted and rejected), at every {@link #ROWS_EVERY}th accepted row and at its end. */
    default void rows(long rowsRead) {
    }

    default void inputFinished(String kind, ReadStats stats, long nanos) {
    }

    /** The run is over and its reports are in place. */
    default void finished() {
    }
}
