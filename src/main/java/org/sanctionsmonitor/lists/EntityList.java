package org.sanctionsmonitor.lists;

import java.time.LocalDate;
import java.util.List;

import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.model.EntityRelation;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * One list given with --lists: its format, the files read for it, the entries it holds, the
 * relationships between entries that the list states (ownership, links) and the list's publication
 * date where the file gives one ({@code null} where it does not).
 */
public record EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities,
        List<EntityRelation> relations, LocalDate published) {

    public EntityList {
        files = List.copyOf(files);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    /** A list whose format states no relationships between its entries and no publication date. */
    public EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities) {
        this(name, format, files, entities, List.of(), null);
    }
}
