package org.sanctionsmonitor.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.normalize.Addresses;

/** The compact graph: interned nodes per chain, time order, and each address's rows sorted by time. */
class TransferGraphTest {

    static final String A = "0x00000000000000000000000000000000000000aa";
    static final String B = "0x00000000000000000000000000000000000000bb";

    @Test
    void keysMadeBeforehandGiveTheSameNodesAsAddresses() {
        Transfer t1 = transfer("T1", "ethereum", A.replace("0x", "0X"), " " + B);
        Transfer t2 = transfer("T2", "eth", B, "1BoatSLRHtKNngkdXEeobR76b53LETtpyT");
        TransferGraph.Builder b = new TransferGraph.Builder();
        b.add(t1, TransferGraph.Ends.of(t1));
        b.add(t2);
        assertEquals(new TransferGraph.Ends(Addresses.chainLocalKey(A), Addresses.chainLocalKey(B)), TransferGraph.Ends.of(t1));
        assertEquals(0, b.node("ethereum", A));
        assertEquals(1, b.node("Ethereum", B));
        assertEquals(2, b.existingNode("ethereum", "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"));
        assertEquals(-1, b.existingNode("ethereum", "1boatslrhtknngkdxeeobr76b53lettpyt"));
        assertEquals(3, b.build().nodes());
    }

    private static Transfer transfer(String id, String chain, String from, String to) {
        return new Transfer(id, Instant.EPOCH, chain, "ETH", from, to, BigDecimal.ONE, null, null, null, Map.of(),
                new Provenance("f.csv", 2));
    }

    @Test
    void nodesAreAddressesPerChainAndRowsAreIndexedByTime() {
        TransferGraph.Builder b = new TransferGraph.Builder();
        b.add("T1", 300, "ethereum", "ETH", A, B, 1, Double.NaN, null, null, "f.csv", 2);
        b.add("T2", 100, "Ethereum", "ETH", A.toUpperCase(java.util.Locale.ROOT).replace("0X", "0x"), B, 2, 20, "C1", null, "f.csv", 3);
        b.add("T3", 200, "polygon", "POL", A, B, 3, 30, null, "C2", "f.csv", 4);
        b.add("T4", 100, "ethereum", "ETH", B, A, 4, 40, null, null, "f.csv", 5);
        assertEquals(0, b.existingNode("eth", A));
        assertEquals(-1, b.existingNode("bsc", A));
        TransferGraph g = b.build();
        assertEquals(4, g.nodes()); // A and B on ethereum, A and B on polygon
        assertArrayEquals(new int[] {1, 3, 2, 0}, java.util.stream.IntStream.range(0, 4).map(g::byTime).toArray());
        int a = 0;
        assertEquals(2, g.outStart[a + 1] - g.outStart[a]);
        assertEquals(1, g.outIdx[g.outStart[a]]); // T2 (t=100) before T1 (t=300)
        assertEquals(g.outStart[a] + 1, g.firstOutAfter(a, 100));
        assertEquals(g.outStart[a + 1], g.firstOutAfter(a, 300));
        Map<String, String> f = g.subject(1).facts();
        assertEquals("T2", f.get("tx_id"));
        assertEquals("1970-01-01T00:01:40Z", f.get("timestamp"));
        assertEquals("2", f.get("amount"));
        assertEquals("20", f.get("amount_usd"));
        assertEquals("C1", f.get("from_owner"));
        assertEquals("f.csv:3", g.subject(1).source().toString());
        assertEquals("polygon", g.subject(2).chain());
    }
}
