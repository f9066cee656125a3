package org.sanctionsmonitor.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.InputFile;

/**
 * What format detection looks at: the path, whether it is a folder, and a file's first bytes
 * (enough for an XML root element or a CSV header row).
 */
public final class ListProbe {

    static final int HEAD_BYTES = 8192;

    private final Path path;
    private final InputFile file;
    private final boolean folder;
    private final String head;

    private ListProbe(Path path, InputFile file, boolean folder, String head) {
        this.path = path;
        this.file = file;
        this.folder = folder;
        this.head = head;
    }

    public static ListProbe of(Path path, InputFile file) {
        if (Files.isDirectory(path)) {
            return new ListProbe(path, file, true, "");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new InputException(file.display() + ": cannot be read: " + e.getMessage(), e);
        }
        return new ListProbe(path, file, false, new String(bytes, StandardCharsets.UTF_8));
    }

    public Path path() {
        return path;
    }

    public InputFile file() {
        return file;
    }

    public boolean isFolder() {
        return folder;
    }

    /** The file's first bytes as text (a byte-order mark removed); empty for a folder. */
    public String head() {
        return head.replace("\uFEFF", "");
    }

    /** The first line of a text file, without its line end. */
    public String firstLine() {
        String h = head();
        int nl = h.indexOf('\n');
        String line = nl < 0 ? h : h.substring(0, nl);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** Whether the file holds nothing but white space (and OFAC's trailing 0x1A). */
    public boolean isBlank() {
        return !folder && head().replace("\u001A", "").isBlank();
    }

    /** The first line read as one CSV record (cells as written). */
    public List<String> firstCells() {
        String line = firstLine();
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(line)).setFormat(HeaderlessCsv.FORMAT).get()) {
            List<CSVRecord> recs = p.getRecords();
            return recs.isEmpty() ? List.of() : recs.get(0).toList();
        } catch (IOException | RuntimeException e) {
            return Arrays.asList(line.split(","));
        }
    }

    /** The first line's cells, stripped and lower-cased: a header's column names. */
    public List<String> headerNames() {
        return firstCells().stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
