package org.sanctionsmonitor.lists;

import java.time.LocalDate;
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
 * date where the file gives one ({@code null} where it does not) and the reader's notes on what
 * it read beyond plain fields (counts such as IMO numbers read out of prose, values it could not
 * map), which the manifest records per list.
 */
public record EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities,
        List<EntityRelation> relations, LocalDate published, Map<String, Object> readNotes) {

    public EntityList {
        files = List.copyOf(files);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        readNotes = Collections.unmodifiableMap(new LinkedHashMap<>(readNotes));
    }

    /** A list without reader notes. */
    public EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities,
            List<EntityRelation> relations, LocalDate published) {
        this(name, format, files, entities, relations, published, Map.of());
    }

    /** A list whose format states no relationships between its entries and no publication date. */
    public EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities) {
        this(name, format, files, entities, List.of(), null);
    }
}
