package org.sanctionsmonitor.lists;

import java.nio.file.Path;
import java.util.List;

import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.Reject;

/**
 * One list format: how to recognise it from a file's first bytes (or a folder's contents) and how
 * to read it into entries. {@link ListFormats#ALL} registers every format; adding a format is one
 * implementation and one line there.
 */
public interface ListFormat {

    /** The name {@code --list-format} takes and the manifest records ("ofac", "un", ...). */
    String id();

    /** What a file of this format starts with, for the error that lists the understood formats. */
    String expected();

    /** Whether the path is of this format. {@code probe} holds the path and its first bytes. */
    boolean detects(ListProbe probe);

    /** Whether this format is read from a folder (OFAC's legacy files, a list store). */
    default boolean readsFolders() {
        return false;
    }

    /**
     * Reads the list. Rows that cannot be read go to {@code rejects} with file, line and reason;
     * a file that cannot be read at all throws {@link org.sanctionsmonitor.ingest.InputException}.
     */
    EntityList read(Path path, InputFile file, List<Reject> rejects);

    /**
     * Reads every list the path holds: one for every format but a list store, which holds several
     * and gives each list's newest version dated on or before {@code asOf} (any when null).
     */
    default List<EntityList> readAll(Path path, InputFile file, List<Reject> rejects, java.time.LocalDate asOf) {
        return List.of(read(path, file, rejects));
    }
}
