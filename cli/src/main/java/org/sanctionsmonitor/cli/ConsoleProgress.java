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
 * estimate a bar with its share and the time left for that input (ETA), then rows read, rows per
 * second, elapsed time and the input being read (or the phase, between inputs: "reading cached
 * rules" when the compiled rules come from the cache). The line always fits the terminal's width
 * (one column short, so it never wraps): the least useful parts are left out first (rate, bar,
 * rows, elapsed time, ETA, share), and only then is the name shortened.
 * With {@code verbose} one line per input read and per phase finished (timings). The bar line is
 * cleared before any other line is printed and at the end, so nothing of it remains.
 */
public final class ConsoleProgress implements ProgressListener {

    static final long REDRAW_NANOS = 200_000_000L;
    /** The line's width by default: $COLUMNS - 1 when the shell exports it, else 79 (a longer line would wrap and break the redraw). */
    static final int WIDTH = width(System.getenv("COLUMNS"));
    static final int BAR = 12;
    /** No ETA before this much of an input has been read: the first rows' rate says little. */
    static final long ETA_AFTER_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean bar;
    private final boolean verbose;
    private final LongSupplier clock;
    private final int width;

    private final long runStart;
    private Phase phase;
    private String input;
    private long estimate = -1;
    private long rows;
    private long inputStart;
    private long lastDraw = Long.MIN_VALUE;
    private boolean drawn;

    public ConsoleProgress(PrintWriter err, boolean bar, boolean verbose, LongSupplier nanoClock) {
        this(err, bar, verbose, nanoClock, WIDTH + 1);
    }

    /** With the terminal's width in columns (the line uses one less, so it never wraps). */
    public ConsoleProgress(PrintWriter err, boolean bar, boolean verbose, LongSupplier nanoClock, int columns) {
        this.width = Math.max(20, columns - 1);
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
        String barPart = null;
        String share = null;
        String eta = null;
        if (estimate > 0 && input != null) {
            double sh = Math.min(0.99, (double) rows / estimate);
            int filled = (int) Math.round(sh * BAR);
            barPart = "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
            share = String.format(Locale.ROOT, "~%d%%", Math.round(sh * 100));
            long spent = now - inputStart;
            if (rows > 0 && rows < estimate && spent >= ETA_AFTER_NANOS) {
                eta = "ETA " + clockTime(Math.round(spent * (double) (estimate - rows) / rows));
            }
        }
        String rowsPart = null;
        String ratePart = null;
        if (input != null && (rows > 0 || estimate >= 0)) {
            rowsPart = String.format(Locale.ROOT, "%,d rows", rows);
            ratePart = rate(rows, now - inputStart) + " rows/s";
        }
        String elapsed = clockTime(now - runStart);
        String label = input != null ? input : phase == null ? "starting" : phase.label();
        // parts in display order; dropped, when the line is too long, in the order of drop[]
        String[] parts = {barPart, share, eta, rowsPart, ratePart, elapsed};
        int[] drop = {4, 0, 3, 5, 2, 1};
        String line = join(parts, label);
        for (int i = 0; line.length() > width && i < drop.length; i++) {
            parts[drop[i]] = null;
            line = join(parts, label);
        }
        return line.length() > width ? line.substring(0, width - 1) + "~" : line;
    }

    private static String join(String[] parts, String label) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null) {
                sb.append(p).append(' ');
            }
        }
        return sb.append(label).toString();
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
