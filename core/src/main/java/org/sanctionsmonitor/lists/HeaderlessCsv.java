package org.sanctionsmonitor.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.RowException;

/**
 * Reads a CSV file without a header row (OFAC's legacy files), record by record, with its SHA-256
 * and line numbers. A record whose width is wrong, or that the handler refuses, becomes a
 * {@link Reject}; the DOS end-of-file byte (0x1A) some publishers append is not a record.
 */
final class HeaderlessCsv {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /** Gets each record's cells and its 1-based starting line. */
    interface Handler {
        void accept(List<String> cells, long line) throws RowException;
    }

    private HeaderlessCsv() {
    }

    static ReadStats read(InputFile file, int width, Handler handler, List<Reject> rejects) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()), sha);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            long nextLine = 1;
            for (CSVRecord rec : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                List<String> cells = rec.toList();
                if (cells.size() == 1 && cells.get(0).strip().replace("\u001A", "").isEmpty()) {
                    continue; // DOS EOF byte or a blank record
                }
                read++;
                try {
                    if (cells.size() != width) {
                        throw new RowException("expected " + width + " fields, found " + cells.size());
                    }
                    handler.accept(cells, line);
                    accepted++;
                } catch (RowException e) {
                    rejected++;
                    rejects.add(new Reject(file.display(), line, e.getMessage(), FORMAT.format(rec.values())));
                }
            }
            in.transferTo(OutputStream.nullOutputStream());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(file.display() + ": no such file");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                // a list is all or nothing: a list read in part must never make a run look clean
                throw new InputException(file.display() + ": " + org.sanctionsmonitor.ingest.Utf8Scan.describe(file.path()), e);
            }
            throw new InputException(file.display() + ": cannot be read as CSV: " + e.getCause().getMessage(), e);
        } catch (IOException e) {
            throw new InputException(file.display() + ": cannot be read: " + e.getMessage(), e);
        }
        return new ReadStats(file, HexFormat.of().formatHex(sha.digest()), read, accepted, rejected, 0);
    }

    /** OFAC's null is the literal "-0-" (followed by a space); blank cells are null too. */
    static String value(String cell) {
        if (cell == null) {
            return null;
        }
        String s = cell.replace("\u001A", "").strip();
        return s.isEmpty() || s.equals("-0-") ? null : s;
    }
}
