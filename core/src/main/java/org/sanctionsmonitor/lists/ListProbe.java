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
            if (bytes.length >= 3 && bytes[0] == 'B' && bytes[1] == 'Z' && bytes[2] == 'h') {
                // OFAC publishes sdn_advanced.xml bzip2-compressed too: detect from what is inside
                bytes = XmlLists.bzip2Head(path, HEAD_BYTES);
            }
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

    /**
     * The local name of the root element when the file is XML ({@code CONSOLIDATED_LIST},
     * {@code Sanctions}), after any byte-order mark, XML declaration, comments, processing
     * instructions and DOCTYPE; null when the file does not start like XML.
     */
    public String xmlRoot() {
        String h = head();
        int i = 0;
        int n = h.length();
        while (i < n) {
            char c = h.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (h.startsWith("<?", i)) {
                int end = h.indexOf("?>", i + 2);
                if (end < 0) {
                    return null;
                }
                i = end + 2;
            } else if (h.startsWith("<!--", i)) {
                int end = h.indexOf("-->", i + 4);
                if (end < 0) {
                    return null;
                }
                i = end + 3;
            } else if (h.startsWith("<!", i)) {
                int end = h.indexOf('>', i + 2); // a DOCTYPE without an internal subset
                if (end < 0) {
                    return null;
                }
                i = end + 1;
            } else if (c == '<') {
                int j = i + 1;
                while (j < n && !Character.isWhitespace(h.charAt(j)) && h.charAt(j) != '>' && h.charAt(j) != '/') {
                    j++;
                }
                String qname = h.substring(i + 1, j);
                int colon = qname.indexOf(':');
                String local = colon >= 0 ? qname.substring(colon + 1) : qname;
                return local.isEmpty() ? null : local;
            } else {
                return null;
            }
        }
        return null;
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
