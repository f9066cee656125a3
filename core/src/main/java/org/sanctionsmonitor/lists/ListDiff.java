package org.sanctionsmonitor.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Addresses;

/**
 * What changed between two versions of a list, over the common entry model, so it works for every
 * format: entries are matched by list and id (OFAC's ent_num, the UN's reference number, an
 * OpenSanctions id), and each field is compared as screening compares it: addresses by their
 * comparison key ({@link Addresses#key}: a change of letter case in an EVM address is no change),
 * names after white space is collapsed, BICs and programs as written. Pure: the same two versions
 * give the same changes in the same order.
 */
public final class ListDiff {

    public static final String ADDED = "added";
    public static final String REMOVED = "removed";
    public static final String CHANGED = "changed";

    /** The fields compared, in the order changes are listed. */
    public static final List<String> FIELDS = List.of("entry", "name", "type", "alias", "weak_alias", "address", "imo", "bic",
            "program", "country", "nationality", "dob", "linked_to");

    /**
     * One change: {@code change} is added, removed or changed; {@code field} one of {@link #FIELDS}
     * ("entry" for a whole entry added or removed); {@code oldValue}/{@code newValue} the values
     * (empty on the side where there is none).
     */
    public record Change(String change, String list, String entityId, String entityName, String field, String oldValue,
            String newValue) {
    }

