package org.sanctionsmonitor.graph;

import java.util.Arrays;

/**
 * The transfer graph's address index: (chain id, chain-local address key) to a dense node id,
 * ids given in order of first sight. Per chain an open-addressing table of longs, each slot holding
 * a key's hash and its node id, over a packed column of keys ({@link StringColumn}) and chains by
 * node id: no object per entry for the collector to trace, and a lookup that touches the key only
 * when the stored hash matches. A million addresses are looked up
 * twice per transfer, so this is on the hot path of reading the transfers. Not thread-safe.
 */
final class NodeIndex {

    private static final long EMPTY = 0L;
    private static final int INITIAL_SLOTS = 1 << 8;

    /**
     * One open-addressing table per chain id (a lookup need not compare chains); per slot: the
     * key's hash in the high half and node id + 1 in the low half; 0 is empty.
     */
    private long[][] slots = new long[0][];
    private int[] used = new int[0];
    /** The keys by node id, packed (no String per key); the graph keeps them as its addresses. */
    private StringColumn keys = new StringColumn(1 << 10);
    private int[] chains = new int[1 << 10];
    private int size;
    /** Whether the graph holds {@link #keys}: no key may be added then. */
    private boolean shared;

    /** The node id of {@code key} on {@code chain}, or -1 when it has none. */
    int find(int chain, String key) {
        if (chain >= slots.length) {
            return -1;
        }
        long[] table = slots[chain];
        return (int) table[slot(table, hash(key), key)] - 1; // an empty slot holds 0: -1
    }

    /** The node id of {@code key} on {@code chain}, a new one (the next in order) on first sight. */
    int intern(int chain, String key) {
        if (chain >= slots.length) {
            addChains(chain + 1);
        }
        long[] table = slots[chain];
        int h = hash(key);
        int i = slot(table, h, key);
        if (table[i] != EMPTY) {
            return (int) table[i] - 1;
        }
        if (shared) {
            throw new IllegalStateException("the graph is built: no address can be added");
        }
        int id = size++;
        if (id == chains.length) {
            chains = Arrays.copyOf(chains, id + (id >> 1));
        }
        keys.add(key);
        chains[id] = chain;
        table[i] = ((long) h << 32) | ((id + 1) & 0xffffffffL);
        if (++used[chain] * 2 > table.length) { // at most half full keeps probe sequences short
            slots[chain] = rehash(table);
        }
        return id;
    }

    /** The slot holding {@code key} (hash {@code h}), or the empty slot where it would go. */
    private int slot(long[] table, int h, String key) {
        int mask = table.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            long s = table[i];
            if (s == EMPTY || (int) (s >>> 32) == h && keys.equalsAt((int) s - 1, key)) {
                return i;
            }
        }
    }

    int size() {
        return size;
    }

    /**
     * The keys by node id, sized to their content, for the graph to keep: the index goes on
     * answering {@link #find} from the same column, but takes no new keys.
     */
    StringColumn sharedKeys() {
        if (!shared) {
            keys = keys.trimmed();
            shared = true;
        }
        return keys;
    }

    /** The chain id of every node, by node id. */
    short[] chains() {
        short[] c = new short[size];
        for (int i = 0; i < size; i++) {
            if (chains[i] > Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " distinct chains in the transfers");
            }
            c[i] = (short) chains[i];
        }
        return c;
    }

    private void addChains(int count) {
        int from = slots.length;
        slots = Arrays.copyOf(slots, count);
        used = Arrays.copyOf(used, count);
        for (int c = from; c < count; c++) {
            slots[c] = new long[INITIAL_SLOTS];
        }
    }

    private static long[] rehash(long[] old) {
        long[] table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long s : old) {
            if (s != EMPTY) {
                int i = (int) (s >>> 32) & mask;
                while (table[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                table[i] = s;
            }
        }
        return table;
    }

    /** The key's String hash (cached by the String), spread over the low bits the tables use. */
    private static int hash(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
