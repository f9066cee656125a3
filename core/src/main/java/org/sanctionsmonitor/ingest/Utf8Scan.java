package org.sanctionsmonitor.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds exactly where a file stops being valid UTF-8 (RFC 3629: no overlong forms, no surrogates,
 * nothing above U+10FFFF), to report it by line (LF, CRLF or a lone CR ends a line, as for the CSV
 * parser) and byte offset. Only called once a decoder has
 * already refused the file, so it favours clarity over speed.
 */
public final class Utf8Scan {

    /** The first invalid sequence: its 1-based line, 0-based byte offset in the file, and first byte. */
    record Position(long line, long offset, int firstByte) {
        String describe() {
            return String.format(Locale.ROOT,
                    "invalid UTF-8: byte 0x%02X at line %d (byte offset %d of the file) is not part of a valid UTF-8 sequence",
                    firstByte, line, offset);
        }
    }

    private Utf8Scan() {
    }

    /** Why a file is not valid UTF-8, with the line and byte offset of its first bad byte. */
    public static String describe(Path path) {
        try {
            return firstInvalid(path, 1).map(Position::describe).orElse("invalid UTF-8");
        } catch (IOException e) {
            return "invalid UTF-8";
        }
    }

    /** The first invalid UTF-8 sequence on or after line {@code fromLine}, if any. */
    static Optional<Position> firstInvalid(Path path, long fromLine) throws IOException {
        try (InputStream s = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            long offset = 0;
            long line = 1;
            int b;
            while ((b = s.read()) != -1) {
                long at = offset++;
                if (b < 0x80) {
                    if (b == '\n' || b == '\r') {
                        s.mark(1);
                        if (b == '\r' && s.read() != '\n') {
                            s.reset();
                        } else if (b == '\r') {
                            offset++;
                        }
                        line++;
                    }
                    continue;
                }
                int need;
                int min = 0x80;
                int max = 0xBF; // allowed range of the first continuation byte
                if (b >= 0xC2 && b <= 0xDF) {
                    need = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    need = 2;
                    if (b == 0xE0) {
                        min = 0xA0; // overlong
                    } else if (b == 0xED) {
                        max = 0x9F; // surrogates
                    }
                } else if (b >= 0xF0 && b <= 0xF4) {
                    need = 3;
                    if (b == 0xF0) {
                        min = 0x90; // overlong
                    } else if (b == 0xF4) {
                        max = 0x8F; // above U+10FFFF
                    }
                } else {
                    need = -1;
                }
                boolean ok = need > 0;
                for (int i = 0; ok && i < need; i++) {
                    s.mark(1);
                    int c = s.read();
                    int lo = i == 0 ? min : 0x80;
                    int hi = i == 0 ? max : 0xBF;
                    if (c < lo || c > hi) {
                        s.reset();
                        ok = false;
                    } else {
                        offset++;
                    }
                }
                if (!ok && line >= fromLine) {
                    return Optional.of(new Position(line, at, b));
                }
            }
            return Optional.empty();
        }
    }
}
