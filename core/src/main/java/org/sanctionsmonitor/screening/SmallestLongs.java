package org.sanctionsmonitor.screening;

import java.util.Arrays;

/**
 * The {@code capacity} smallest of a stream of distinct longs, kept in a max-heap: a value no
 * smaller than the worst kept one costs one comparison, so choosing a hundred candidates among
 * thousands is a single pass, with nothing allocated. Not thread-safe (one per thread).
 */
final class SmallestLongs {

    private final long[] heap;
    private int size;

    SmallestLongs(int capacity) {
        heap = new long[Math.max(0, capacity)];
    }

    void clear() {
        size = 0;
    }

    void offer(long v) {
        if (size < heap.length) {
            // filled in arrival order, made a heap once full (Floyd's, linear): the index offers
            // its candidates mostly in increasing order, which a heap kept from the start sifts
            // all the way up, one level per comparison, every time
            heap[size++] = v;
            if (size == heap.length) {
                for (int i = (size >>> 1) - 1; i >= 0; i--) {
                    siftDown(i, heap[i]);
                }
            }
        } else if (size > 0 && v < heap[0]) {
            siftDown(0, v);
        }
    }

    /** Puts {@code v} at {@code i} (replacing what was there) and sifts it down below the larger children. */
    private void siftDown(int i, long v) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && heap[child + 1] > heap[child]) {
                child++;
            }
            if (heap[child] <= v) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = v;
    }

    /** The values kept, smallest first (the heap is left sorted, so offer nothing more before {@link #clear}). */
    long[] sorted() {
        Arrays.sort(heap, 0, size);
        return Arrays.copyOf(heap, size);
    }
}
