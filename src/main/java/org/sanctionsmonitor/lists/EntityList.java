package org.sanctionsmonitor.lists;

import java.util.List;

import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.model.EntityRelation;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * One list given with --lists: its format, the files read for it, the entries it holds and the
 * relationships between entries that the list states (ownership, links).
 */
public record EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities,
        List<EntityRelation> relations) {

    public EntityList {
        files = List.copyOf(files);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    /** A list whose format states no relationships between its entries. */
    public EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities) {
        this(name, format, files, entities, List.of());
    }
}
