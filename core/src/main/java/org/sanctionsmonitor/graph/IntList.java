package org.sanctionsmonitor.graph;

import java.util.Arrays;

/** A growable list of ints without boxing. */
public final class IntList {
    private int[] a;
    private int n;

    public IntList(int capacity) {
        a = new int[Math.max(4, capacity)];
    }

    public void add(int v) {
        if (n == a.length) {
            a = Arrays.copyOf(a, n * 2);
        }
        a[n++] = v;
    }

    public int get(int i) {
        return a[i];
    }

    public void set(int i, int v) {
        a[i] = v;
    }

    public int size() {
        return n;
    }

    public void clear() {
        n = 0;
    }
}
