package org.sanctionsmonitor.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The graph's address index gives the ids a map of first sightings would, per chain, across growth. */
class NodeIndexTest {

    @Test
    void idsInOrderOfFirstSightAndTheSameKeyOnTwoChainsIsTwoNodes() {
        NodeIndex ix = new NodeIndex();
        assertEquals(0, ix.intern(0, "0xabc"));
        assertEquals(1, ix.intern(2, "0xabc"));
        assertEquals(0, ix.intern(0, "0xabc"));
        assertEquals(2, ix.intern(0, "1BoatSLRHtKNngkdXEeobR76b53LETtpyT"));
        assertEquals(1, ix.find(2, new String("0xabc")));
        assertEquals(-1, ix.find(1, "0xabc"));
        assertEquals(-1, ix.find(7, "0xabc"));
        assertEquals(-1, ix.find(0, "0xABC"));
        assertEquals(3, ix.size());
        assertArrayEquals(new int[] {0, 2, 0}, ix.chains());
    }

    @Test
    void agreesWithAHashMapOverManyKeysIncludingCollidingHashes() {
        NodeIndex ix = new NodeIndex();
        Map<String, Integer> expected = new HashMap<>();
        List<Integer> chainOf = new ArrayList<>();
        Random rnd = new Random(7);
        for (int i = 0; i < 300_000; i++) {
            int chain = rnd.nextInt(5);
            // "Aa" and "BB" have the same String hash: keys built from them collide in bulk
            String key = rnd.nextInt(4) == 0 ? collider(rnd.nextInt(1 << 12)) : "0x" + Integer.toHexString(rnd.nextInt(150_000));
            Integer want = expected.computeIfAbsent(chain + "/" + key, k -> {
                chainOf.add(chain);
                return expected.size();
            });
            assertEquals(want, ix.intern(chain, key), key);
        }
        assertEquals(expected.size(), ix.size());
        expected.forEach((k, id) -> {
            int slash = k.indexOf('/');
            assertEquals(id, ix.find(Integer.parseInt(k.substring(0, slash)), k.substring(slash + 1)), k);
        });
        assertArrayEquals(chainOf.stream().mapToInt(Integer::intValue).toArray(), ix.chains());
    }

    private static String collider(int bits) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            b.append((bits >> i & 1) == 0 ? "Aa" : "BB");
        }
        return b.toString();
    }
}
