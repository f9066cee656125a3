package org.sanctionsmonitor.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Bounds how many characters the CSV parser may pull for one record, so a runaway quoted field
 * (a 200 MB unterminated quote) fails fast instead of filling memory. The reader counts the
 * characters handed out since the last {@link #recordDone()}; the count includes the parser's
 * read-ahead buffer, so the limit holds to within a few kilobytes.
 */
final class RecordGuard extends FilterReader {

    /** A record longer than the limit. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        TooLong(long limit) {
            super("longer than the limit of " + limit + " characters");
        }
    }

    private final long limit;
    private long count;

    RecordGuard(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    void recordDone() {
        count = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            add(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(int n) throws TooLong {
        count += n;
        if (count > limit) {
            throw new TooLong(limit);
        }
    }
}
