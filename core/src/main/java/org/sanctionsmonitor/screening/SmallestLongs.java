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
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] >= v) {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = v;
        } else if (size > 0 && v < heap[0]) {
            siftDown(v);
        }
    }

    /** Replaces the largest kept value with {@code v} and restores the heap. */
    private void siftDown(long v) {
        int i = 0;
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
