package org.sanctionsmonitor.check;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListDiff;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * What a run knows about the versions of its lists: each list's publication date (from its file,
 * else --list-date) and age against --as-of, checked with the reviewed maximum age; and, for a
 * retrospective run (--since-list), each list reduced to the entries it added or changed since
 * its earlier version. The warnings are the run's to say out loud (summary, manifest, report).
 */
public record ListVersions(List<EntityList> lists, List<Map<String, Object>> ages, List<String> warnings, List<String> stale,
        Map<String, Object> retrospective) {

    public static ListVersions apply(List<EntityList> loaded, CheckOptions o, ListSettings settings, List<Reject> rejects) {
        List<EntityList> lists = new ArrayList<>();
        List<Map<String, Object>> ages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (EntityList l : loaded) {
            warnings.addAll(l.warnings());
            String source = l.published() == null ? null
                    : l.details().get("published_from") instanceof String s ? s : "file";
            if (l.published() == null && o.listDate() != null) {
                l = l.withPublished(o.listDate());
                source = "--list-date";
            } else if (l.published() != null && o.listDate() != null && !l.published().equals(o.listDate())) {
                warnings.add(l.name() + ": the " + ("file".equals(source) ? "file" : source) + " says it was published " + l.published()
                        + "; --list-date " + o.listDate() + " is not used for it");
            }
            Map<String, Object> age = new LinkedHashMap<>();
            age.put("published", l.published() == null ? null : l.published().toString());
            age.put("published_from", source);
            Long days = l.published() == null ? null : ChronoUnit.DAYS.between(l.published(), o.asOf());
            age.put("age_days", days);
            age.put("max_age_days", settings.checksAge() ? settings.maxAgeDays() : null);
            boolean isStale = days != null && settings.checksAge() && days > settings.maxAgeDays();
            age.put("stale", days == null || !settings.checksAge() ? null : isStale);
            if (isStale) {
                stale.add(l.name());
                warnings.add("STALE LIST: " + l.name() + " was published " + l.published() + ", " + days + " days before --as-of "
                        + o.asOf() + " (more than max_list_age_days " + settings.maxAgeDays() + ", " + settings.source()
                        + "): designations and delistings since then are not reflected; get the current list"
                        + " (lists update) or pass --fail-on-stale-lists to stop such runs");
            }
            ages.add(age);
            lists.add(l);
        }
        if (!settings.checksAge()) {
            warnings.add("rules/reference/" + ListSettings.FILE + " is missing from the rule folder: list ages are not checked");
        }
        Map<String, Object> retrospective = null;
        if (!o.sinceLists().isEmpty()) {
            retrospective = new LinkedHashMap<>();
            lists = since(lists, o, rejects, retrospective);
        }
        return new ListVersions(lists, ages, warnings, stale, retrospective);
    }

    /**
     * Each list reduced to what it added or changed since its --since-list version, paired by list
     * name (a single --lists and a single --since-list are paired whatever their names).
     */
    private static List<EntityList> since(List<EntityList> lists, CheckOptions o, List<Reject> rejects, Map<String, Object> out) {
        Map<String, EntityList> old = new LinkedHashMap<>();
        Map<String, Path> oldPath = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        lists.forEach(l -> names.add(l.name()));
        boolean onePair = lists.size() == 1 && o.sinceLists().size() == 1; // one list, one earlier version: paired whatever their names
        for (Path p : o.sinceLists()) {
            EntityList l = ListLoader.load(p, o.listFormat(), rejects);
            if (onePair) {
                l = new EntityList(lists.get(0).name(), l.format(), l.files(), l.entities(), l.relations(), l.published(), l.warnings(),
                        l.details());
            }
            if (!names.contains(l.name())) {
                throw new InputException(DisplayPaths.display(p) + ": --since-list is a version of list '" + l.name()
                        + "', which no --lists gives (lists: " + String.join(", ", names) + ")");
            }
            if (old.putIfAbsent(l.name(), l) != null) {
                throw new InputException(DisplayPaths.display(p) + ": a second --since-list for list '" + l.name() + "'");
            }
            oldPath.put(l.name(), p);
        }
        List<EntityList> reduced = new ArrayList<>();
        List<Map<String, Object>> perList = new ArrayList<>();
        long screened = 0;
        for (EntityList l : lists) {
            EntityList before = old.get(l.name());
            if (before == null) {
                throw new InputException("--since-list: no earlier version given for list '" + l.name()
                        + "'; a retrospective run needs one for every --lists (or leave that list out)");
            }
            ListDiff.Result d = ListDiff.of(before.entities(), l.entities());
            List<ListedEntity> kept = new ArrayList<>(d.added());
            kept.addAll(d.changed());
            Set<ListedEntity> keep = new HashSet<>(kept);
            List<ListedEntity> inOrder = l.entities().stream().filter(keep::contains).toList();
            reduced.add(l.withEntities(inOrder));
            screened += inOrder.size();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("list", l.name());
            m.put("since", DisplayPaths.display(oldPath.get(l.name())));
            m.put("since_published", before.published() == null ? null : before.published().toString());
            m.put("since_sha256", BatchCheck.listSha256(before));
            m.put("entries_in_list", l.entities().size());
            m.putAll(d.counts());
            m.remove("values");
            m.put("entries_screened", inOrder.size());
            perList.add(m);
        }
        out.put("entries_screened", screened);
        out.put("lists", perList);
        return reduced;
    }
}
