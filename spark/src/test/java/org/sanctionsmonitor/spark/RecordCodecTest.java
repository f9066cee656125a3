package org.sanctionsmonitor.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Provenance;

class RecordCodecTest {

    @Test
    void paymentsFindingsAndOptionsComeBackEqual() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("z_extra", "1");
        attrs.put("a_extra", "2");
        Payment p = new Payment("PAY-1", LocalDate.of(2025, 3, 4), new BigDecimal("1500.50"), "USD", "Acme", "SG", null,
                "Korea Kwangson Banking Corp", "KP", "KKBCKPPY", null, null, "ref é", attrs, new Provenance("payments.csv", 7));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("name", "KKBC");
        facts.put("amount", "1500.50");
        Finding f = new Finding("F-1", "SAN-003", "Party name matches", Category.SANCTIONED_PARTY, Severity.HIGH, "payment", "PAY-1",
                "OFAC-SDN", "123", "KKBC", "DPRK", "Korea Kwangson", 0.925, "why", new Provenance("payments.csv", 7),
                "rules/x.drl", "EO 13722", List.of(new Evidence("subject", "payment", "PAY-1", new Provenance("payments.csv", 7), facts)));
        CheckOptions o = CheckOptions.builder().lists(List.of(Path.of("a.csv"))).payments(List.of(Path.of("p.csv")))
                .failOn(Severity.HIGH).asOf(LocalDate.of(2026, 1, 2)).maxRejectRatio(0.25).build();
        List<Object> back = RecordCodec.decodeAll(RecordCodec.encodeAll(List.of(p, f, o)));
        assertEquals(p, back.get(0));
        assertEquals(List.copyOf(p.attributes().keySet()), List.copyOf(((Payment) back.get(0)).attributes().keySet()));
        assertEquals(new BigDecimal("1500.50").scale(), ((Payment) back.get(0)).amount().scale());
        assertEquals(f, back.get(1));
        assertEquals(List.of("name", "amount"), List.copyOf(((Finding) back.get(1)).evidence().get(0).facts().keySet()));
        assertEquals(o, back.get(2));
    }

    @Test
    void aValueItCannotShipFailsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> RecordCodec.encode(new Object()));
    }
}
