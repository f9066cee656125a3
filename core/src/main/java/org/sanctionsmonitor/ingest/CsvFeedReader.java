package org.sanctionsmonitor.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import org.sanctionsmonitor.concurrent.OrderedStage;
import org.sanctionsmonitor.model.Provenance;

/**
 * Reads one CSV feed (RFC 4180, UTF-8, one header row) whose columns are described by an enum.
 * Columns are found by header name in any order, case-insensitively; unknown columns become
 * attributes; every record keeps its file and starting line. A row that cannot be read becomes a
 * {@link Reject} and reading goes on: a value that does not parse, the wrong number of fields, and
 * also a record that cannot be parsed at all (an unbalanced quote, invalid UTF-8, a record over
 * {@link #MAX_RECORD_CHARS}), which is rejected at the line where it began before reading resumes
 * on the next line. A file that cannot be used at all (no header, a missing required column, a
 * duplicate header) raises {@link InputException}.
 */
public final class CsvFeedReader<C extends Enum<C> & Column> {

    /** The one CSV dialect every feed uses: RFC 4180, nothing ignored, nothing trimmed. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .get();

    /** The longest record accepted, in characters; a longer one is rejected (it bounds every field too). */
    public static final long MAX_RECORD_CHARS = 1L << 20;

    /** How much of a rejected row's text rejects.csv keeps. */
    public static final int MAX_RAW_CHARS = 2000;

    private final Class<C> columns;
    private final String feedName;
    private final long maxRecordChars;

    public CsvFeedReader(Class<C> columns, String feedName) {
        this(columns, feedName, MAX_RECORD_CHARS);
    }

    CsvFeedReader(Class<C> columns, String feedName, long maxRecordChars) {
        this.columns = columns;
        this.feedName = feedName;
        this.maxRecordChars = maxRecordChars;
    }

    /** Reads every row into {@code sink} (the mapper's result) and returns the file's accounting. */
    public <T> ReadStats read(InputFile file, Function<Row<C>, T> mapper, Consumer<T> sink, List<Reject> rejects) {
        return read(new State<>(file, mapper, sink, rejects, false));
    }

    /**
     * The same as {@link #read}, with the same results in the same order, but the rows are mapped
     * on worker threads ({@link OrderedStage}) while this thread parses the CSV: {@code mapper}
     * must be thread-safe and may do more per-record work than mapping (e.g. screening). The
     * sink still sees the records in file order on this thread, and every reject, whether the row
     * could not be parsed or not be mapped, joins {@code rejects} in file order.
     */
    public <T> ReadStats readParallel(InputFile file, Function<Row<C>, T> mapper, Consumer<T> sink, List<Reject> rejects) {
        return read(new State<>(file, mapper, sink, rejects, true));
    }

    private <T> ReadStats read(State<C, T> st) {
        InputFile file = st.file;
        long resumeAt = 1;
        try {
            while (resumeAt > 0) {
                resumeAt = readSegment(st, resumeAt);
            }
            if (st.stage != null) {
                st.stage.finish();
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file.display() + ": no such file");
        } catch (IOException e) {
            throw new InputException(file.display() + ": cannot be read: " + e.getMessage(), e);
        }
        return new ReadStats(file, HexFormat.of().formatHex(st.sha.digest()), st.rowsRead, st.accepted, st.rejected, st.blank);
    }

    /** What reading one file accumulates across segments. */
    private static final class State<C extends Enum<C> & Column, T> {
        final InputFile file;
        final Function<Row<C>, T> mapper;
        final Consumer<T> sink;
        final List<Reject> rejects;
        final MessageDigest sha = sha256();
        /**
         * When reading in parallel: takes {@link Parsed} records and finished {@link Reject}s in
         * file order, maps the former on worker threads and hands each outcome to {@link #done}
         * in file order. Null when reading on one thread.
         */
        final OrderedStage<Object, Object> stage;
        Header<C> header;
        long rowsRead;
        long accepted;
        long rejected;
        long blank;

