package org.sanctionsmonitor.ownership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.EntityRelation;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.OwnershipStatement;
import org.sanctionsmonitor.normalize.Names;

/**
 * The ownership graph as facts for the rules: each statement's parties resolved to keys
 * ({@link Party}), the statements about one owner and one owned party merged into one
 * {@link OwnershipLink}, an {@link OwnedEntity} per owned party and, per regime, a
 * {@link ListedOwner} per listed owner. Java only resolves and merges; which entities are blocked
 * is derived by the rules.
 *
 * <p>Resolution: an id equal to a list entry's id (or {@code LIST:ID}) is that entry; a name equal
 * to a listed name or strong alias after normalisation is that entry (exact only: a fuzzy match
 * must never make an owner listed); an unlisted party is known by its id, or by its name, which
 * takes the one id given with that name elsewhere in the statements.
 */
public final class OwnershipGraph {

    private final List<OwnershipLink> links;
    private final List<OwnedEntity> owned;
    private final List<Party> listedOwners;
    private final Map<String, Set<String>> namesByKey;
    private final int relationsUsed;
    private final int relationsIgnored;

    private OwnershipGraph(List<OwnershipLink> links, List<OwnedEntity> owned, List<Party> listedOwners,
            Map<String, Set<String>> namesByKey, int relationsUsed, int relationsIgnored) {
        this.links = List.copyOf(links);
        this.owned = List.copyOf(owned);
        this.listedOwners = List.copyOf(listedOwners);
        this.namesByKey = namesByKey;
        this.relationsUsed = relationsUsed;
        this.relationsIgnored = relationsIgnored;
    }

    /**
     * The graph of the feed's statements and the lists' ownership relations.
     *
     * @param named the list entries with a name or strong alias (the screening index's exact lookup)
     */
    public static OwnershipGraph build(List<OwnershipStatement> feed, List<EntityList> lists,
            Function<String, List<ListedEntity>> named) {
        Map<String, ListedEntity> byId = new HashMap<>();
        Map<String, ListedEntity> byListId = new HashMap<>();
        for (EntityList l : lists) {
            for (ListedEntity e : l.entities()) {
                byId.putIfAbsent(e.entityId(), e);
                byListId.putIfAbsent(e.listSource() + ":" + e.entityId(), e);
            }
        }
        List<OwnershipStatement> statements = new ArrayList<>(feed);
        int used = 0;
        int ignored = 0;
        for (EntityList l : lists) {
            for (EntityRelation r : l.relations()) {
                boolean control = r.relationType() != null && r.relationType().toLowerCase(Locale.ROOT).contains("control");
                ListedEntity from = byListId.get(r.listSource() + ":" + r.fromEntityId());
                ListedEntity to = r.toEntityId() == null ? null : byListId.get(r.listSource() + ":" + r.toEntityId());
                if ((r.sharePercent() == null && !control) || from == null || to == null) {
                    ignored++; // a link without a share is not ownership; an end the list does not hold cannot be resolved
                    continue;
                }
                used++;
                statements.add(new OwnershipStatement(to.name(), r.listSource() + ":" + r.toEntityId(), from.name(),
                        r.listSource() + ":" + r.fromEntityId(),
                        r.sharePercent() == null ? null : BigDecimal.valueOf(r.sharePercent()).stripTrailingZeros(),
                        control ? Boolean.TRUE : null, l.published(), r.listSource() + " '" + r.relationType() + "'", Map.of(),
                        r.source()));
            }
        }

        Resolver resolver = new Resolver(byId, byListId, named);
        statements.forEach(resolver::learn);

        Map<String, List<OwnershipStatement>> byPair = new LinkedHashMap<>();
        Map<String, Party[]> parties = new LinkedHashMap<>();
        Map<String, Set<String>> namesByKey = new LinkedHashMap<>();
        for (OwnershipStatement s : statements) {
            Party owner = resolver.resolve(s.owner(), s.ownerId());
            Party ownedParty = resolver.resolve(s.owned(), s.ownedId());
            if (owner.key().equals(ownedParty.key())) {
                continue; // the reader refuses these; a list relation of an entry to itself says nothing
            }
            String pair = owner.key() + "\u0000" + ownedParty.key();
            byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(s);
            parties.putIfAbsent(pair, new Party[] {owner, ownedParty});
            namesByKey.computeIfAbsent(ownedParty.key(), k -> new LinkedHashSet<>()).add(s.owned());
            namesByKey.computeIfAbsent(owner.key(), k -> new LinkedHashSet<>()).add(s.owner());
        }

        Map<String, OwnedEntity> ownedByKey = new LinkedHashMap<>();
        List<OwnershipLink> links = new ArrayList<>();
        Map<String, Party> listedOwners = new LinkedHashMap<>();
        byPair.forEach((pair, list) -> {
            Party owner = parties.get(pair)[0];
            Party ownedParty = parties.get(pair)[1];
            BigDecimal high = null;
            BigDecimal low = null;
            Set<BigDecimal> distinct = new java.util.TreeSet<>();
            boolean control = false;
            for (OwnershipStatement s : list) {
                if (s.share() != null) {
                    distinct.add(s.share());
                    high = high == null || s.share().compareTo(high) > 0 ? s.share() : high;
                    low = low == null || s.share().compareTo(low) < 0 ? s.share() : low;
                }
                control |= Boolean.TRUE.equals(s.control());
            }
            OwnedEntity e = ownedByKey.computeIfAbsent(ownedParty.key(),
                    k -> new OwnedEntity(k, ownedParty, ownedParty.isListed(), list.get(0).source()));
            links.add(new OwnershipLink(owner.key(), ownedParty.key(), high, low, control, distinct.size() > 1, owner, e, list));
            if (owner.isListed()) {
                listedOwners.putIfAbsent(owner.key(), owner);
            }
        });
        return new OwnershipGraph(links, new ArrayList<>(ownedByKey.values()), new ArrayList<>(listedOwners.values()),
                namesByKey, used, ignored);
    }

