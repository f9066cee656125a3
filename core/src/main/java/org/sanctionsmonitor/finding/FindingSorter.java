package org.sanctionsmonitor.finding;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A sink that takes a run's findings in any order, from any thread, and gives them back in
 * {@link Finding#ORDER} with exact repeats removed, as {@code RuleRunner.order} does: an external
 * merge sort. Findings are held in memory up to a budget (by default an eighth of the heap; the
 * system property {@value #MEMORY_PROPERTY} sets it, e.g. {@code 64m}); past it the held ones are
 * sorted and written to a run file in the spill folder, and {@link #finish} merges the runs at each
 * reading of its {@link SortedFindings}, so memory does not grow with the number of findings. When
 * every finding fits the budget nothing touches the disk.
 *
 * <p>De-duplication works on groups of findings that agree on every key of the order but the input
 * line and the id (same rule, subject, list entry and matched value): findings with the same id
 * always share a group, so a group is all {@code RuleRunner.order} needs to see (within a group,
 * findings that tie in the order are put in a fixed order by their content, so the outcome never
 * depends on which thread raised what first). The spill folder is the caller's (for the batch check,
 * inside the run's staging output, so a failed run leaves nothing behind); {@link #close} removes
 * the run files.
 */
public final class FindingSorter implements Consumer<Finding>, AutoCloseable {

    /** System property: the sorter's memory budget in bytes ({@code k}, {@code m}, {@code g} suffixes allowed). */
    public static final String MEMORY_PROPERTY = "sanctions.findingsMemory";

    /** Run files merged at once; more are first merged in groups of this many. */
    static final int FAN_IN = 32;

    private static final int IO_BUFFER = 1 << 16;

    /** Where run files go; asked for on the first spill only. */
    @FunctionalInterface
    public interface SpillFolder {
        Path get() throws IOException;
    }

    /** Orders findings of the same group (see the class comment) that tie in {@link Finding#ORDER}. */
    static final Comparator<Finding> CONTENT = Comparator
            .comparing((Finding f) -> nz(f.explanation()))
            .thenComparing(f -> nz(f.listEntryName()))
            .thenComparing(f -> nz(f.programs()))
            .thenComparing(f -> f.score() == null ? Double.NEGATIVE_INFINITY : f.score())
            .thenComparing(f -> nz(f.ruleName()))
            .thenComparing(f -> nz(f.ruleFile()))
            .thenComparing(f -> nz(f.legalBasis()))
            .thenComparing(Finding::category)
            .thenComparing(f -> f.evidence().toString());

    private final SpillFolder folder;
    private final long budget;
    private Path dir;
    private List<Finding> held = new ArrayList<>();
    private long heldBytes;
    private final List<Path> runs = new ArrayList<>();
    private long accepted;
    private long spilledBytes;
    private boolean finished;
    private volatile boolean closed;

    /** With the default budget ({@link #defaultBudget()}). */
    public FindingSorter(SpillFolder folder) {
        this(folder, defaultBudget());
    }

    public FindingSorter(SpillFolder folder, long budgetBytes) {
        if (budgetBytes < 1) {
            throw new IllegalArgumentException("the findings' memory budget must be at least 1 byte");
        }
        this.folder = folder;
        this.budget = budgetBytes;
    }

    /** {@value #MEMORY_PROPERTY} when set, else an eighth of the heap. */
    public static long defaultBudget() {
        String p = System.getProperty(MEMORY_PROPERTY);
        return p == null || p.isBlank() ? Runtime.getRuntime().maxMemory() / 8 : parseBytes("-D" + MEMORY_PROPERTY, p);
    }

    /** {@code 123}, {@code 64k}, {@code 64m}, {@code 1g} as bytes. */
    static long parseBytes(String what, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (!t.isEmpty() && "kmg".indexOf(t.charAt(t.length() - 1)) >= 0) {
            unit = switch (t.charAt(t.length() - 1)) {
                case 'k' -> 1L << 10;
                case 'm' -> 1L << 20;
                default -> 1L << 30;
            };
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a size in bytes (e.g. 64m, 512k, 1g)");
        }
    }

    public long budget() {
        return budget;
    }

    /** Takes one finding (thread-safe); past the budget the held findings are spilled to a sorted run. */
    @Override
    public synchronized void accept(Finding f) {
        if (finished) {
            throw new IllegalStateException("the sorter has finished; no more findings");
        }
        held.add(f);
        heldBytes += estimate(f);
        accepted++;
        if (heldBytes > budget) {
            spill();
        }
    }

    public synchronized void acceptAll(Collection<Finding> findings) {
        findings.forEach(this::accept);
    }

    /** Findings taken so far, repeats included. */
    public synchronized long accepted() {
        return accepted;
    }

    /** Sorted runs written to disk so far (0: everything is held in memory). */
    public synchronized int spills() {
        return runs.size();
    }

    /** Bytes written to run files so far. */
    public synchronized long spilledBytes() {
        return spilledBytes;
    }

    /**
     * The findings in order, de-duplicated, the first {@code max} of them (the others counted per
     * rule in {@link SortedFindings#beyondBound}); no finding may be added afterwards. Runs on
     * disk are read once here to count the findings, then at each reading of the result.
     */
    public synchronized SortedFindings finish(int max) {
        if (finished) {
            throw new IllegalStateException("the sorter has already finished");
        }
        finished = true;
        if (runs.isEmpty()) {
            held.sort(Finding.ORDER);
            List<Finding> kept = new ArrayList<>();
            Map<String, Long> beyond = new TreeMap<>();
            Unique u = new Unique(SortedFindings.Cursor.over(held.iterator()));
            while (u.hasNext()) {
                Finding f = u.next();
                if (kept.size() < max) {
                    kept.add(f);
                } else {
                    beyond.merge(f.ruleId(), 1L, Long::sum);
                }
            }
            held = null;
            return SortedFindings.of(kept, beyond);
        }
        spill();
        held = null;
        while (runs.size() > FAN_IN) {
            List<Path> group = new ArrayList<>(runs.subList(0, FAN_IN));
            Path merged = newRun();
            try (SortedFindings.Cursor c = merge(group); DataOutputStream out = output(merged)) {
                while (c.hasNext()) {
                    FindingCodec.write(c.next(), out);
                }
            } catch (IOException e) {
                throw spillFailure(merged, e);
            }
            for (Path p : group) {
                delete(p);
            }
            runs.subList(0, FAN_IN).clear();
            runs.add(merged);
        }
        List<Path> fixed = List.copyOf(runs);
        int size = 0;
        Map<String, Long> beyond = new TreeMap<>();
        try (Unique u = new Unique(merge(fixed))) {
            while (u.hasNext()) {
                Finding f = u.next();
                if (size < max) {
                    size++;
                } else {
                    beyond.merge(f.ruleId(), 1L, Long::sum);
                }
            }
        }
        return SortedFindings.read(() -> {
            if (closed) {
                throw new IllegalStateException("the findings were sorted on disk and their files removed with the run's"
                        + " staging folder; read them from findings.csv or findings.json");
            }
            return limit(new Unique(merge(fixed)), max);
        }, size, beyond);
    }

    /** Removes the run files (a result of {@link #finish} cannot be read afterwards when they were used). */
    @Override
    public synchronized void close() {
        closed = true;
        for (Path p : runs) {
            delete(p);
        }
        runs.clear();
        held = null;
    }

    private void spill() {
        if (held.isEmpty()) {
            return;
        }
        held.sort(Finding.ORDER);
        Path run = newRun();
        try (DataOutputStream out = output(run)) {
            for (Finding f : held) {
                FindingCodec.write(f, out);
            }
            out.flush();
            spilledBytes += out.size();
        } catch (IOException e) {
            throw spillFailure(run, e);
        }
        runs.add(run);
        held = new ArrayList<>();
        heldBytes = 0;
    }

    private Path newRun() {
        try {
            if (dir == null) {
                dir = folder.get();
                Files.createDirectories(dir);
            }
            return Files.createTempFile(dir, "findings-", ".run");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a file for the findings' sort in "
                    + (dir == null ? "the staging folder" : dir) + ": " + e.getMessage(), e);
        }
    }

    private static DataOutputStream output(Path p) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(p), IO_BUFFER));
    }

    private static UncheckedIOException spillFailure(Path p, IOException e) {
        return new UncheckedIOException("cannot write the findings' sort file " + p + " (free disk space in --out?): "
                + e.getMessage(), e);
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // the staging folder it is in is removed with the run's output
        }
    }

    /** A rough count of the bytes a held finding keeps alive (strings, evidence, facts; on the high side). */
    static long estimate(Finding f) {
        long n = 200 + chars(f.findingId()) + chars(f.subjectId()) + chars(f.listEntryName()) + chars(f.matchedValue())
                + chars(f.explanation()) + chars(f.programs());
        for (Evidence e : f.evidence()) {
            n += 120 + chars(e.id()) + chars(e.type());
            if (e.facts() != null) {
                for (Map.Entry<String, String> x : e.facts().entrySet()) {
                    n += 48 + chars(x.getKey()) + chars(x.getValue());
                }
            }
        }
        return n;
    }

    private static long chars(String s) {
        return s == null ? 0 : 48 + 2L * s.length();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The first {@code max} of {@code c}. */
    private static SortedFindings.Cursor limit(SortedFindings.Cursor c, int max) {
        return new SortedFindings.Cursor() {
            private int given;

            @Override
            public boolean hasNext() {
                return given < max && c.hasNext();
            }

            @Override
            public Finding next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return c.next();
            }

            @Override
            public void close() {
                c.close();
            }
        };
    }

    /** The runs merged into one sequence in {@link Finding#ORDER} (repeats kept); ties go to the earlier run. */
    private static SortedFindings.Cursor merge(List<Path> runs) {
        record Head(Finding finding, int run) {
        }
        List<DataInputStream> inputs = new ArrayList<>();
        PriorityQueue<Head> heads = new PriorityQueue<>(
                Comparator.comparing(Head::finding, Finding.ORDER).thenComparingInt(Head::run));
        try {
            for (Path p : runs) {
                inputs.add(new DataInputStream(new BufferedInputStream(Files.newInputStream(p), IO_BUFFER)));
            }
            for (int i = 0; i < inputs.size(); i++) {
                Finding f = FindingCodec.read(inputs.get(i));
                if (f != null) {
                    heads.add(new Head(f, i));
                }
            }
        } catch (IOException e) {
            closeAll(inputs);
            throw new UncheckedIOException("cannot read the findings' sort files: " + e.getMessage(), e);
        }
        return new SortedFindings.Cursor() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public Finding next() {
                Head h = heads.poll();
                if (h == null) {
                    throw new NoSuchElementException();
                }
                try {
                    Finding f = FindingCodec.read(inputs.get(h.run()));
                    if (f != null) {
                        heads.add(new Head(f, h.run()));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the findings' sort file " + runs.get(h.run()) + ": "
                            + e.getMessage(), e);
                }
                return h.finding();
            }

            @Override
            public void close() {
                closeAll(inputs);
            }
        };
    }

    private static void closeAll(List<DataInputStream> inputs) {
        for (DataInputStream in : inputs) {
            try {
                in.close();
            } catch (IOException e) {
                // read-only; nothing to lose
            }
        }
    }

    /** Findings of one group: they agree on every key of {@link Finding#ORDER} but the input line and the id. */
    /**
     * Findings already sorted, with exact repeats removed: two different findings that share an id
     * (the same transaction id twice in a feed) are told apart by a suffix from their input line.
     * The one rule for repeats, used here and by {@code RuleRunner.order}. Returned in {@link Finding#ORDER}.
     */
    public static List<Finding> withoutRepeats(List<Finding> sorted) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Finding f : sorted) {
            Finding prev = unique.get(f.findingId());
            if (prev == null) {
                unique.put(f.findingId(), f);
            } else if (!prev.equals(f)) {
                String id = f.findingId() + "-L" + f.source().line();
                unique.putIfAbsent(id, f.withFindingId(id));
            }
        }
        List<Finding> out = new ArrayList<>(unique.values());
        out.sort(Finding.ORDER);
        return out;
    }

    private static boolean sameGroup(Finding a, Finding b) {
        return a.severity() == b.severity() && a.ruleId().equals(b.ruleId()) && a.subjectType().equals(b.subjectType())
                && a.subjectId().equals(b.subjectId()) && nz(a.listSource()).equals(nz(b.listSource()))
                && nz(a.listEntryId()).equals(nz(b.listEntryId())) && nz(a.matchedValue()).equals(nz(b.matchedValue()));
    }

    /**
     * A sorted sequence with exact repeats removed, as {@code RuleRunner.order} does it: per group, the
     * first finding of an id stays, a different finding with the same id gets the id suffixed with
     * {@code -L} and its input line, and the group is put back in order.
     */
    private static final class Unique implements SortedFindings.Cursor {
        private final SortedFindings.Cursor in;
        private Finding pending;
        private final java.util.ArrayDeque<Finding> out = new java.util.ArrayDeque<>();

        Unique(SortedFindings.Cursor in) {
            this.in = in;
            this.pending = in.hasNext() ? in.next() : null;
        }

        @Override
        public boolean hasNext() {
            if (out.isEmpty() && pending != null) {
                nextGroup();
            }
            return !out.isEmpty();
        }

        @Override
        public Finding next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return out.poll();
        }

        private void nextGroup() {
            List<Finding> group = new ArrayList<>();
            group.add(pending);
            pending = null;
            while (in.hasNext()) {
                Finding f = in.next();
                if (sameGroup(group.get(0), f)) {
                    group.add(f);
                } else {
                    pending = f;
                    break;
                }
            }
            if (group.size() == 1) {
                out.add(group.get(0));
                return;
            }
            group.sort(Finding.ORDER.thenComparing(CONTENT));
            out.addAll(withoutRepeats(group));
        }

        @Override
        public void close() {
            in.close();
        }
    }
}