        State(InputFile file, Function<Row<C>, T> mapper, Consumer<T> sink, List<Reject> rejects, boolean parallel) {
            this.file = file;
            this.mapper = mapper;
            this.sink = sink;
            this.rejects = rejects;
            this.stage = parallel ? new OrderedStage<>(this::outcome, (item, outcome) -> done(outcome)) : null;
        }

        void reject(long line, String reason, String raw) {
            Reject r = new Reject(file.display(), line, reason, clip(raw));
            if (stage != null) {
                stage.accept(r); // behind the rows before it that are still being mapped
            } else {
                done(r);
            }
        }

        /** A data record read at {@code line}: mapped now, or queued for the workers. */
        void record(CSVRecord rec, long line) {
            if (stage != null) {
                stage.accept(new Parsed(rec, line));
            } else {
                done(map(rec, line));
            }
        }

        /** On a worker when parallel: a finished reject passes through, a parsed record is mapped. */
        private Object outcome(Object item) {
            return item instanceof Parsed p ? map(p.rec(), p.line()) : item;
        }

        /** The mapper's record, or the Reject saying why the record could not be mapped. */
        private Object map(CSVRecord rec, long line) {
            try {
                if (rec.size() != header.width()) {
                    throw new RowException("expected " + header.width() + " fields as in the header, found " + rec.size());
                }
                if (header.repeats(rec)) {
                    throw new RowException("the header row repeats here (as in exports joined from several files); it is not a record");
                }
                T value = mapper.apply(header.row(rec, new Provenance(file.display(), line)));
                return new Mapped<>(value);
            } catch (RowException e) {
                return new Reject(file.display(), line, e.getMessage(), clip(raw(rec)));
            }
        }

        /** In file order on the reading thread: counts the row and hands it on. */
        @SuppressWarnings("unchecked")
        private void done(Object outcome) {
            rowsRead++;
            if (outcome instanceof Reject r) {
                rejected++;
                rejects.add(r);
            } else {
                accepted++;
                sink.accept(((Mapped<T>) outcome).value());
            }
        }
    }

    /** A data record as parsed, with the line it began on. */
    private record Parsed(CSVRecord rec, long line) {
    }

    /** A mapped record (a wrapper, so that a mapper may return anything, even a Reject). */
    private record Mapped<T>(T value) {
    }

