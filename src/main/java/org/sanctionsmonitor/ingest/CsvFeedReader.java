package org.sanctionsmonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.model.Provenance;

/**
 * Reads one CSV feed (RFC 4180, UTF-8, one header row) whose columns are described by an enum.
 * Columns are found by header name in any order, case-insensitively; unknown columns become
 * attributes; every record keeps its file and starting line. A row that cannot be read becomes a
 * {@link Reject} and reading goes on; a file that cannot be used at all (missing required column,
 * duplicate header, invalid UTF-8, broken quoting) raises {@link InputException}.
 */
public final class CsvFeedReader<C extends Enum<C> & Column> {

    /** The one CSV dialect every feed uses: RFC 4180, nothing ignored, nothing trimmed. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .get();

    private final Class<C> columns;
    private final String feedName;

    public CsvFeedReader(Class<C> columns, String feedName) {
        this.columns = columns;
        this.feedName = feedName;
    }

    /** Reads every row into {@code sink} (the mapper's result) and returns the file's accounting. */
    public <T> ReadStats read(InputFile file, Function<Row<C>, T> mapper, Consumer<T> sink, List<Reject> rejects) {
        MessageDigest sha = sha256();
        long rowsRead = 0;
        long accepted = 0;
        long blank = 0;
        long rejected = 0;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()), sha);
             Reader reader = new InputStreamReader(in, strictUtf8());
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                throw new InputException(file.display() + ":1: the " + feedName + " file is empty; a header row is required");
            }
            CSVRecord headerRecord = it.next();
            Header<C> header = Header.resolve(columns, headerRecord, file, feedName);
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    blank++;
                    continue;
                }
                rowsRead++;
                try {
                    if (rec.size() != header.width()) {
                        throw new RowException("expected " + header.width() + " fields as in the header, found " + rec.size());
                    }
                    Row<C> row = header.row(rec, new Provenance(file.display(), line));
                    T value = mapper.apply(row);
                    sink.accept(value);
                    accepted++;
                } catch (RowException e) {
                    rejected++;
                    rejects.add(new Reject(file.display(), line, e.getMessage(), raw(rec)));
                }
            }
            in.transferTo(java.io.OutputStream.nullOutputStream()); // hash the whole file even if the parser stopped early
        } catch (NoSuchFileException e) {
            throw new InputException(file.display() + ": no such file");
        } catch (UncheckedIOException e) {
            throw new InputException(file.display() + ": cannot be read as CSV: " + describe(e.getCause()), e);
        } catch (IOException e) {
            throw new InputException(file.display() + ": cannot be read: " + describe(e), e);
        }
        return new ReadStats(file, HexFormat.of().formatHex(sha.digest()), rowsRead, accepted, rejected, blank);
    }

    /** Convenience: reads every accepted row into a list. */
    public <T> List<T> readAll(InputFile file, Function<Row<C>, T> mapper, List<Reject> rejects, List<ReadStats> stats) {
        List<T> out = new ArrayList<>();
        stats.add(read(file, mapper, out::add, rejects));
        return out;
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.charset.MalformedInputException m) {
            return "invalid UTF-8 (a malformed sequence of " + m.getInputLength() + " byte(s))";
        }
        return e.getMessage();
    }

    static String raw(CSVRecord rec) {
        return FORMAT.format(rec.values());
    }

    static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header row resolved against the column enum. */
    static final class Header<C extends Enum<C> & Column> {
        private final int width;
        private final int[] indexOf; // by column ordinal: position in the record, or -1
        private final List<Integer> extraPositions;
        private final List<String> extraNames;
        private final int columnCount;

        private Header(int width, int[] indexOf, List<Integer> extraPositions, List<String> extraNames, int columnCount) {
            this.width = width;
            this.indexOf = indexOf;
            this.extraPositions = extraPositions;
            this.extraNames = extraNames;
            this.columnCount = columnCount;
        }

        static <C extends Enum<C> & Column> Header<C> resolve(Class<C> columns, CSVRecord rec, InputFile file, String feedName) {
            C[] all = columns.getEnumConstants();
            Map<String, C> byName = new LinkedHashMap<>();
            for (C c : all) {
                byName.put(c.header().toLowerCase(Locale.ROOT), c);
            }
            int[] indexOf = new int[all.length];
            java.util.Arrays.fill(indexOf, -1);
            List<Integer> extraPos = new ArrayList<>();
            List<String> extraNames = new ArrayList<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < rec.size(); i++) {
                String name = rec.get(i);
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1); // a UTF-8 byte-order mark
                }
                name = name.strip();
                String key = name.toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    throw new InputException(file.display() + ":1:" + (i + 1) + ": header column " + (i + 1) + " has no name");
                }
                Integer prev = seen.putIfAbsent(key, i);
                if (prev != null) {
                    throw new InputException(file.display() + ":1:" + (i + 1) + ": duplicate header '" + name
                            + "' (also column " + (prev + 1) + ")");
                }
                C c = byName.get(key);
                if (c != null) {
                    indexOf[c.ordinal()] = i;
                } else {
                    extraPos.add(i);
                    extraNames.add(name);
                }
            }
            EnumSet<C> missing = EnumSet.noneOf(columns);
            for (C c : all) {
                if (c.required() && indexOf[c.ordinal()] < 0) {
                    missing.add(c);
                }
            }
            if (!missing.isEmpty()) {
                throw new InputException(file.display() + ":1: the " + feedName + " file lacks required column"
                        + (missing.size() > 1 ? "s " : " ")
                        + String.join(", ", missing.stream().map(c -> "'" + c.header() + "'").toList())
                        + " (found: " + String.join(", ", seen.keySet()) + ")");
            }
            return new Header<>(rec.size(), indexOf, extraPos, extraNames, all.length);
        }

        int width() {
            return width;
        }

        Row<C> row(CSVRecord rec, Provenance source) {
            String[] cells = new String[columnCount];
            for (int c = 0; c < columnCount; c++) {
                int pos = indexOf[c];
                cells[c] = pos < 0 ? null : rec.get(pos);
            }
            Map<String, String> attrs;
            if (extraPositions.isEmpty()) {
                attrs = Collections.emptyMap();
            } else {
                attrs = new LinkedHashMap<>();
                for (int i = 0; i < extraPositions.size(); i++) {
                    String v = rec.get(extraPositions.get(i));
                    if (!v.isBlank()) {
                        attrs.put(extraNames.get(i), v.strip());
                    }
                }
            }
            return new Row<>(cells, attrs, source);
        }
    }
}
