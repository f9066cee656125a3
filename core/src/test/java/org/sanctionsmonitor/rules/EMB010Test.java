package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.byRule;
import static org.sanctionsmonitor.rules.RuleHarness.ruleIds;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** EMB-010: a DPRK export of a commodity banned by HS code, judged by origin; names the paragraph. */
class EMB010Test {

    @Test
    void firesOnDprkCoalLoadedInRussiaAndNamesTheParagraph() {
        List<Finding> f = run(List.of(), List.of(shipment("S1").origin("Korea, North").destination("China")
                .ports("Kholmsk", "Rizhao").goods("2701.12", "Anthracite").build()));
        assertEquals(Set.of("EMB-001", "EMB-010"), ruleIds(f));
        Finding e = byRule(f, "EMB-010").get(0);
        assertEquals("CRITICAL", e.severity().name());
        assertTrue(e.explanation().contains("UNSCR 2371 (2017) OP8"), e.explanation());
        assertEquals("reference", e.evidence().get(1).role());
        assertEquals("rules/reference/trade-hs-bans.csv", e.evidence().get(1).source().file());
    }

    @Test
    void firesForEachBannedClass() {
        List<Finding> f = run(List.of(), List.of(
                shipment("SEAFOOD").origin("DPRK").goods("0306.14", "Frozen crab").build(),
                shipment("TEXTILE").origin("KP").goods("620462", "Trousers").build(),
                shipment("WOOD").origin("KP").goods("4407.11", "Sawn wood").build()));
        List<String> texts = byRule(f, "EMB-010").stream().map(Finding::explanation).toList();
        assertEquals(3, texts.size());
        assertTrue(texts.stream().anyMatch(t -> t.contains("UNSCR 2371 (2017) OP9")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("UNSCR 2375 (2017) OP16")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.contains("UNSCR 2397 (2017) OP6")), texts.toString());
    }

    @Test
    void doesNotFireOnOtherOriginsUnbannedGoodsOrADprkPortAlone() {
        List<Finding> f = run(List.of(), List.of(
                shipment("S1").origin("China").destination("Japan").goods("2701.12", "Coal").build(),
                shipment("S2").origin("KP").goods("2933.59", "Pharmaceutical intermediates").build(),
                shipment("S3").origin("Russia").ports("Vladivostok", "Busan").goods("0306.14", "Crab").build()));
        assertEquals(Set.of("EMB-001"), ruleIds(f)); // S2 is DPRK origin (EMB-001) but not a banned class
    }
}
