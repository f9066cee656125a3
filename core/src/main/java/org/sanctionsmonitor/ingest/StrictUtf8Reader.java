package org.sanctionsmonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly (never U+FFFD) and, unlike {@link java.io.InputStreamReader}, hands out
 * every character before an invalid sequence first and fails only when the reader reaches it, so
 * the CSV parser meets the error in the record that holds the bad bytes.
 */
final class StrictUtf8Reader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean flushed;
    private IOException pending;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip(); // empty, ready to be read from
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pending != null) {
            throw pending;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buf, off, len);
        while (out.position() == off) {
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                IOException e = new MalformedInputException(r.length());
                if (out.position() > off) {
                    pending = e; // hand out what came before the bad bytes first
                    break;
                }
                throw e;
            }
            if (r.isOverflow()) {
                break;
            }
            // underflow: everything decodable so far is decoded
            if (out.position() > off) {
                break;
            }
            if (eof) {
                decoder.flush(out);
                flushed = true;
                return out.position() > off ? out.position() - off : -1;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        return out.position() - off;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
