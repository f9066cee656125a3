package org.sanctionsmonitor.graph;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.model.Facts;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.normalize.Addresses;
import org.sanctionsmonitor.normalize.Chains;

/**
 * The transfer graph, kept compact so that millions of transfers fit in a small heap: one row of
 * primitive arrays per transfer (addresses, owners, chains and assets interned as ints, times as
 * epoch seconds, amounts as doubles), and an index of each address's outgoing and incoming
 * transfers sorted by time (compressed sparse rows). A node is an address on a chain (the same EVM
 * key on two chains is two accounts with separate balances).
 *
 * <p>Built with {@link Builder} while the feed streams; read-only afterwards.</p>
 */
public final class TransferGraph {

    // per transfer
    public final String[] txId;
    public final int[] from;
    public final int[] to;
    public final long[] time;
    public final double[] amount;
    public final double[] usd;
    public final int[] asset;
    public final int[] fromOwner;
    public final int[] toOwner;
    public final int[] file;
    public final int[] line;
    /** Per transfer: index into {@link #priceNotes} of the daily price that valued it, or -1 (amount_usd given, or unknown). */
    final int[] price;
    // per node
    public final String[] nodeAddress;
    public final int[] nodeChain;
    // tables
    public final String[] chains;
    public final String[] assets;
    public final String[] owners;
    public final String[] files;
    /** The daily prices used, as text: "ETH 2517.34 USD on 2025-03-03 (rules/reference/crypto-prices.csv:12)". */
    final String[] priceNotes;
    // indexes
    public final int[] outStart;
    public final int[] outIdx;
    public final int[] inStart;
    public final int[] inIdx;
    /** Transfer indexes in time order (ties in input order). */
    public final int[] byTime;

    private TransferGraph(Builder b) {
        int n = b.count;
        txId = Arrays.copyOf(b.txId, n);
        from = Arrays.copyOf(b.from, n);
        to = Arrays.copyOf(b.to, n);
        time = Arrays.copyOf(b.time, n);
        amount = Arrays.copyOf(b.amount, n);
        usd = Arrays.copyOf(b.usd, n);
        asset = Arrays.copyOf(b.asset, n);
        fromOwner = Arrays.copyOf(b.fromOwner, n);
        toOwner = Arrays.copyOf(b.toOwner, n);
        file = Arrays.copyOf(b.file, n);
        line = Arrays.copyOf(b.line, n);
        price = Arrays.copyOf(b.price, n);
        nodeAddress = b.nodeAddress.toArray(new String[0]);
        nodeChain = b.nodeIds.chains();
        chains = b.chains.toArray(new String[0]);
        assets = b.assets.toArray(new String[0]);
        owners = b.owners.toArray(new String[0]);
        files = b.files.toArray(new String[0]);
        priceNotes = b.priceNotes.toArray(new String[0]);
        byTime = sortedByTime(time, n);
        int nodes = nodeAddress.length;
        outStart = new int[nodes + 1];
        inStart = new int[nodes + 1];
        for (int i = 0; i < n; i++) {
            outStart[from[i] + 1]++;
            inStart[to[i] + 1]++;
        }
        for (int k = 0; k < nodes; k++) {
            outStart[k + 1] += outStart[k];
            inStart[k + 1] += inStart[k];
        }
        outIdx = new int[n];
        inIdx = new int[n];
        int[] op = Arrays.copyOf(outStart, nodes);
        int[] ip = Arrays.copyOf(inStart, nodes);
        for (int i : byTime) { // filling in time order keeps each node's rows sorted by time
            outIdx[op[from[i]]++] = i;
            inIdx[ip[to[i]]++] = i;
        }
    }

