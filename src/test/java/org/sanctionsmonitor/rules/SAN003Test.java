package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.report.Finding;

/** SAN-003: a shipment party whose normalised name equals a listed name or strong alias. */
class SAN003Test {

    static final ListedEntity KKBC = named("11581", "KOREA KWANGSON BANKING CORP",
            List.of("KKBC", "BORDER TRADE SETTLEMENT BANK"), List.of("BTSB"));
    static final ListedEntity CHOE = named("23001", "CH'OE, So'k-min", List.of(), List.of());

    @Test
    void firesOnTheListedNameWrittenDifferently() {
        List<Finding> f = run(List.of(KKBC, CHOE), List.of(
                shipment("S1").consignee("Korea Kwangson Banking Corp.").build(),
                shipment("S2").shipper("ch'oe so'k min").build()));
        assertEquals(Set.of("SAN-003"), ruleIds(f));
        assertEquals(List.of("S1", "S2"), f.stream().map(Finding::subjectId).toList());
        assertEquals("SANCTIONED_PARTY", f.get(0).category().name());
    }

    @Test
    void firesOnAStrongAliasInAnyPartyRole() {
        List<Finding> f = run(List.of(KKBC), List.of(shipment("S1").notifyParty("Border Trade Settlement Bank").build()));
        assertEquals(Set.of("SAN-003"), ruleIds(f));
        assertEquals("Border Trade Settlement Bank", f.get(0).matchedValue());
    }

    @Test
    void doesNotFireOnOtherNamesOrOnWeakAliases() {
        List<Finding> f = run(List.of(KKBC), List.of(
                shipment("S1").consignee("Korea Exchange Bank").build(),
                shipment("S2").consignee("Kwangson Trading").build(),
                shipment("S3").consignee("BTSB").build()));
        assertEquals(Set.of("SAN-004"), ruleIds(f)); // the weak alias is SAN-004's, never SAN-003's
    }
}
