package org.sanctionsmonitor.check;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;

/**
 * Progress from a helper thread, held until the thread that runs the check passes it on with
 * {@link #drainTo}: a {@link ProgressListener} hears every call from that one thread, in the order
 * each input was read, even while two feeds are read at once.
 */
final class QueuedProgress implements ProgressListener {

    private final ConcurrentLinkedQueue<Consumer<ProgressListener>> events = new ConcurrentLinkedQueue<>();

    @Override
    public void phaseStarted(Phase phase) {
        events.add(l -> l.phaseStarted(phase));
    }

    @Override
    public void phaseFinished(Phase phase, long nanos) {
        events.add(l -> l.phaseFinished(phase, nanos));
    }

    @Override
    public void inputStarted(String kind, InputFile file, long estimatedRows) {
        events.add(l -> l.inputStarted(kind, file, estimatedRows));
    }

    @Override
    public void rows(long rowsRead) {
        events.add(l -> l.rows(rowsRead));
    }

    @Override
    public void inputFinished(String kind, ReadStats stats, long nanos) {
        events.add(l -> l.inputFinished(kind, stats, nanos));
    }

    @Override
    public void finished() {
        events.add(ProgressListener::finished);
    }

    /** Passes every call queued so far to {@code target}, in order, on the calling thread. */
    void drainTo(ProgressListener target) {
        Consumer<ProgressListener> e;
        while ((e = events.poll()) != null) {
            e.accept(target);
        }
    }
}