    private static int[] sortedByTime(long[] time, int n) {
        // sort (time, index) pairs packed into longs when times fit; otherwise a boxed sort
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, time[i]);
            max = Math.max(max, time[i]);
        }
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        if (max - min < (1L << 32)) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ((time[i] - min) << 31) | i;
            }
            Arrays.sort(keys);
            for (int i = 0; i < n; i++) {
                out[i] = (int) (keys[i] & 0x7fffffffL);
            }
        } else {
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) {
                boxed[i] = i;
            }
            Arrays.sort(boxed, (a, b) -> a.equals(b) ? 0 : time[a] != time[b] ? Long.compare(time[a], time[b]) : Integer.compare(a, b));
            for (int i = 0; i < n; i++) {
                out[i] = boxed[i];
            }
        }
        return out;
    }

    public int transfers() {
        return txId.length;
    }

    public int nodes() {
        return nodeAddress.length;
    }

    public String chainOfNode(int node) {
        return chains[nodeChain[node]];
    }

    public String address(int node) {
        return nodeAddress[node];
    }

    public String owner(int id) {
        return id < 0 ? null : owners[id];
    }

    /** The daily price that valued transfer t (it had no amount_usd), as text; null when none did. */
    public String priceNote(int t) {
        return price[t] < 0 ? null : priceNotes[price[t]];
    }

    /** The same-asset check for comparing amounts along a path. */
    boolean sameAsset(int a, int b) {
        return asset[a] == asset[b];
    }

    /** The transfer as a subject for findings, rebuilt from the compact row. */
    public GraphTransfer subject(int i) {
        return new GraphTransfer(this, i);
    }

    /** Index of the first of node's outgoing transfers with time strictly after t. */
    public int firstOutAfter(int node, long t) {
        int lo = outStart[node];
        int hi = outStart[node + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (time[outIdx[mid]] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public static String amountText(double d) {
        if (Double.isNaN(d)) {
            return null;
        }
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Row of the compact graph as a Subject (subject_type transfer). */
    public static final class GraphTransfer implements org.sanctionsmonitor.model.Subject {
        private final TransferGraph g;
        private final int i;

        GraphTransfer(TransferGraph g, int i) {
            this.g = g;
            this.i = i;
        }

        public int index() {
            return i;
        }

        @Override
        public String subjectType() {
            return "transfer";
        }

        @Override
        public String subjectId() {
            return g.txId[i];
        }

        @Override
        public Provenance source() {
            return new Provenance(g.files[g.file[i]], g.line[i]);
        }

        public Instant timestamp() {
            return Instant.ofEpochSecond(g.time[i]);
        }

        public String chain() {
            return g.chains[g.nodeChain[g.from[i]]];
        }

        public String fromAddress() {
            return g.nodeAddress[g.from[i]];
        }

        public String toAddress() {
            return g.nodeAddress[g.to[i]];
        }

        @Override
        public Map<String, String> facts() {
            Map<String, String> m = new LinkedHashMap<>();
            Facts.put(m, "tx_id", g.txId[i]);
            Facts.put(m, "timestamp", timestamp());
            Facts.put(m, "chain", chain());
            Facts.put(m, "asset", g.assets[g.asset[i]]);
            Facts.put(m, "from_address", fromAddress());
            Facts.put(m, "to_address", toAddress());
            Facts.put(m, "amount", amountText(g.amount[i]));
            String price = g.priceNote(i);
            if (price == null) {
                Facts.put(m, "amount_usd", amountText(g.usd[i]));
            } else {
                Facts.put(m, "valued_usd", amountText(Math.round(g.usd[i] * 100) / 100.0));
                Facts.put(m, "price", price);
            }
            Facts.put(m, "from_owner", g.owner(g.fromOwner[i]));
            Facts.put(m, "to_owner", g.owner(g.toOwner[i]));
            return m;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GraphTransfer t && t.g == g && t.i == i;
        }

        @Override
        public int hashCode() {
            return i;
        }

        @Override
        public String toString() {
            return g.txId[i];
        }
    }

    /**
     * A transfer's two address keys as the graph indexes them, with their hashes computed: made
     * by {@link #of} on a screening worker thread so that the reading thread, which builds the
     * graph, only looks them up.
     */
    public record Ends(String fromKey, String toKey) {

        public static Ends of(Transfer t) {
            return of(t.fromAddress(), t.toAddress());
        }

        public static Ends of(String fromAddress, String toAddress) {
            String from = Addresses.chainLocalKey(fromAddress);
            String to = Addresses.chainLocalKey(toAddress);
            from.hashCode(); // the String caches it
            to.hashCode();
            return new Ends(from, to);
        }
    }

    /** Collects the compact rows while a feed streams. Not thread-safe. */
    public static final class Builder {
        private int count;
        private String[] txId = new String[1024];
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private long[] time = new long[1024];
        private double[] amount = new double[1024];
        private double[] usd = new double[1024];
        private int[] asset = new int[1024];
        private int[] fromOwner = new int[1024];
        private int[] toOwner = new int[1024];
        private int[] file = new int[1024];
        private int[] line = new int[1024];
        private int[] price = new int[1024];
        private final NodeIndex nodeIds = new NodeIndex();
        private String lastChainRaw;
        private int lastChainId;
        private final List<String> nodeAddress = new ArrayList<>();
        private final Interner chains = new Interner();
        private final Interner assets = new Interner();
        private final Interner owners = new Interner();
        private final Interner files = new Interner();
        private final Interner priceNotes = new Interner();

        /** The node id of an address on a chain, created on first sight. */
        public int node(String chain, String address) {
            return node(chainId(chain), Addresses.chainLocalKey(address), address);
        }

        private int node(int c, String key, String address) {
            int id = nodeIds.intern(c, key);
            if (id == nodeAddress.size()) { // first sight
                nodeAddress.add(address.strip());
            }
            return id;
        }

        /** The chain's id, remembering the last chain name seen (feeds repeat the same few). */
        private int chainId(String chain) {
            if (chain.equals(lastChainRaw)) {
                return lastChainId;
            }
            int c = chains.id(Chains.canonical(chain));
            lastChainRaw = chain;
            lastChainId = c;
            return c;
        }

        /** The node id of an address on a chain, or -1 when no transfer touched it. */
        public int existingNode(String chain, String address) {
            Integer c = chains.ids.get(Chains.canonical(chain));
            return c == null ? -1 : nodeIds.find(c, Addresses.chainLocalKey(address));
        }

        /** Adds a transfer; returns its index. */
        public int add(Transfer t) {
            return add(t, Ends.of(t));
        }

        /** Adds a transfer whose address keys were made beforehand; returns its index. */
        public int add(Transfer t, Ends ends) {
            return add(t.txId(), t.timestamp().getEpochSecond(), t.chain(), t.asset(), t.fromAddress(), t.toAddress(),
                    ends, t.amount().doubleValue(), t.amountUsd() == null ? Double.NaN : t.amountUsd().doubleValue(),
                    t.fromOwner(), t.toOwner(), t.source().file(), t.source().line());
        }

        /**
         * Adds a transfer that had no amount_usd, valued from a daily price: {@code usd} is its
         * value and {@code priceNote} names the price used (shown in evidence and explanations).
         */
        public int addValued(Transfer t, Ends ends, double usd, String priceNote) {
            int i = add(t.txId(), t.timestamp().getEpochSecond(), t.chain(), t.asset(), t.fromAddress(), t.toAddress(),
                    ends, t.amount().doubleValue(), usd, t.fromOwner(), t.toOwner(), t.source().file(), t.source().line());
            price[i] = priceNotes.id(priceNote);
            return i;
        }

        public int add(String id, long epochSecond, String chain, String assetCode, String fromAddress, String toAddress,
                double amt, double amtUsd, String fromOwnerId, String toOwnerId, String fileName, long lineNo) {
            return add(id, epochSecond, chain, assetCode, fromAddress, toAddress,
                    Ends.of(fromAddress, toAddress), amt, amtUsd,
                    fromOwnerId, toOwnerId, fileName, lineNo);
        }

        private int add(String id, long epochSecond, String chain, String assetCode, String fromAddress, String toAddress,
                Ends ends, double amt, double amtUsd, String fromOwnerId, String toOwnerId, String fileName, long lineNo) {
            if (count == txId.length) {
                grow();
            }
            int i = count++;
            txId[i] = id;
            int c = chainId(chain);
            from[i] = node(c, ends.fromKey(), fromAddress);
            to[i] = node(c, ends.toKey(), toAddress);
            time[i] = epochSecond;
            amount[i] = amt;
            usd[i] = amtUsd;
            asset[i] = assets.id(assetCode);
            fromOwner[i] = fromOwnerId == null ? -1 : owners.id(fromOwnerId);
            toOwner[i] = toOwnerId == null ? -1 : owners.id(toOwnerId);
            file[i] = files.id(fileName);
            line[i] = (int) Math.min(Integer.MAX_VALUE, lineNo);
            price[i] = -1;
            return i;
        }

        public int count() {
            return count;
        }

        private void grow() {
            int n = count * 2;
            txId = Arrays.copyOf(txId, n);
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            time = Arrays.copyOf(time, n);
            amount = Arrays.copyOf(amount, n);
            usd = Arrays.copyOf(usd, n);
            asset = Arrays.copyOf(asset, n);
            fromOwner = Arrays.copyOf(fromOwner, n);
            toOwner = Arrays.copyOf(toOwner, n);
            file = Arrays.copyOf(file, n);
            line = Arrays.copyOf(line, n);
            price = Arrays.copyOf(price, n);
        }

        public TransferGraph build() {
            return new TransferGraph(this);
        }
    }

    /** Small string table: value → dense id. */
    static final class Interner {
        final Map<String, Integer> ids = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int id(String s) {
            Integer id = ids.get(s);
            if (id == null) {
                id = values.size();
                ids.put(s, id);
                values.add(s);
            }
            return id;
        }

        String[] toArray(String[] a) {
            return values.toArray(a);
        }
    }
}
