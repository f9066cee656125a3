package org.sanctionsmonitor.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Estimates how many data rows a CSV file holds from its size and the line length in its first
 * 64 KiB, so a progress bar can show a share without reading the file twice. Exact for files of
 * up to 64 KiB; for larger files as good as the sample is typical (multi-line quoted cells count
 * as several lines). Progress only: never used for accounting.
 */
final class RowEstimate {

    static final int SAMPLE = 64 * 1024;

    private RowEstimate() {
    }

    /** The estimated number of data rows (lines after the header), or -1 when the file cannot be sized. */
    static long of(Path file) {
        try {
            long size = Files.size(file);
            byte[] head = new byte[(int) Math.min(size, SAMPLE)];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            }
            return estimate(size, head, n);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static long estimate(long size, byte[] head, int n) {
        if (size == 0 || n == 0) {
            return 0;
        }
        long lines = 0;
        for (int i = 0; i < n; i++) {
            if (head[i] == '\n') {
                lines++;
            }
        }
        if (n >= size) {
            if (head[n - 1] != '\n') {
                lines++; // a last line without a line end
            }
            return Math.max(0, lines - 1);
        }
        if (lines == 0) {
            return -1; // a line longer than the sample: no basis for a guess
        }
        return Math.max(0, Math.round((double) size * lines / n) - 1);
    }
}
