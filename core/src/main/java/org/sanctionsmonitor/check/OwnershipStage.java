package org.sanctionsmonitor.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.OwnershipReader;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.OwnershipStatement;
import org.sanctionsmonitor.ownership.OwnershipAnalysis;
import org.sanctionsmonitor.ownership.OwnershipGraph;
import org.sanctionsmonitor.ownership.OwnershipScreening;
import org.sanctionsmonitor.ownership.OwnershipTests;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.ScreeningIndex;

/**
 * The ownership part of a check, before the records are read: the ownership feeds and the lists'
 * ownership relations become the ownership graph, the ownership rules derive the entities blocked
 * by ownership (and their findings), and the derived entities are indexed for the screening of
 * payment and shipment parties.
 */
final class OwnershipStage {

    private final List<ReadStats> stats;
    private final OwnershipGraph graph;
    private final OwnershipAnalysis.Result result;
    private final OwnershipScreening screening;

    private OwnershipStage(List<ReadStats> stats, OwnershipGraph graph, OwnershipAnalysis.Result result,
            OwnershipScreening screening) {
        this.stats = List.copyOf(stats);
        this.graph = graph;
        this.result = result;
        this.screening = screening;
    }

    static OwnershipStage prepare(RuleBase rules, List<Path> feeds, List<EntityList> lists, ScreeningIndex index,
            NameMatchingConfig config, List<Reject> rejects, ProgressListener progress) {
        List<OwnershipStatement> statements = new ArrayList<>();
        List<ReadStats> stats = new ArrayList<>();
        for (Path p : feeds) {
            InputFile file = InputFile.of(p);
            progress.inputStarted("ownership", file, RowEstimate.of(p));
            long t0 = System.nanoTime();
            ReadStats s = OwnershipReader.read(file, statements::add, rejects);
            progress.rows(s.rowsRead());
            progress.inputFinished("ownership", s, System.nanoTime() - t0);
            stats.add(s);
        }
        OwnershipGraph graph = OwnershipGraph.build(statements, lists, index::entitiesNamed);
        if (graph.isEmpty()) {
            return new OwnershipStage(stats, graph, OwnershipAnalysis.Result.EMPTY, OwnershipScreening.NONE);
        }
        OwnershipAnalysis.Result result = OwnershipAnalysis.run(rules, graph, OwnershipTests.load(rules.folder()));
        return new OwnershipStage(stats, graph, result, OwnershipScreening.of(result.blocked(), graph, config));
    }

    List<ReadStats> stats() {
        return stats;
    }

    List<Finding> findings() {
        return result.findings();
    }

    OwnershipScreening screening() {
        return screening;
    }

    /** What the manifest says about the ownership graph; null when there was none (no feed, no relations). */
    Map<String, Object> manifest() {
        if (stats.isEmpty() && graph.isEmpty()) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("links", graph.links().size());
        m.put("owned_entities", graph.owned().size());
        m.put("listed_owners", graph.listedOwners().size());
        m.put("list_relations_used", graph.relationsUsed());
        m.put("list_relations_ignored", graph.relationsIgnored());
        Map<String, Long> perRegime = new LinkedHashMap<>();
        result.blocked().forEach(b -> perRegime.merge(b.regime(), 1L, Long::sum));
        m.put("blocked_by_ownership", perRegime);
        m.put("derived_entities_screened", screening.derivedEntities());
        return m;
    }
}
