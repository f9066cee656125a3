package org.sanctionsmonitor.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The transfer graph's memory, estimated before the transfers are read: the graph keeps every
 * transfer (packed columns, see {@code TransferGraph}) until the analysis ends, so a heap too
 * small for it would fail hours into a run with an {@link OutOfMemoryError}. Instead the check
 * stops at once (exit 2) saying how much heap the run needs and how to give it, and that the
 * Spark job exists for data beyond one machine.
 *
 * <p>The estimate: the rows (from the files' sizes and the line length of their first 64 KiB,
 * {@link RowEstimate}) times {@link #BYTES_PER_TRANSFER}, plus the heap the check already holds
 * (lists, name index, rules) and {@link #WORKING_MARGIN}. Measured on the bench's data: the
 * builder held about 124 bytes per transfer at a million transfers among 973,045 addresses (nearly
 * every transfer a new address), the built graph 97; a whole check of four million transfers among
 * 1.2 million addresses stayed within about 89 bytes per transfer above the heap it held before
 * (at most 442 MiB after full collections, about 104 MiB before the transfers). The estimate takes
 * 100, which assumes that addresses recur, as they do in an exchange's or a bank's data: a feed of
 * mostly one-off addresses can need up to a quarter more than estimated.
 * An estimate, not a bound: it errs towards letting a run start that may just fit.</p>
 */
public final class GraphMemory {

    /** Heap per transfer while the graph is read, built and analysed (see the class comment). */
    public static final long BYTES_PER_TRANSFER = 100;
    /** A fixed allowance for the rule sessions and the reports' buffers. */
    public static final long WORKING_MARGIN = 16L << 20;
    /** Rows assumed per byte of a file whose size is known but whose lines could not be sampled. */
    private static final long BYTES_PER_ROW_FALLBACK = 100;

    private GraphMemory() {
    }

    /** The estimated data rows of the transfers files (0 for none). */
    public static long rows(List<Path> transfers) {
        long rows = 0;
        for (Path p : transfers) {
            long r = RowEstimate.of(p);
            if (r < 0) {
                try {
                    r = Files.size(p) / BYTES_PER_ROW_FALLBACK;
                } catch (IOException e) {
                    r = 0; // the reader reports an unreadable file, with its name
                }
            }
            rows += r;
        }
        return rows;
    }

    /** The heap, in bytes, the graph of {@code rows} transfers needs beyond what is already held. */
    public static long graphBytes(long rows) {
        return rows * BYTES_PER_TRANSFER + WORKING_MARGIN;
    }

    /**
     * Null when {@code rows} transfers fit in a heap of {@code maxHeap} bytes of which
     * {@code liveHeap} are already in use; otherwise the message to stop with.
     */
    public static String refusal(long rows, long liveHeap, long maxHeap) {
        long need = liveHeap + graphBytes(rows);
        if (need <= maxHeap) {
            return null;
        }
        long mib = 1L << 20;
        long suggestGib = (need + (1L << 30) - 1) >> 30; // whole GiB, rounded up
        return String.format(Locale.ROOT, "the transfers (about %,d rows) need about %,d MiB of heap for the transfer graph"
                + " (%,d MiB for the graph, %,d MiB already in use), but this JVM may use at most %,d MiB: run with a larger"
                + " heap, e.g. SANCTIONS_MONITOR_JAVA_OPTS=-Xmx%dg bin/sanctions-monitor check ... (or java -Xmx%dg -jar ...),"
                + " or, for data beyond one machine, the Spark job (bin/sanctions-monitor-spark)",
                rows, need / mib, graphBytes(rows) / mib, liveHeap / mib, maxHeap / mib, suggestGib, suggestGib);
    }
}
