package org.sanctionsmonitor.ownership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.screening.NameMatch;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.ScreeningIndex;

/**
 * Screens payment and shipment parties against the entities blocked by ownership, through the same
 * name screening as the lists (a {@link ScreeningIndex} over one entry per derived entity, named by
 * every name the ownership statements give it), and turns each name match into an
 * {@link OwnershipMatch}. Thread-safe after construction, like the list index.
 */
public final class OwnershipScreening {

    /** The list_source of the derived entries inside this index (never shown in findings). */
    static final String DERIVED = "OWNERSHIP-DERIVED";

    public static final OwnershipScreening NONE = new OwnershipScreening(null, Map.of());

    private final ScreeningIndex index;
    private final Map<String, List<BlockedByOwnership>> byKey;

    private OwnershipScreening(ScreeningIndex index, Map<String, List<BlockedByOwnership>> byKey) {
        this.index = index;
        this.byKey = byKey;
    }

    public static OwnershipScreening of(List<BlockedByOwnership> blocked, OwnershipGraph graph, NameMatchingConfig config) {
        if (blocked.isEmpty()) {
            return NONE;
        }
        Map<String, List<BlockedByOwnership>> byKey = new LinkedHashMap<>();
        blocked.forEach(b -> byKey.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(b));
        List<ListedEntity> entries = new ArrayList<>();
        byKey.forEach((key, blocks) -> {
            OwnedEntity e = blocks.get(0).owned();
            List<String> aliases = new ArrayList<>(graph.names(key));
            aliases.remove(e.party().name());
            entries.add(new ListedEntity(DERIVED, key, e.party().name(), "entity", aliases, List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), e.source()));
        });
        ScreeningIndex index = new ScreeningIndex(List.of(new EntityList(DERIVED, "derived", List.of(), entries)), config);
        return new OwnershipScreening(index, byKey);
    }

    public boolean isEmpty() {
        return index == null;
    }

    public int derivedEntities() {
        return byKey.size();
    }

    public void screen(Payment p, Consumer<Object> out) {
        if (index != null) {
            index.screen(p, m -> accept(m, out));
        }
    }

    public void screen(Shipment s, Consumer<Object> out) {
        if (index != null) {
            index.screen(s, m -> accept(m, out));
        }
    }

    private void accept(Object m, Consumer<Object> out) {
        if (m instanceof NameMatch n) {
            out.accept(new OwnershipMatch(n, byKey.get(n.entity().entityId())));
        }
    }
}
