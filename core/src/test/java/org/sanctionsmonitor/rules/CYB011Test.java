package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** CYB-011: an unlisted mixer (Tornado Cash since 21 March 2025) is a risk flag, not a sanctions hit. */
class CYB011Test {

    static final String TORNADO = "0x12D66f87A04A9E220743712cE6d9bB1B5616B8Fc";
    static final String T = "2025-04-01T10:00:00Z";

    @Test
    void firesOnDepositsAndWithdrawalsAsARiskFlag() {
        List<Finding> f = run(List.of(), List.of(label("ethereum", TORNADO, "mixer", "Tornado Cash")),
                List.of(tx("D1", "ethereum", "ETH", T, addr(1), TORNADO.toLowerCase(java.util.Locale.ROOT), "10", "20000", null, null),
                        tx("W1", "ethereum", "ETH", "2025-04-02T10:00:00Z", TORNADO, addr(2), "10", "20000", null, null)));
        assertEquals(List.of("CYB-011 D1", "CYB-011 W1"), pairs(f));
        Finding d = f.get(0);
        assertEquals("MEDIUM", d.severity().name());
        assertNull(d.listEntryId());
        assertTrue(d.explanation().contains("is on no loaded sanctions list: a risk flag, not a sanctions hit"), d.explanation());
    }

    @Test
    void doesNotFireForAListedMixerOrTheSameAddressOnAnotherChain() {
        ListedEntity listed = entity("1", "TORNADO CASH", "ETH:" + TORNADO);
        List<Finding> f = run(List.of(listed), List.of(label("ethereum", TORNADO, "mixer", "Tornado Cash")),
                List.of(tx("D1", "ethereum", "ETH", T, addr(1), TORNADO, "10", "20000", null, null)));
        assertEquals(List.of("CYB-010 D1", "SAN-001 D1"), pairs(f));
        List<Finding> g = run(List.of(), List.of(label("ethereum", TORNADO, "mixer", "Tornado Cash")),
                List.of(tx("D2", "polygon", "POL", T, addr(1), TORNADO, "10", "20", null, null)));
        assertEquals(List.of(), pairs(g));
    }
}
