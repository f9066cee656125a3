package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** CYB-010: a deposit into or withdrawal from a mixer that is itself listed. */
class CYB010Test {

    static final String BLENDER_XBT = "3K35dyL85fR9ht7UgzPfd1gLRRXQtNTqE3";
    static final ListedEntity BLENDER = entity("37070", "BLENDER.IO", "XBT:" + BLENDER_XBT);
    static final ListedEntity SINBAD = named("44437", "SINBAD", List.of("SINBAD.IO"), List.of());
    static final String T = "2025-03-05T10:00:00Z";

    @Test
    void firesOnADepositIntoAMixerWhoseAddressIsListed() {
        List<Finding> f = run(List.of(BLENDER), List.of(label("bitcoin", BLENDER_XBT, "mixer", "Blender.io")),
                List.of(tx("D1", "bitcoin", "XBT", T, btc(1), BLENDER_XBT, "0.5", "30000", "CUST-1", null)));
        assertEquals(List.of("CYB-010 D1", "SAN-001 D1"), pairs(f));
        Finding m = byRule(f, "CYB-010").get(0);
        assertEquals("CRITICAL", m.severity().name());
        assertEquals("MIXER", m.category().name());
        assertEquals("37070", m.listEntryId());
        assertTrue(m.explanation().contains("a deposit into it") && m.explanation().contains("listed as BLENDER.IO"), m.explanation());
        assertEquals("label", m.evidence().get(2).role());
    }

    @Test
    void firesOnAWithdrawalFromAMixerListedByItsName() {
        String deposit = btc(77);
        List<Finding> f = run(List.of(SINBAD), List.of(label("bitcoin", deposit, "mixer", "Sinbad.io")),
                List.of(tx("W1", "bitcoin", "XBT", T, deposit, btc(2), "0.5", "30000", null, "CUST-2")));
        assertEquals(List.of("CYB-010 W1"), pairs(f));
        Finding m = f.get(0);
        assertEquals("44437", m.listEntryId());
        assertTrue(m.explanation().contains("a withdrawal out of it") && m.explanation().contains("the label's name is a listed name"),
                m.explanation());
    }

    @Test
    void doesNotFireOnAnUnlistedMixerOrAnotherLabelOrAnotherChain() {
        String tornado = "0x12D66f87A04A9E220743712cE6d9bB1B5616B8Fc";
        List<Finding> f = run(List.of(BLENDER, SINBAD), List.of(
                label("ethereum", tornado, "mixer", "Tornado Cash"),
                label("bitcoin", btc(5), "exchange", "Sinbad.io"),
                label("bitcoin", btc(6), "mixer", "Sinbad.io")),
                List.of(tx("D1", "ethereum", "ETH", T, addr(1), tornado, "1", "2000", null, null),
                        tx("D2", "bitcoin", "XBT", T, btc(7), btc(5), "1", "2000", null, null),
                        tx("D3", "bitcoin", "XBT", T, btc(7), btc(8), "1", "2000", null, null)));
        assertEquals(List.of("CYB-011 D1"), pairs(f));
    }
}
