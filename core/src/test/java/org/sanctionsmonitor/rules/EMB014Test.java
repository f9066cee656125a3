package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.byRule;
import static org.sanctionsmonitor.rules.RuleHarness.named;
import static org.sanctionsmonitor.rules.RuleHarness.ruleIds;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** EMB-014: dual-use goods consigned to (or notified to) a listed party. */
class EMB014Test {

    static final ListedEntity KOMID = named("9345", "KOREA MINING DEVELOPMENT TRADING CORPORATION",
            List.of("KOREA KUMRYONG TRADING COMPANY"), List.of("KOMID"));

    @Test
    void firesOnMachineToolsToAListedConsigneeOrNotifyParty() {
        List<Finding> f = run(List.of(KOMID), List.of(
                shipment("S1").origin("China").destination("Syria").goods("8458.11", "CNC lathes").consignee("Korea Kumryong Trading Company").build(),
                shipment("S2").origin("China").destination("Iran").goods("8459.61", "Milling machines")
                        .notifyParty("Korea Mining Development Trading Corp").build()));
        List<Finding> e = byRule(f, "EMB-014");
        // S2 writes the legal form "Corp": name screening folds legal forms, so it is the listed party too
        assertEquals(List.of("S1", "S2"), e.stream().map(Finding::subjectId).toList());
        assertEquals("9345", e.get(0).listEntryId());
        assertTrue(e.get(0).explanation().contains("DU-CNC-LATHE"), e.get(0).explanation());
        assertEquals(Set.of("EMB-014", "SAN-003"), ruleIds(f));
    }

    @Test
    void doesNotFireOnOtherGoodsUnlistedPartiesWeakAliasesOrTheShipper() {
        List<Finding> f = run(List.of(KOMID), List.of(
                shipment("GOODS").goods("5208.52", "Cotton fabric").consignee("Korea Kumryong Trading Company").build(),
                shipment("PARTY").goods("8458.11", "CNC lathes").consignee("Hanil Machine Tools").build(),
                shipment("WEAK").goods("8458.11", "CNC lathes").consignee("KOMID").build()));
        assertEquals(Set.of("SAN-003", "SAN-004"), ruleIds(f));
    }
}
