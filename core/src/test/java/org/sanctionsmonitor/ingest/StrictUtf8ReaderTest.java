package org.sanctionsmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The strict UTF-8 reader and the scanner that locates invalid bytes. */
class StrictUtf8ReaderTest {

    @TempDir
    Path dir;

    private static String readAll(byte[] bytes) throws IOException {
        try (Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
            StringWriter w = new StringWriter();
            r.transferTo(w);
            return w.toString();
        }
    }

    @Test
    void decodesMultiByteTextAcrossBufferBoundaries() throws IOException {
        String text = "조선무역은행 KOREA TRADE BANK ✓ 𝔘 ".repeat(20_000);
        assertEquals(text, readAll(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", readAll(new byte[0]));
    }

    @Test
    void handsOutTheValidPrefixBeforeFailing() throws IOException {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xFF, 'd'};
        try (Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
            char[] buf = new char[16];
            assertEquals(3, r.read(buf, 0, 16));
            assertEquals("abc", new String(buf, 0, 3));
            assertThrows(MalformedInputException.class, () -> r.read(buf, 0, 16));
        }
    }

    @Test
    void keepsAnsweringEndOfInputAfterTheEnd() throws IOException {
        try (Reader r = new StrictUtf8Reader(new ByteArrayInputStream(new byte[] {'a'}))) {
            char[] buf = new char[4];
            assertEquals(1, r.read(buf, 0, 4));
            assertEquals(-1, r.read(buf, 0, 4));
            assertEquals(-1, r.read(buf, 0, 4)); // found by ReaderFuzzTest: a second read after EOF threw
        }
    }

    @Test
    void refusesATruncatedSequenceAtTheEnd() {
        assertThrows(MalformedInputException.class, () -> readAll(new byte[] {'a', (byte) 0xE2, (byte) 0x82}));
    }

    @Test
    void scanFindsLineAndOffsetOfTheFirstInvalidSequence() throws IOException {
        Path f = dir.resolve("x.csv");
        Files.write(f, new byte[] {'h', '\n', (byte) 0xEC, (byte) 0xA1, (byte) 0xB0, '\n', 'x', (byte) 0xC0, (byte) 0x80, '\n'});
        Optional<Utf8Scan.Position> p = Utf8Scan.firstInvalid(f, 1);
        assertTrue(p.isPresent());
        assertEquals(3, p.get().line());
        assertEquals(7, p.get().offset());
        assertEquals(0xC0, p.get().firstByte()); // an overlong form
        assertEquals(Optional.empty(), Utf8Scan.firstInvalid(f, 4));
    }

    @Test
    void scanRefusesSurrogatesAndCodePointsAboveTheUnicodeRange() throws IOException {
        Path f = dir.resolve("y.csv");
        Files.write(f, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        assertEquals(1, Utf8Scan.firstInvalid(f, 1).orElseThrow().line());
        assertEquals(2, Utf8Scan.firstInvalid(f, 2).orElseThrow().line());
        Path ok = dir.resolve("ok.csv");
        Files.writeString(ok, "조선 ✓ 𝔘\n", StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), Utf8Scan.firstInvalid(ok, 1));
    }
}
