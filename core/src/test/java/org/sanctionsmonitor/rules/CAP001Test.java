package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.byRule;
import static org.sanctionsmonitor.rules.TradeHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;

/** CAP-001: the supply that takes a year's total over a UNSCR 2397 cap, with the running total and the excess. */
class CAP001Test {

    @Test
    void firesOnTheCrossingRecordOnlyWithTotalAndExcess() {
        List<Finding> f = run(List.of(), List.of(
                shipment("A").date("2025-03-01").destination("KP").goods("2710.19", "Diesel").quantity("300000", "bbl").build(),
                shipment("B").date("2025-05-01").destination("KP").goods("2710.19", "Diesel").quantity("250000", "bbl").build(),
                shipment("C").date("2025-06-01").destination("KP").goods("2710.19", "Diesel").quantity("1000", "bbl").build()));
        List<Finding> cap = byRule(f, "CAP-001");
        assertEquals(List.of("B"), cap.stream().map(Finding::subjectId).toList());
        String x = cap.get(0).explanation();
        assertTrue(x.contains("2025 running total 550,000 bbl (was 300,000 bbl)"), x);
        assertTrue(x.contains("cap of 500,000 bbl by 50,000 bbl"), x);
        assertTrue(x.contains("UNSCR 2397 (2017) OP5"), x);
        assertEquals("CRITICAL", cap.get(0).severity().name());
    }

    @Test
    void sumsShipmentsAndStsTransfersInDateOrderWhateverTheInputOrder() {
        // 40,000 kl is 251,592.43 bbl; 35,000 t of gasoline at 8.50 bbl/t is 297,500 bbl
        List<Finding> f = run(List.of(), List.of(
                shipment("LATE").date("2025-07-01").destination("KP").goods("2710.12", "Gasoline").quantity("35000", "t").build(),
                event("STS1", "STS").at("2025-04-02T01:00:00Z").other("YU JONG 2", null, "Korea, North")
                        .cargo("2710.19", "40000", "kl").build()));
        List<Finding> cap = byRule(f, "CAP-001");
        assertEquals(List.of("LATE"), cap.stream().map(Finding::subjectId).toList());
        assertTrue(cap.get(0).explanation().contains("8.50 bbl/t"), cap.get(0).explanation());
        assertTrue(cap.get(0).explanation().contains("running total 549,092.431 bbl (was 251,592.431 bbl)"), cap.get(0).explanation());
    }

    @Test
    void crudeIsCappedByBarrelsAndByTonnesEachOnItsOwn() {
        List<Finding> f = byRule(run(List.of(), List.of(
                shipment("CRUDE").date("2025-02-01").destination("KP").goods("2709.00", "Crude oil").quantity("530000", "t").build())), "CAP-001");
        assertEquals(1, f.size()); // 530,000 t is over 525,000 t, but 3,879,600 bbl is under 4,000,000 bbl
        assertTrue(f.get(0).explanation().contains("cap of 525,000 t by 5,000 t"), f.get(0).explanation());
    }

    @Test
    void doesNotFireBelowTheCapInANewYearOrForOtherDestinations() {
        List<Finding> f = run(List.of(), List.of(
                shipment("A").date("2025-11-01").destination("KP").goods("2710.19", "Diesel").quantity("400000", "bbl").build(),
                shipment("B").date("2026-01-05").destination("KP").goods("2710.19", "Diesel").quantity("400000", "bbl").build(),
                shipment("C").date("2025-12-01").destination("China").goods("2710.19", "Diesel").quantity("400000", "bbl").build(),
                event("STS-CLEAN", "STS").at("2025-12-02T00:00:00Z").vessel("A", null, "Panama").other("B", null, "Liberia")
                        .cargo("2710.19", "400000", "bbl").build()));
        assertEquals(List.of(), byRule(f, "CAP-001"));
        assertEquals(List.of(), byRule(f, "CAP-002"));
    }
}
