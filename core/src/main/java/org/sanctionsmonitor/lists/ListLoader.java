package org.sanctionsmonitor.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;

/**
 * Loads one --lists path, detecting its format from the content (or taking the one --list-format
 * forces): one of {@link ListFormats#ALL} (native CSV, OFAC legacy folder or sdn.csv, OFAC
 * Advanced XML, UN consolidated XML, OpenSanctions targets.simple.csv, US Consolidated Screening
 * List CSV). A list that is empty or that yields
 * no entry stops the run: a run against no list must never look clean.
 */
public final class ListLoader {

    public static final String NATIVE = ListFormats.NATIVE.id();
    public static final String OFAC = ListFormats.OFAC.id();
    public static final String OPENSANCTIONS = ListFormats.OPENSANCTIONS.id();
    public static final String CSL = ListFormats.CSL.id();

    private ListLoader() {
    }

    public static EntityList load(Path path, String forcedFormat, List<Reject> rejects) {
        List<EntityList> all = loadAll(path, forcedFormat, rejects, null);
        if (all.size() != 1) {
            throw new InputException(InputFile.of(path).display() + ": holds " + all.size() + " lists where one is expected");
        }
        return all.get(0);
    }

    /**
     * Loads every list a --lists path holds (several for a list store, whose versions are chosen
     * as of {@code asOf}; one otherwise). Each must have entries.
     */
    public static List<EntityList> loadAll(Path path, String forcedFormat, List<Reject> rejects, java.time.LocalDate asOf) {
        InputFile file = InputFile.of(path);
        if (!Files.exists(path)) {
            throw new InputException(file.display() + ": no such list file or folder");
        }
        ListFormat format;
        if (forcedFormat != null) {
            format = ListFormats.byId(forcedFormat.toLowerCase(Locale.ROOT));
            if (format == null) {
                throw new InputException(file.display() + ": list format '" + forcedFormat + "' is not supported (supported: "
                        + String.join(", ", ListFormats.ids()) + ")");
            }
        } else {
            format = detect(path, file);
        }
        if (Files.isDirectory(path) && !format.readsFolders()) {
            throw new InputException(file.display() + ": is a folder; the " + format.id() + " format is read from a file");
        }
        List<EntityList> lists = format.readAll(path, file, rejects, asOf);
        if (lists.isEmpty()) {
            throw new InputException(file.display() + ": the " + format.id() + " holds no list; a run against no list must never look clean");
        }
        for (EntityList list : lists) {
            if (list.entities().isEmpty()) {
                long rejected = list.files().stream().mapToLong(ReadStats::rowsRejected).sum();
                throw new InputException(file.display() + ": the " + list.format() + " list has no usable entries"
                        + (rejected > 0 ? " (" + rejected + " rejected)" : "")
                        + "; a run against no list must never look clean");
            }
        }
        return lists;
    }

    /** The list's name when its rows do not give one: the file name without extension. */
    static String defaultName(Path path) {
        String n = path.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** The format of a list file or folder, from its content. */
    public static ListFormat detect(Path path, InputFile file) {
        ListProbe probe = ListProbe.of(path, file);
        if (probe.isBlank()) {
            throw new InputException(file.display() + ":1: the list file is empty; a run against no list must never look clean");
        }
        for (ListFormat f : ListFormats.ALL) {
            if (f.detects(probe)) {
                return f;
            }
        }
        if (probe.isFolder()) {
            throw new InputException(file.display() + ": is a folder that no list format reads (expected: "
                    + String.join("; ", ListFormats.ALL.stream().filter(ListFormat::readsFolders).map(ListFormat::expected).toList())
                    + ")");
        }
        String root = probe.xmlRoot();
        throw new InputException(file.display() + ":1: unrecognised list format"
                + (root != null ? " (an XML document whose root element is <" + root + ">)" : "") + ": expected "
                + String.join(", ", ListFormats.ALL.stream().map(ListFormat::expected).toList())
                + "; use --list-format to force one (" + String.join(", ", ListFormats.ids()) + ")");
    }
}