    /** The changes, and the entries added, removed, changed and unchanged (by list and id). */
    public record Result(List<Change> changes, List<ListedEntity> added, List<ListedEntity> removed, List<ListedEntity> changed,
            int unchanged) {

        /** Counts for a summary: entries by outcome, and values added / removed / changed per field. */
        public Map<String, Object> counts() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("entries_added", added.size());
            m.put("entries_removed", removed.size());
            m.put("entries_changed", changed.size());
            m.put("entries_unchanged", unchanged);
            Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
            for (String f : FIELDS) {
                if (!f.equals("entry")) {
                    Map<String, Long> c = new TreeMap<>();
                    for (Change ch : changes) {
                        if (ch.field().equals(f)) {
                            c.merge(ch.change(), 1L, Long::sum);
                        }
                    }
                    if (!c.isEmpty()) {
                        byField.put(f, c);
                    }
                }
            }
            m.put("values", byField);
            return m;
        }
    }

    private ListDiff() {
    }

    public static Result of(List<ListedEntity> older, List<ListedEntity> newer) {
        // two versions of one list may carry different list names (a native list is named after its
        // file): when each side is one list, entries are matched by id alone
        Set<String> sourcesBefore = new java.util.HashSet<>();
        older.forEach(e -> sourcesBefore.add(e.listSource()));
        Set<String> sourcesAfter = new java.util.HashSet<>();
        newer.forEach(e -> sourcesAfter.add(e.listSource()));
        boolean byIdOnly = sourcesBefore.size() == 1 && sourcesAfter.size() == 1;
        Map<String, ListedEntity> before = byKey(older, byIdOnly);
        Map<String, ListedEntity> after = byKey(newer, byIdOnly);
        List<Change> changes = new ArrayList<>();
        List<ListedEntity> added = new ArrayList<>();
        List<ListedEntity> removed = new ArrayList<>();
        List<ListedEntity> changed = new ArrayList<>();
        int unchanged = 0;
        Set<String> keys = new java.util.TreeSet<>(KEY_ORDER);
        keys.addAll(before.keySet());
        keys.addAll(after.keySet());
        for (String k : keys) {
            ListedEntity o = before.get(k);
            ListedEntity n = after.get(k);
            if (o == null) {
                added.add(n);
                changes.add(new Change(ADDED, n.listSource(), n.entityId(), n.name(), "entry", "", n.name()));
                compare(null, n, changes);
            } else if (n == null) {
                removed.add(o);
                changes.add(new Change(REMOVED, o.listSource(), o.entityId(), o.name(), "entry", o.name(), ""));
                compare(o, null, changes);
            } else {
                int before0 = changes.size();
                compare(o, n, changes);
                if (changes.size() > before0) {
                    changed.add(n);
                } else {
                    unchanged++;
                }
            }
        }
        return new Result(changes, added, removed, changed, unchanged);
    }

    /** Entries by "list \u001f id"; a repeated key keeps the first (readers reject duplicate ids). */
    private static Map<String, ListedEntity> byKey(List<ListedEntity> entities, boolean byIdOnly) {
        Map<String, ListedEntity> m = new LinkedHashMap<>();
        for (ListedEntity e : entities) {
            m.putIfAbsent((byIdOnly ? "" : e.listSource()) + "\u001f" + e.entityId(), e);
        }
        return m;
    }

    /** List, then id: numeric ids (OFAC's ent_num) in numeric order, others as text. */
    static final Comparator<String> KEY_ORDER = (a, b) -> {
        int sa = a.indexOf('\u001f');
        int sb = b.indexOf('\u001f');
        int c = a.substring(0, sa).compareTo(b.substring(0, sb));
        if (c != 0) {
            return c;
        }
        String ia = a.substring(sa + 1);
        String ib = b.substring(sb + 1);
        boolean na = !ia.isEmpty() && ia.chars().allMatch(Character::isDigit);
        boolean nb = !ib.isEmpty() && ib.chars().allMatch(Character::isDigit);
        if (na && nb && ia.length() != ib.length()) {
            return Integer.compare(ia.length(), ib.length());
        }
        return ia.compareTo(ib);
    };

    private static void compare(ListedEntity o, ListedEntity n, List<Change> out) {
        ListedEntity any = n != null ? n : o;
        String list = any.listSource();
        String id = any.entityId();
        String name = any.name();
        single(out, list, id, name, "name", o == null ? null : o.name(), n == null ? null : n.name(), ListDiff::nameKey);
        single(out, list, id, name, "type", o == null ? null : o.type(), n == null ? null : n.type(), s -> s);
        multi(out, list, id, name, "alias", o == null ? List.of() : o.aliases(), n == null ? List.of() : n.aliases(), ListDiff::nameKey);
        multi(out, list, id, name, "weak_alias", o == null ? List.of() : o.weakAliases(), n == null ? List.of() : n.weakAliases(),
                ListDiff::nameKey);
        multi(out, list, id, name, "address", addresses(o), addresses(n), ListDiff::addressKey);
        multi(out, list, id, name, "imo", o == null ? List.of() : o.imos(), n == null ? List.of() : n.imos(), s -> s);
        multi(out, list, id, name, "bic", o == null ? List.of() : o.bics(), n == null ? List.of() : n.bics(),
                s -> s.toUpperCase(Locale.ROOT));
        multi(out, list, id, name, "program", o == null ? List.of() : o.programs(), n == null ? List.of() : n.programs(), s -> s);
        multi(out, list, id, name, "country", o == null ? List.of() : o.countries(), n == null ? List.of() : n.countries(), s -> s);
        multi(out, list, id, name, "nationality", o == null ? List.of() : o.nationalities(),
                n == null ? List.of() : n.nationalities(), s -> s);
        multi(out, list, id, name, "dob", o == null ? List.of() : o.dobs(), n == null ? List.of() : n.dobs(), s -> s);
        multi(out, list, id, name, "linked_to", o == null ? List.of() : o.linkedTo(), n == null ? List.of() : n.linkedTo(),
                ListDiff::nameKey);
    }

    private static List<String> addresses(ListedEntity e) {
        return e == null ? List.of() : e.cryptoAddresses().stream().map(CryptoAddress::toString).toList();
    }

    /** "ASSET:address" compared by asset and the address's comparison key. */
    private static String addressKey(String assetAndAddress) {
        int colon = assetAndAddress.indexOf(':');
        return assetAndAddress.substring(0, colon).toUpperCase(Locale.ROOT) + ":" + Addresses.key(assetAndAddress.substring(colon + 1));
    }

    private static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    private static void single(List<Change> out, String list, String id, String name, String field, String o, String n,
            Function<String, String> key) {
        if (o != null && n != null) {
            if (!key.apply(o).equals(key.apply(n))) {
                out.add(new Change(CHANGED, list, id, name, field, o, n));
            }
        } else if (o == null && n != null && !field.equals("name")) {
            out.add(new Change(ADDED, list, id, name, field, "", n));
        } else if (o != null && n == null && !field.equals("name")) {
            out.add(new Change(REMOVED, list, id, name, field, o, ""));
        }
    }

    private static void multi(List<Change> out, String list, String id, String name, String field, List<String> o, List<String> n,
            Function<String, String> key) {
        Map<String, String> before = new LinkedHashMap<>();
        o.forEach(v -> before.putIfAbsent(key.apply(v), v));
        Map<String, String> after = new LinkedHashMap<>();
        n.forEach(v -> after.putIfAbsent(key.apply(v), v));
        Set<String> gone = new LinkedHashSet<>(before.keySet());
        gone.removeAll(after.keySet());
        Set<String> come = new LinkedHashSet<>(after.keySet());
        come.removeAll(before.keySet());
        come.stream().map(after::get).sorted().forEach(v -> out.add(new Change(ADDED, list, id, name, field, "", v)));
        gone.stream().map(before::get).sorted().forEach(v -> out.add(new Change(REMOVED, list, id, name, field, v, "")));
    }
}
