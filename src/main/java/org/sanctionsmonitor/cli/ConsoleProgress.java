package org.sanctionsmonitor.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.sanctionsmonitor.check.ProgressListener;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;

/**
 * What {@code check} shows on stderr while it works. With {@code bar} (stderr is a terminal) one
 * line redrawn in place at most every {@link #REDRAW_NANOS}: when the input's size allows an
 * estimate a bar with its share, then rows read, rows per second, elapsed time and the input being
 * read (or the phase, between inputs).
 * With {@code verbose} one line per input read and per phase finished (timings). The bar line is
 * cleared before any other line is printed and at the end, so nothing of it remains.
 */
public final class ConsoleProgress implements ProgressListener {

    static final long REDRAW_NANOS = 200_000_000L;
    /** The line's width: $COLUMNS - 1 when the shell exports it, else 79 (a longer line would wrap and break the redraw). */
    static final int WIDTH = width(System.getenv("COLUMNS"));
    static final int BAR = 12;

    private final PrintWriter err;
    private final boolean bar;
    private final boolean verbose;
    private final LongSupplier clock;

    private final long runStart;
    private Phase phase;
    private String input;
    private long estimate = -1;
    private long rows;
    private long inputStart;
    private long lastDraw = Long.MIN_VALUE;
    private boolean drawn;

    public ConsoleProgress(PrintWriter err, boolean bar, boolean verbose, LongSupplier nanoClock) {
        this.err = err;
        this.bar = bar;
        this.verbose = verbose;
        this.clock = nanoClock;
        this.runStart = nanoClock.getAsLong();
    }

    @Override
    public void phaseStarted(Phase p) {
        phase = p;
        input = null;
        estimate = -1;
        rows = 0;
        inputStart = clock.getAsLong();
        draw(true);
    }

    @Override
    public void phaseFinished(Phase p, long nanos) {
        if (verbose) {
            line(String.format(Locale.ROOT, "phase %-16s %s", p.name().toLowerCase(Locale.ROOT), seconds(nanos)));
        }
    }

    @Override
    public void inputStarted(String kind, InputFile file, long estimatedRows) {
        java.nio.file.Path name = file.path().getFileName();
        input = kind + " " + (name == null ? file.display() : name.toString());
        estimate = estimatedRows;
        rows = 0;
        inputStart = clock.getAsLong();
        draw(true);
    }

    @Override
    public void rows(long rowsRead) {
        rows = rowsRead;
        draw(false);
    }

    @Override
    public void inputFinished(String kind, ReadStats s, long nanos) {
        if (verbose) {
            line(String.format(Locale.ROOT, "read %s %s: %,d rows (%,d accepted, %,d rejected, %,d blank lines) in %s, %s rows/s, sha256 %s",
                    kind, s.file().display(), s.rowsRead(), s.rowsAccepted(), s.rowsRejected(), s.blankLines(),
                    seconds(nanos), rate(s.rowsRead(), nanos), s.sha256()));
        }
        input = null;
        estimate = -1;
        draw(true);
    }

    @Override
    public void finished() {
        clearBar();
        if (verbose) {
            line("done in " + seconds(clock.getAsLong() - runStart));
        }
        err.flush();
    }

    /** The bar line as it would be drawn now (package-private for tests). */
    String render() {
        long now = clock.getAsLong();
        StringBuilder sb = new StringBuilder();
        if (estimate > 0 && input != null) {
            double share = Math.min(0.99, (double) rows / estimate);
            int filled = (int) Math.round(share * BAR);
            sb.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "~%d%% ", Math.round(share * 100)));
        }
        if (input != null && (rows > 0 || estimate >= 0)) {
            sb.append(String.format(Locale.ROOT, "%,d rows %s rows/s ", rows, rate(rows, now - inputStart)));
        }
        sb.append(clockTime(now - runStart)).append(' ');
        sb.append(input != null ? input : phase == null ? "starting" : phase.label());
        String s = sb.toString();
        return s.length() > WIDTH ? s.substring(0, WIDTH - 1) + "~" : s;
    }

    private void draw(boolean force) {
        if (!bar) {
            return;
        }
        long now = clock.getAsLong();
        if (!force && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        err.print("\r" + render() + "\u001b[K");
        err.flush();
        drawn = true;
    }

    private void clearBar() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }

    private void line(String text) {
        clearBar();
        err.println(text);
        err.flush();
        if (bar) {
            lastDraw = Long.MIN_VALUE;
        }
    }

    static int width(String columns) {
        try {
            int c = Integer.parseInt(columns == null ? "" : columns.strip());
            return c >= 40 ? c - 1 : 79;
        } catch (NumberFormatException e) {
            return 79;
        }
    }

    static String rate(long rows, long nanos) {
        if (nanos <= 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%,d", Math.round(rows * 1e9 / nanos));
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    static String clockTime(long nanos) {
        long s = nanos / 1_000_000_000L;
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
}
