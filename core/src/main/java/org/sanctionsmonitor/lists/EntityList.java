package org.sanctionsmonitor.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.model.EntityRelation;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * One list given with --lists: its format, the files read for it, the entries it holds, the
 * relationships between entries that the list states (ownership, links), the list's publication
 * date where the file gives one ({@code null} where it does not), the warnings reading it gave
 * (a missing sibling file, cut text: things the run must say out loud, not reject) and the
 * format's own counts for the manifest ({@code details}: e.g. how many rows of each schema became
 * what; a reader's notes on what it read beyond plain fields, such as IMO numbers read out of
 * prose or values it could not map, under {@code read_notes}).
 */
public record EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities,
        List<EntityRelation> relations, LocalDate published, List<String> warnings, Map<String, Object> details) {

    /** The details key under which a reader's notes are kept (read_notes in the manifest). */
    public static final String READ_NOTES = "read_notes";

    public EntityList {
        files = List.copyOf(files);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        warnings = List.copyOf(warnings);
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A list without warnings or format details. */
    public EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities,
            List<EntityRelation> relations, LocalDate published) {
        this(name, format, files, entities, relations, published, List.of(), Map.of());
    }

    /** A list with a reader's notes (the manifest's read_notes for this list) and no warnings. */
    public EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities,
            List<EntityRelation> relations, LocalDate published, Map<String, Object> readNotes) {
        this(name, format, files, entities, relations, published, List.of(),
                readNotes.isEmpty() ? Map.of() : Map.of(READ_NOTES, readNotes));
    }

    /** A list whose format states no relationships between its entries and no publication date. */
    public EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities) {
        this(name, format, files, entities, List.of(), null);
    }

    /** The same list with another publication date (--list-date, a store's version date). */
    public EntityList withPublished(LocalDate date) {
        return new EntityList(name, format, files, entities, relations, date, warnings, details);
    }

    /** The same list with more warnings. */
    public EntityList withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new EntityList(name, format, files, entities, relations, published, all, details);
    }

    /** The same list with other entries (a retrospective run keeps only what a new version added or changed). */
    public EntityList withEntities(List<ListedEntity> kept) {
        return new EntityList(name, format, files, kept, relations, published, warnings, details);
    }

    /** The same list with one more detail for the manifest. */
    public EntityList withDetail(String key, Object value) {
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put(key, value);
        return new EntityList(name, format, files, entities, relations, published, warnings, d);
    }

    /** The reader's notes (counts such as IMO numbers read out of prose); empty when it made none. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> readNotes() {
        Object n = details.get(READ_NOTES);
        return n instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
