package org.sanctionsmonitor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a run's reports into a private staging folder inside --out, then moves each file into
 * place with an atomic rename. A run that fails before {@link #commit()} leaves the previous
 * reports untouched and no partial file behind; each report is either the old one or the whole
 * new one.
 */
public final class AtomicOutput implements AutoCloseable {

    /** Writes one file's content. */
    public interface Content {
        void write(Writer w) throws IOException;
    }

    private final Path out;
    private final Path staging;
    private final List<String> names = new ArrayList<>();
    private boolean committed;

    /** A staging folder older than this was left by an interrupted run and is removed. */
    static final long STALE_MILLIS = 3_600_000L;

    public AtomicOutput(Path out) throws IOException {
        this.out = out;
        Files.createDirectories(out);
        removeStale(out);
        this.staging = Files.createTempDirectory(out, ".staging-");
    }

    /** Removes staging folders left by runs that were killed (older than an hour; a running one is newer). */
    private static void removeStale(Path out) throws IOException {
        long cutoff = System.currentTimeMillis() - STALE_MILLIS;
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith(".staging-")).toList()) {
                if (Files.isDirectory(p) && Files.getLastModifiedTime(p).toMillis() < cutoff) {
                    delete(p);
                }
            }
        }
    }

    /** Stages one report; files are moved into place in the order they were staged. */
    public void write(String name, Content content) throws IOException {
        Path p = staging.resolve(name);
        try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            content.write(w);
        }
        names.add(name);
    }

    /**
     * A folder of the run's own inside the staging folder (e.g. the findings' sort files): never
     * moved into --out, removed with the staging folder.
     */
    public Path scratch(String name) throws IOException {
        return Files.createDirectories(staging.resolve(name));
    }

    /** Moves every staged file into --out. */
    public void commit() throws IOException {
        for (String name : names) {
            Path from = staging.resolve(name);
            Path to = out.resolve(name);
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    public boolean committed() {
        return committed;
    }

    /** Removes the staging folder and anything left in it. */
    @Override
    public void close() throws IOException {
        delete(staging);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