    /**
     * Parses the file from physical line {@code fromLine} on. Returns 0 at the end of the file, or
     * the line to resume at when a record could not be parsed at all (a broken quote, invalid
     * UTF-8, a record over the size limit): that record is rejected with the line where it began
     * and reading resumes on the next line, so one bad quote never swallows the rest of the file.
     * The first segment also hashes the whole file.
     */
    private <T> long readSegment(State<C, T> st, long fromLine) throws IOException {
        boolean first = fromLine == 1;
        InputStream raw = Files.newInputStream(st.file.path());
        InputStream in = first ? new DigestInputStream(raw, st.sha) : new java.io.BufferedInputStream(raw, 1 << 16);
        try (in) {
            if (!first) {
                LineEnds.skip(in, fromLine - 1);
            }
            RecordGuard guard = new RecordGuard(new StrictUtf8Reader(in), maxRecordChars);
            CSVParser parser = CSVParser.builder().setReader(guard).setFormat(FORMAT).get();
            var it = parser.iterator();
            long nextLine = fromLine;
            try {
                if (st.header == null) {
                    if (!it.hasNext()) {
                        throw new InputException(st.file.display() + ":1: the " + feedName + " file is empty; a header row is required");
                    }
                    st.header = Header.resolve(columns, it.next(), st.file, feedName);
                    guard.recordDone();
                    nextLine = fromLine + parser.getCurrentLineNumber();
                }
                while (it.hasNext()) {
                    CSVRecord rec = it.next();
                    guard.recordDone();
                    long line = nextLine;
                    nextLine = fromLine + parser.getCurrentLineNumber();
                    accept(st, rec, line);
                }
            } catch (UncheckedIOException e) {
                if (st.header == null) {
                    throw new InputException(st.file.display() + ":1: the header row cannot be read: " + brokenRecord(st, e.getCause(), 1));
                }
                long resume = nextLine + 1;
                String reason = brokenRecord(st, e.getCause(), nextLine);
                if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                    var pos = Utf8Scan.firstInvalid(st.file.path(), nextLine);
                    if (pos.isPresent()) {
                        resume = pos.get().line() + 1;
                    }
                }
                st.reject(nextLine, reason, physicalLine(st.file.path(), nextLine));
                if (first) {
                    in.transferTo(java.io.OutputStream.nullOutputStream()); // hash the rest of the file
                }
                return resume;
            }
            if (first) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return 0;
        }
    }

    private <T> void accept(State<C, T> st, CSVRecord rec, long line) {
        if (rec.size() == 1 && rec.get(0).isEmpty()) {
            st.blank++;
            return;
        }
        st.record(rec, line);
    }

    /** Why a record could not be parsed at all, in words. */
    private String brokenRecord(State<C, ?> st, IOException cause, long line) throws IOException {
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return Utf8Scan.firstInvalid(st.file.path(), line).map(Utf8Scan.Position::describe)
                    .orElse("invalid UTF-8 in the record beginning on line " + line);
        }
        if (cause instanceof RecordGuard.TooLong) {
            return "the record beginning on line " + line + " is " + cause.getMessage()
                    + " (an unbalanced quote?); reading resumes on the next line";
        }
        return "unbalanced quote: the quoted field in the record beginning on line " + line
                + " is not closed properly (" + cause.getMessage() + "); reading resumes on the next line";
    }

    /** The text of one physical line, decoded leniently and clipped, for rejects.csv. */
    private static String physicalLine(java.nio.file.Path path, long line) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path))) {
            LineEnds.skip(in, line - 1);
            return LineEnds.read(in, MAX_RAW_CHARS * 4);
        }
    }

    static String clip(String raw) {
        return raw.length() <= MAX_RAW_CHARS ? raw : raw.substring(0, MAX_RAW_CHARS) + "...";
    }

    /** Convenience: reads every accepted row into a list. */
    public <T> List<T> readAll(InputFile file, Function<Row<C>, T> mapper, List<Reject> rejects, List<ReadStats> stats) {
        List<T> out = new ArrayList<>();
        stats.add(read(file, mapper, out::add, rejects));
        return out;
    }

    static String raw(CSVRecord rec) {
        return FORMAT.format(rec.values());
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
        private final List<String> names;

        private Header(int width, int[] indexOf, List<Integer> extraPositions, List<String> extraNames, int columnCount,
                List<String> names) {
            this.names = names;
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
            return new Header<>(rec.size(), indexOf, extraPos, extraNames, all.length, List.copyOf(seen.keySet()));
        }

        /** Whether a data record is the header row again (the same names, ignoring case and surrounding blanks). */
        boolean repeats(CSVRecord rec) {
            for (int i = 0; i < names.size(); i++) {
                String cell = rec.get(i);
                if (i == 0 && cell.startsWith("\uFEFF")) {
                    cell = cell.substring(1);
                }
                if (!sameName(cell.strip(), names.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether {@code cell.toLowerCase(Locale.ROOT)} equals {@code name}, without making the
         * lower-case copy for every row's first cell: an ASCII text lowers letter by letter, so it
         * is compared so; any other text (where lowering may change the length) as before.
         */
        private static boolean sameName(String cell, String name) {
            int n = cell.length();
            for (int k = 0; k < n; k++) {
                char c = cell.charAt(k);
                if (c >= 128) {
                    return cell.toLowerCase(Locale.ROOT).equals(name);
                }
                if (k >= name.length() || (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != name.charAt(k)) {
                    return false;
                }
            }
            return n == name.length();
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
