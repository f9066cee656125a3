package org.sanctionsmonitor.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.model.EntityRelation;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Names;

/**
 * The relations an entry's {@code linked_to} values state (OFAC's legacy "Linked To:" remarks, the
 * native list's {@code linked_to} column), as {@link EntityRelation}s of type {@value #LINKED_TO}
 * without a share: a link is not ownership. The other end is the entry of the same list whose id
 * equals the value, else whose name or strong alias equals it after normalisation (the first such
 * entry in list order); where the list holds no such entry (an excerpt, or a party OFAC names
 * without listing it), {@code toEntityId} is null and the name stays in the entry's linked_to.
 */
public final class LinkedRelations {

    /** The relation type as OFAC publishes it. */
    public static final String LINKED_TO = "Linked To";

    private LinkedRelations() {
    }

    public static List<EntityRelation> of(List<ListedEntity> entities) {
        Map<String, ListedEntity> byId = new HashMap<>();
        Map<String, ListedEntity> byName = new HashMap<>();
        for (ListedEntity e : entities) {
            byId.putIfAbsent(e.listSource() + "\u0000" + e.entityId(), e);
            byName.putIfAbsent(e.listSource() + "\u0000" + Names.normalize(e.name()), e);
            for (String a : e.aliases()) {
                byName.putIfAbsent(e.listSource() + "\u0000" + Names.normalize(a), e);
            }
        }
        List<EntityRelation> out = new ArrayList<>();
        for (ListedEntity e : entities) {
            for (String value : e.linkedTo()) {
                ListedEntity to = byId.get(e.listSource() + "\u0000" + value);
                if (to == null) {
                    to = byName.get(e.listSource() + "\u0000" + Names.normalize(value));
                }
                out.add(new EntityRelation(e.listSource(), e.entityId(), to == null ? null : to.entityId(), LINKED_TO, null,
                        e.source()));
            }
        }
        return out;
    }
}
