package org.sanctionsmonitor.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.EntityRelation;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.OwnershipStatement;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.normalize.Names;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.engine.RuleBase;

/**
 * What the OWN rules' scenario cases (rules/tests/OWN-*: direct and aggregate shares at and around
 * each regime's threshold, chains, cycles, conflicts, control) cannot say, because findings.csv
 * does not carry it: the derivation's own measurements (depth, chain and its evidence, principal),
 * that a large cycle ends with each entity derived once, how list relations (as the OFAC Advanced
 * XML reader states them: from = the owned entry, to = the owner) become links, and how an unlisted
 * party named with and without its ID is one node. Run on the real rules (rules/ownership).
 */
class OwnershipRulesTest {

    private static final RuleBase RULES = RuleBase.load(Path.of("rules"));
    private static final List<OwnershipTest> TESTS = OwnershipTests.load(Path.of("rules"));

    private static ListedEntity listed(String id, String name) {
        return new ListedEntity("TEST", id, name, "entity", List.of(), List.of(), List.of("DPRK"), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), new Provenance("test-list.csv", 2));
    }

    private static final ListedEntity A = listed("1", "LISTED ALPHA");
    private static final ListedEntity B = listed("2", "LISTED BRAVO");

    private static int line = 1;

    private static OwnershipStatement own(String owner, String owned, String share) {
        return stmt(owner, owned, share, null, "registry");
    }

    private static OwnershipStatement stmt(String owner, String owned, String share, Boolean control, String source) {
        return new OwnershipStatement(owner, null, owned, null, share == null ? null : new BigDecimal(share), control, null, source,
                Map.of(), new Provenance("ownership.csv", ++line));
    }

    private static OwnershipAnalysis.Result run(List<OwnershipStatement> statements, List<EntityRelation> relations) {
        EntityList list = new EntityList("TEST", "native", List.of(), List.of(A, B), relations, null);
        Function<String, List<ListedEntity>> named = n -> List.of(A, B).stream()
                .filter(e -> Names.normalize(e.name()).equals(Names.normalize(n))).toList();
        OwnershipGraph g = OwnershipGraph.build(statements, List.of(list), named);
        return OwnershipAnalysis.run(RULES, g, TESTS);
    }

    /** "OFAC X Ltd", one per derived block, sorted. */
    private static TreeSet<String> blocked(OwnershipAnalysis.Result r) {
        TreeSet<String> out = new TreeSet<>();
        r.blocked().forEach(b -> out.add(b.regime() + " " + b.owned().party().name()));
        return out;
    }

    @Test
    void aThreeLevelChainIsBlockedAllTheWayDownWithItsChainAsEvidence() {
        var r = run(List.of(own("LISTED ALPHA", "One Ltd", "60"), own("One Ltd", "Two Ltd", "50"), own("Two Ltd", "Three Ltd", "50")),
                List.of());
        assertEquals(new TreeSet<>(List.of("OFAC One Ltd", "OFAC Two Ltd", "OFAC Three Ltd", "EU One Ltd", "UK One Ltd")), blocked(r));
        BlockedByOwnership three = r.blocked().stream().filter(b -> b.owned().party().name().equals("Three Ltd")).findFirst().orElseThrow();
        assertEquals(3, three.depth());
        assertEquals(List.of("LISTED ALPHA > One Ltd", "One Ltd > Two Ltd", "Two Ltd > Three Ltd"),
                three.chain().stream().map(l -> l.ownerParty().name() + " > " + l.ownedEntity().party().name()).toList());
        assertEquals("1", three.principal().entityId());
        assertEquals(List.of("listed", "blocked by ownership (OFAC)", "blocked by ownership (OFAC)"),
                three.chainEvidence().stream().map(e -> e.facts().get("owner_status")).toList());
    }

    @Test
    void cyclesTerminateAndEachEntityIsDerivedOncePerRegime() {
        // a ring of 30 companies each owning 60% of the next, entered by a listed owner, plus back links
        // that raise every aggregate again once the ring is blocked: no re-derivation, no endless loop
        List<OwnershipStatement> s = new ArrayList<>();
        s.add(own("LISTED ALPHA", "Ring 0 Ltd", "50"));
        for (int i = 0; i < 30; i++) {
            s.add(own("Ring " + i + " Ltd", "Ring " + ((i + 1) % 30) + " Ltd", "60"));
            s.add(own("Ring " + ((i + 2) % 30) + " Ltd", "Ring " + i + " Ltd", "30"));
        }
        var r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(s, List.of()));
        long ofac = r.blocked().stream().filter(b -> b.regime().equals("OFAC")).count();
        assertEquals(30, ofac, "every company of the ring, once");
        assertEquals(30, r.blocked().stream().filter(b -> b.regime().equals("OFAC")).map(BlockedByOwnership::key).distinct().count());
        // a cycle without a listed owner blocks nothing
        var none = run(List.of(own("East Ltd", "West Ltd", "60"), own("West Ltd", "East Ltd", "60")), List.of());
        assertEquals(new TreeSet<>(), blocked(none));
    }

    @Test
    void listRelationsCountAsStatementsAndLinksWithoutAShareAreLeftOut() {
        // as the OFAC Advanced XML reader states them: from = the owned entry, to = the owner
        EntityRelation owned = new EntityRelation("TEST", "2", "1", "Owned or Controlled By", 60.0, new Provenance("sdn_advanced.xml", 10));
        EntityRelation linked = new EntityRelation("TEST", "2", "1", "Linked To", null, new Provenance("sdn_advanced.xml", 11));
        // the feed states 40% for the same pair: a conflict between the list and the feed
        var r = run(List.of(stmt("LISTED ALPHA", "LISTED BRAVO", "40", null, "registry"), own("LISTED BRAVO", "Sub Ltd", "50")),
                List.of(owned, linked));
        Finding conflict = r.findings().stream().filter(f -> f.ruleId().equals("OWN-091")).findFirst().orElseThrow();
        assertTrue(conflict.explanation().contains("60%, control per TEST 'Owned or Controlled By' (sdn_advanced.xml:10)"), conflict.explanation());
        // a listed entry is blocked as listed: nothing is derived for it, but what it owns is
        assertEquals(new TreeSet<>(List.of("OFAC Sub Ltd")), blocked(r));
        EntityList list = new EntityList("TEST", "native", List.of(), List.of(A, B), List.of(owned, linked), null);
        OwnershipGraph g = OwnershipGraph.build(List.of(), List.of(list), n -> List.of());
        assertEquals(1, g.relationsUsed());
        assertEquals(1, g.relationsIgnored());
        // "Owned or Controlled By" without a share is a control link
        EntityRelation control = new EntityRelation("TEST", "2", "1", "Owned or Controlled By", null, new Provenance("x.xml", 3));
        OwnershipGraph c = OwnershipGraph.build(List.of(), List.of(new EntityList("TEST", "native", List.of(), List.of(A, B),
                List.of(control), null)), n -> List.of());
        assertTrue(c.links().get(0).control());
        assertEquals(null, c.links().get(0).share());
    }

    @Test
    void anUnlistedPartyNamedWithAndWithoutItsIdIsOneParty() {
        List<OwnershipStatement> s = List.of(
                new OwnershipStatement("LISTED ALPHA", null, "Holding Ltd", "H-1", new BigDecimal("60"), null, null, "r", Map.of(),
                        new Provenance("o.csv", 2)),
                own("HOLDING LTD", "Sub Ltd", "60"));
        var r = run(s, List.of());
        assertTrue(blocked(r).contains("OFAC Sub Ltd"), blocked(r).toString());
    }
}
