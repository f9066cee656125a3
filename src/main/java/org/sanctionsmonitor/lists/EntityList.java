package org.sanctionsmonitor.lists;

import java.util.List;

import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.model.ListedEntity;

/** One list given with --lists: its format, the files read for it and the entries it holds. */
public record EntityList(String name, String format, List<ReadStats> files, List<ListedEntity> entities) {

    public EntityList {
        files = List.copyOf(files);
        entities = List.copyOf(entities);
    }
}
