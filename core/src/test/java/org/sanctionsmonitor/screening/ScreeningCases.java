package org.sanctionsmonitor.screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * What the name-screening test classes share: a list written for the case, the hit for one listed
 * entity, and the alert as SAN-003 decides it (the evaluation's alert).
 */
final class ScreeningCases {

    private ScreeningCases() {
    }

    /** The entities of a native-format list holding {@code rows} (without the header). */
    static List<ListedEntity> entities(Path dir, String rows) throws IOException {
        Path f = dir.resolve("list.csv");
        Files.writeString(f, "entity_id,name,type,aliases,weak_aliases\n" + rows);
        return ListLoader.load(f, "native", new ArrayList<>()).entities();
    }

    static NameScreener screener(Path dir, String rows, NameMatchingConfig config) throws IOException {
        return new NameScreener(entities(dir, rows), config);
    }

    static NameScreener.Hit hit(NameScreener s, String name, String id) {
        return s.screen(name).stream().filter(h -> h.entry().entity().entityId().equals(id)).findFirst().orElse(null);
    }

    /** As SAN-003 decides: the alert score, enough distinctive words, never a weak alias. */
    static boolean alerts(NameScreener s, String name, String id, NameMatchingConfig config) {
        NameScreener.Hit h = hit(s, name, id);
        return h != null && h.score() >= config.alert() && h.distinctive() >= config.minDistinctiveWords()
                && !"weak alias".equals(h.entry().nameType());
    }
}
