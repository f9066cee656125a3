package org.sanctionsmonitor.concurrent;

import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/** What the check's worker threads share: how they are made, and how their failures reach the caller. */
public final class Threads {

    private Threads() {
    }

    /** Daemon threads of this name: a run that fails or ends never waits for its helpers. */
    public static ThreadFactory daemons(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** An executor that runs each task on a new daemon thread of this name. */
    public static Executor daemonPerTask(String name) {
        ThreadFactory threads = daemons(name);
        return task -> threads.newThread(task).start();
    }

    /**
     * What a task threw, for the caller to throw as it was thrown: an unchecked exception as it is,
     * an Error thrown from here, anything else wrapped.
     */
    public static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
