package org.sanctionsmonitor.finding;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A run's findings in {@link Finding#ORDER}, de-duplicated, that can be read more than once: held
 * in memory when they fit a {@link FindingSorter}'s budget, otherwise merged afresh from its sorted
 * runs on disk at each reading, one finding at a time. Each reading gives the same findings in the
 * same order. {@link #open()} gives a cursor to close when stopping early; {@link #forEach} and a
 * loop over {@link #iterator()} that reaches the end close theirs.
 */
public final class SortedFindings implements Iterable<Finding> {

    /** One reading of the findings; closing it releases the files it reads. */
    public interface Cursor extends Iterator<Finding>, AutoCloseable {
        @Override
        void close();

        /** A cursor over findings held in memory: nothing to close. */
        static Cursor over(Iterator<Finding> it) {
            return new Cursor() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public Finding next() {
                    return it.next();
                }

                @Override
                public void close() {
                }
            };
        }
    }

    public static final SortedFindings EMPTY = of(List.of());

    private final List<Finding> memory;
    private final Supplier<Cursor> source;
    private final int size;
    private final Map<String, Long> beyond;

    private SortedFindings(List<Finding> memory, Supplier<Cursor> source, int size, Map<String, Long> beyond) {
        this.memory = memory;
        this.source = source;
        this.size = size;
        this.beyond = java.util.Collections.unmodifiableMap(new TreeMap<>(beyond));
    }

    /** Findings already in their order (as {@code RuleRunner.order} gives them), held in memory. */
    public static SortedFindings of(List<Finding> ordered) {
        return of(ordered, Map.of());
    }

    /** The same, with the findings per rule that a bound left out ({@link #beyondBound}). */
    public static SortedFindings of(List<Finding> ordered, Map<String, Long> beyond) {
        List<Finding> copy = List.copyOf(ordered);
        return new SortedFindings(copy, null, copy.size(), beyond);
    }

    /** Findings read from {@code source} at each reading; {@code size} of them. */
    static SortedFindings read(Supplier<Cursor> source, int size, Map<String, Long> beyond) {
        return new SortedFindings(null, source, size, beyond);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Whether the findings are held in memory (false: they are read from disk at each reading). */
    public boolean inMemory() {
        return memory != null;
    }

    /** Per rule id, the findings a bound (--max-findings) left out, after de-duplication; empty when none. */
    public Map<String, Long> beyondBound() {
        return beyond;
    }

    /** A reading from the first finding; close it when done. */
    public Cursor open() {
        if (memory != null) {
            return Cursor.over(memory.iterator());
        }
        return source.get();
    }

    /** A reading that closes itself at its end (a loop that stops early should use {@link #open()}). */
    @Override
    public Iterator<Finding> iterator() {
        Cursor c = open();
        return new Iterator<>() {
            private boolean open = true;

            @Override
            public boolean hasNext() {
                if (!open) {
                    return false;
                }
                if (c.hasNext()) {
                    return true;
                }
                c.close();
                open = false;
                return false;
            }

            @Override
            public Finding next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return c.next();
            }
        };
    }

    @Override
    public void forEach(Consumer<? super Finding> action) {
        try (Cursor c = open()) {
            while (c.hasNext()) {
                action.accept(c.next());
            }
        }
    }

    /** The findings as a stream; close it (try-with-resources) when not reading to the end. */
    public Stream<Finding> stream() {
        Cursor c = open();
        return StreamSupport.stream(Spliterators.spliterator(c, size, java.util.Spliterator.ORDERED
                | java.util.Spliterator.NONNULL), false).onClose(c::close);
    }

    /** The first {@code n} findings (all of them when fewer). */
    public List<Finding> head(int n) {
        if (memory != null) {
            return memory.subList(0, Math.min(n, memory.size()));
        }
        List<Finding> out = new ArrayList<>(Math.min(n, size));
        try (Cursor c = open()) {
            while (out.size() < n && c.hasNext()) {
                out.add(c.next());
            }
        }
        return out;
    }

    /** Every finding in one list in memory (for callers that need them all at once: keep to small runs). */
    public List<Finding> toList() {
        return memory != null ? memory : head(size);
    }

    /**
     * The findings {@code keep} accepts, in the same order, read through these ones at each reading;
     * {@code kept} is how many it accepts (the caller counted them in a reading of its own).
     */
    public SortedFindings filter(Predicate<Finding> keep, int kept) {
        if (memory != null) {
            return of(memory.stream().filter(keep).toList(), beyond);
        }
        SortedFindings base = this;
        return new SortedFindings(null, () -> {
            Cursor c = base.open();
            return new Cursor() {
                private Finding next;

                @Override
                public boolean hasNext() {
                    while (next == null && c.hasNext()) {
                        Finding f = c.next();
                        if (keep.test(f)) {
                            next = f;
                        }
                    }
                    return next != null;
                }

                @Override
                public Finding next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Finding f = next;
                    next = null;
                    return f;
                }

                @Override
                public void close() {
                    c.close();
                }
            };
        }, kept, beyond);
    }
}
