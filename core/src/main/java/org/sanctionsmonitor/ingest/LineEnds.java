package org.sanctionsmonitor.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Physical lines at the byte level, counted as the CSV parser counts them: a line ends at LF, at
 * CRLF (once) or at a lone CR. The streams given must support mark/reset.
 */
final class LineEnds {

    private LineEnds() {
    }

    /** True when byte {@code b} just read ends a line; consumes the LF of a CRLF. */
    static boolean ends(int b, InputStream in) throws IOException {
        if (b == '\n') {
            return true;
        }
        if (b == '\r') {
            in.mark(1);
            if (in.read() != '\n') {
                in.reset();
            }
            return true;
        }
        return false;
    }

    /** Skips {@code lines} whole lines. */
    static void skip(InputStream in, long lines) throws IOException {
        long seen = 0;
        int b;
        while (seen < lines && (b = in.read()) != -1) {
            if (ends(b, in)) {
                seen++;
            }
        }
    }

    /** The next line's text without its line end, decoded leniently, at most {@code maxBytes} bytes. */
    static String read(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && !ends(b, in)) {
            if (out.size() < maxBytes) {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
