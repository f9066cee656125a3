package org.sanctionsmonitor.trade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.VesselEvent;

/** The per-year tallies: what is kept, the order, the conversions, the year boundary. */
class CapLedgerTest {

    static final TradeReference REF = TradeReferenceTest.REF;

    static Shipment shipment(String id, String date, String dest, String hs, String qty, String unit, String file, long line) {
        return new Shipment(id, LocalDate.parse(date), null, null, null, null, null, dest, dest, null, null, List.of(), null,
                null, null, hs, null, qty == null ? null : new BigDecimal(qty), unit, null, Map.of(), new Provenance(file, line));
    }

    static VesselEvent sts(String id, String at, String flag, String hs, String qty, String unit) {
        return new VesselEvent(id, Instant.parse(at), "STS", "A", null, null, null, "B", null, flag, flag, null, null, null,
                null, null, hs, new BigDecimal(qty), unit, null, null, Map.of(), new Provenance("e.csv", 2));
    }

    private static List<CapTally> refined(CapLedger l) {
        return l.tallies().stream().filter(t -> t.cap().capId().equals("REFINED-BBL")).toList();
    }

    @Test
    void ordersByDateThenFileThenLineWhateverTheInputOrder() {
        CapLedger l = new CapLedger(REF);
        l.offer(shipment("C", "2025-03-01", "KP", "2710.19", "1", "bbl", "b.csv", 2));
        l.offer(shipment("B", "2025-03-01", "KP", "2710.19", "2", "bbl", "a.csv", 9));
        l.offer(shipment("A", "2025-03-01", "KP", "2710.19", "4", "bbl", "a.csv", 3));
        l.offer(shipment("Z", "2025-01-01", "KP", "2710.19", "8", "bbl", "z.csv", 2));
        List<CapTally> t = refined(l);
        assertEquals(List.of("Z", "A", "B", "C"), t.stream().map(x -> x.subject().subjectId()).toList());
        assertEquals(List.of("8", "12", "14", "15"), t.stream().map(x -> x.runningTotal().toPlainString()).toList());
    }

    @Test
    void startsAfreshEachCalendarYearAndSkipsUncountableQuantities() {
        CapLedger l = new CapLedger(REF);
        l.offer(shipment("A", "2025-12-31", "KP", "2710.19", "100", "bbl", "a.csv", 2));
        l.offer(shipment("P", "2025-12-31", "KP", "2710.19", "100", "pcs", "a.csv", 3));
        l.offer(shipment("B", "2026-01-01", "KP", "2710.19", "7", "bbl", "a.csv", 4));
        List<CapTally> t = refined(l);
        assertEquals(2025, t.get(0).year());
        assertNull(t.get(1).converted());
        assertEquals("100", t.get(1).runningTotal().toPlainString());
        assertEquals(0, BigDecimal.ZERO.compareTo(t.get(2).previousTotal()));
        assertEquals("7", t.get(2).runningTotal().toPlainString());
    }

    @Test
    void keepsOnlyCappedSuppliesToTheDprkAndQualifyingStsTransfers() {
        CapLedger l = new CapLedger(REF);
        l.offer(shipment("CN", "2025-01-01", "CN", "2710.19", "1", "bbl", "a.csv", 2));
        l.offer(shipment("RICE", "2025-01-01", "KP", "1006.30", "1", "t", "a.csv", 3));
        l.offer(sts("PLAIN", "2025-01-01T00:00:00Z", "PA", "2710.19", "1", "bbl"), List.of());
        l.offer(sts("KP-FLAG", "2025-01-01T00:00:00Z", "KP", "2710.19", "1", "bbl"), List.of());
        l.offer(sts("LISTED", "2025-01-01T00:00:00Z", "PA", "2710.19", "1", "bbl"),
                List.of(new EventVesselMatch(null, "other_vessel", "other_vessel_imo", "8604917", null, "YU JONG 2", "imo", 1.0)));
        assertEquals(2, l.size());
    }

    @Test
    void convertsTonnesWithTheProductFactorAndBarrelsIntoTheTonneCap() {
        CapLedger l = new CapLedger(REF);
        l.offer(shipment("GAS", "2025-01-01", "KP", "2710.12", "1000", "t", "a.csv", 2));
        l.offer(shipment("CRUDE", "2025-01-02", "KP", "2709.00", "732", "bbl", "a.csv", 3));
        List<CapTally> t = l.tallies();
        CapTally gas = t.stream().filter(x -> x.subject().subjectId().equals("GAS")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("8500").compareTo(gas.converted()));
        assertEquals("271012", gas.factor().hsPrefix());
        CapTally crudeT = t.stream().filter(x -> x.cap().capId().equals("CRUDE-T")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("100").compareTo(crudeT.converted())); // 732 bbl / 7.32 bbl/t
        CapTally crudeBbl = t.stream().filter(x -> x.cap().capId().equals("CRUDE-BBL")).findFirst().orElseThrow();
        assertNull(crudeBbl.factor());
    }
}
