package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Keeping the smallest k of a stream gives the first k of a full sort, whatever the order of the stream. */
class SmallestLongsTest {

    @Test
    void theSmallestKAreThoseOfAFullSort() {
        Random r = new Random(7);
        for (int t = 0; t < 5_000; t++) {
            int n = r.nextInt(400);
            long[] a = new long[n];
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < n; i++) {
                long v;
                do {
                    v = r.nextInt(100_000) - 50_000L;
                } while (!seen.add(v));
                a[i] = v;
            }
            if (t % 3 == 0) {
                Arrays.sort(a); // ascending input: no value replaces a kept one after the heap fills
            }
            int k = r.nextInt(150);
            SmallestLongs smallest = new SmallestLongs(k);
            for (long v : a) {
                smallest.offer(v);
            }
            long[] sorted = a.clone();
            Arrays.sort(sorted);
            assertArrayEquals(Arrays.copyOf(sorted, Math.min(n, k)), smallest.sorted(), "n=" + n + " k=" + k);
        }
    }

    @Test
    void clearStartsAfresh() {
        SmallestLongs s = new SmallestLongs(2);
        s.offer(5);
        s.offer(1);
        s.offer(3);
        assertArrayEquals(new long[] {1, 3}, s.sorted());
        s.clear();
        s.offer(9);
        assertArrayEquals(new long[] {9}, s.sorted());
    }
}