    public List<OwnershipLink> links() {
        return links;
    }

    public List<OwnedEntity> owned() {
        return owned;
    }

    /** The listed parties that own or control another party of the graph. */
    public List<Party> listedOwners() {
        return listedOwners;
    }

    /** Every name the statements give a party, in order of first appearance. */
    public Set<String> names(String key) {
        return namesByKey.getOrDefault(key, Set.of());
    }

    /** The lists' relations that became statements (they carry a share or state control). */
    public int relationsUsed() {
        return relationsUsed;
    }

    /** The lists' relations left out: links without a share or control ("Linked To"), or with an end the list does not hold. */
    public int relationsIgnored() {
        return relationsIgnored;
    }

    public boolean isEmpty() {
        return links.isEmpty();
    }

    /** Party resolution (see the class comment). */
    private static final class Resolver {
        private final Map<String, ListedEntity> byId;
        private final Map<String, ListedEntity> byListId;
        private final Function<String, List<ListedEntity>> named;
        private final Map<String, Set<String>> idsByName = new HashMap<>();

        Resolver(Map<String, ListedEntity> byId, Map<String, ListedEntity> byListId, Function<String, List<ListedEntity>> named) {
            this.byId = byId;
            this.byListId = byListId;
            this.named = named;
        }

        void learn(OwnershipStatement s) {
            learn(s.owner(), s.ownerId());
            learn(s.owned(), s.ownedId());
        }

        private void learn(String name, String id) {
            if (id != null && listed(id) == null) {
                idsByName.computeIfAbsent(Names.normalize(name), k -> new LinkedHashSet<>()).add(id);
            }
        }

        private ListedEntity listed(String id) {
            ListedEntity e = byListId.get(id);
            return e != null ? e : byId.get(id);
        }

        Party resolve(String name, String id) {
            if (id != null) {
                ListedEntity e = listed(id);
                return e != null ? listedParty(e) : new Party("id:" + id, name, id, null);
            }
            List<ListedEntity> hits = named.apply(name);
            if (!hits.isEmpty()) {
                return listedParty(hits.get(0));
            }
            String norm = Names.normalize(name);
            Set<String> ids = idsByName.getOrDefault(norm, Set.of());
            if (ids.size() == 1) {
                String only = ids.iterator().next();
                return new Party("id:" + only, name, only, null);
            }
            return new Party("name:" + norm, name, null, null);
        }

        private static Party listedParty(ListedEntity e) {
            return new Party(e.listSource() + ":" + e.entityId(), e.name(), e.entityId(), e);
        }
    }
}
