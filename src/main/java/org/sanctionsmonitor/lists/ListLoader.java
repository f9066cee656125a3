package org.sanctionsmonitor.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * Loads one --lists path, detecting its format from the content. A list that is empty stops the
 * run: a run against no list must never look clean.
 */
public final class ListLoader {

    public static final String NATIVE = "native";

    private ListLoader() {
    }

    public static EntityList load(Path path, String forcedFormat, List<Reject> rejects) {
        InputFile file = InputFile.of(path);
        if (!Files.exists(path)) {
            throw new InputException(file.display() + ": no such list file or folder");
        }
        String format = forcedFormat != null ? forcedFormat.toLowerCase(Locale.ROOT) : detect(path, file);
        if (!NATIVE.equals(format)) {
            throw new InputException(file.display() + ": list format '" + format + "' is not supported (supported: native)");
        }
        String name = defaultName(path);
        List<ListedEntity> entities = new ArrayList<>();
        ReadStats stats = NativeListReader.read(file, name, entities::add, rejects);
        if (entities.isEmpty()) {
            throw new InputException(file.display() + ": the list has no usable entries"
                    + (stats.rowsRejected() > 0 ? " (" + stats.rowsRejected() + " rejected)" : "")
                    + "; a run against no list must never look clean");
        }
        return new EntityList(name, format, List.of(stats), entities);
    }

    /** The list's name when its rows do not give one: the file name without extension. */
    static String defaultName(Path path) {
        String n = path.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String detect(Path path, InputFile file) {
        if (Files.isDirectory(path)) {
            throw new InputException(file.display() + ": is a folder, and no folder list format is supported yet");
        }
        String first;
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            first = r.readLine();
        } catch (IOException e) {
            throw new InputException(file.display() + ": cannot be read: " + e.getMessage(), e);
        }
        if (first == null || first.isBlank()) {
            throw new InputException(file.display() + ":1: the list file is empty; a run against no list must never look clean");
        }
        String h = first.replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        List<String> cells = List.of(h.split(","));
        List<String> names = cells.stream().map(s -> s.replace("\"", "").strip()).toList();
        if (names.contains("entity_id") && names.contains("name")) {
            return NATIVE;
        }
        throw new InputException(file.display() + ":1: unrecognised list format (a native list has the columns entity_id and name); use --list-format to force one");
    }
}
