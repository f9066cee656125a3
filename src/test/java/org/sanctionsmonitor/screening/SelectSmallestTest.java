package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Selecting the best k candidates then sorting them gives the first k of a full sort. */
class SelectSmallestTest {

    @Test
    void theFirstKAreThoseOfAFullSort() {
        Random r = new Random(7);
        for (int t = 0; t < 5_000; t++) {
            int n = r.nextInt(400);
            long[] a = new long[n];
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                long v;
                do {
                    v = r.nextInt(100_000);
                } while (!seen.add(v));
                a[i] = v;
            }
            int k = Math.min(n, r.nextInt(150));
            long[] sorted = a.clone();
            Arrays.sort(sorted);
            long[] selected = a.clone();
            NameScreener.selectSmallest(selected, k);
            Arrays.sort(selected, 0, k);
            assertArrayEquals(Arrays.copyOf(sorted, k), Arrays.copyOf(selected, k), "n=" + n + " k=" + k);
        }
    }
}
