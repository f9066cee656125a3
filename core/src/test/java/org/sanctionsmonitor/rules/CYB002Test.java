package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RuleHarness.*;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;

/** CYB-002: a malformed crypto address is a data-quality finding and never a match. */
class CYB002Test {

    static final String WU_XBT = "1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt";
    static final ListedEntity WU = entity("42496", "WU, Huihui", "XBT:" + WU_XBT);
    static final String CLEAN_BTC = "bc1qq7p0es3dv5hcynjjf40f2xjjr6qp5py47d2f6n847vduuq9gvnyq7y9ecd";

    @Test
    void firesOnABadBase58ChecksumAndABadBech32Checksum() {
        String typo = WU_XBT.substring(0, WU_XBT.length() - 1) + "u";
        String badBech = CLEAN_BTC.substring(0, CLEAN_BTC.length() - 1) + "q";
        List<Finding> f = run(List.of(WU), List.of(
                transfer("T1", "bitcoin", "XBT", WU_XBT.substring(0, 20) + "x" + WU_XBT.substring(21), CLEAN_BTC),
                transfer("T2", "bitcoin", "XBT", CLEAN_BTC, typo),
                transfer("T3", "bitcoin", "XBT", badBech, WU_XBT)));
        assertEquals(List.of("CYB-002 T1", "CYB-002 T2", "CYB-002 T3", "SAN-001 T3"),
                f.stream().map(x -> x.ruleId() + " " + x.subjectId()).sorted().toList());
        Finding t2 = f.stream().filter(x -> x.subjectId().equals("T2") && x.ruleId().equals("CYB-002")).findFirst().orElseThrow();
        assertEquals("DATA_QUALITY", t2.category().name());
        assertTrue(t2.explanation().contains("to_address '" + typo + "' fails its Base58Check checksum"), t2.explanation());
        assertEquals(typo, t2.matchedValue());
    }

    @Test
    void firesOnAMalformedEvmAddress() {
        assertEquals(Set.of("CYB-002"), ruleIds(run(List.of(WU), List.of(transfer("T1", "ethereum", "ETH",
                "0x12345", "0x081495cad9a6449b5e3a5b754115cbed1389d4be")))));
    }

    @Test
    void doesNotFireOnValidAddresses() {
        assertEquals(Set.of(), ruleIds(run(List.of(WU), List.of(
                transfer("T1", "bitcoin", "XBT", CLEAN_BTC.toUpperCase(java.util.Locale.ROOT), "125W5ek3DT6Zqy5S2iPt4FHQdNMCbZA3FU"),
                transfer("T2", "tron", "USDT", "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz", "TYqmv4RA3YGFHgV7JY1Pqc926ib8A2ighn")))));
    }
}
