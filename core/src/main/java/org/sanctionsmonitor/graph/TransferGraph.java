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
    private final StringColumn txIds;
    public final int[] from;
    public final int[] to;
    /** Per transfer: epoch seconds minus {@link #timeBase}; null when {@link #wideTime} holds the times. */
    private final int[] time;
    private final long timeBase;
    /** Epoch seconds, only for a feed whose times do not fit 32 bits around its first transfer (68 years). */
    private final long[] wideTime;
    public final double[] amount;
    public final double[] usd;
    /** Per transfer: index into {@link #assets} (16 bits: a feed with more than 32,767 assets is refused). */
    public final short[] asset;
    /** Per transfer: index into {@link #owners}, or -1; null when no transfer named the owner. */
    private final int[] fromOwner;
    private final int[] toOwner;
    /**
     * The source lines as runs of consecutive lines in one file: run r starts at transfer
     * {@code runStart[r]} on line {@code runLine[r]} of {@code files[runFile[r]]}. A feed without
     * rejected or multi-line rows is one run per file, so no column per transfer is kept.
     */
    private final int[] runStart;
    private final int[] runLine;
    private final short[] runFile;
    /**
     * Per transfer: index into {@link #priceNotes} of the daily price that valued it, or -1
     * (amount_usd given, or unknown); null when no transfer was valued from a price.
     */
    final int[] price;
    // per node
    /** The address keys the index used, by node id: the address itself unless {@link #writtenAddress} says otherwise. */
    private final StringColumn nodeKey;
    /** The nodes (ascending) whose address as first written differs from their key, and that form. */
    private final int[] writtenNode;
    private final StringColumn writtenAddress;
    public final short[] nodeChain;
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
    /** Transfer indexes in time order (ties in input order); null when that is the input order. */
    private final int[] byTime;

    private final int count;

    private TransferGraph(Builder b) {
        int n = b.count;
        count = n;
        // each column is trimmed and the builder's copy dropped before the next: the build needs
        // one column's worth of memory beyond the rows, not a second copy of them all
        txIds = b.txId.trimmed();
        b.txId = null;
        from = Arrays.copyOf(b.from, n);
        b.from = null;
        to = Arrays.copyOf(b.to, n);
        b.to = null;
        timeBase = b.timeBase;
        time = b.time == null ? null : Arrays.copyOf(b.time, n);
        b.time = null;
        wideTime = b.wideTime == null ? null : Arrays.copyOf(b.wideTime, n);
        b.wideTime = null;
        amount = Arrays.copyOf(b.amount, n);
        b.amount = null;
        usd = Arrays.copyOf(b.usd, n);
        b.usd = null;
        asset = Arrays.copyOf(b.asset, n);
        b.asset = null;
        fromOwner = b.fromOwner == null ? null : Arrays.copyOf(b.fromOwner, n);
        b.fromOwner = null;
        toOwner = b.toOwner == null ? null : Arrays.copyOf(b.toOwner, n);
        b.toOwner = null;
        runStart = Arrays.copyOf(b.runStart, b.runs);
        runLine = Arrays.copyOf(b.runLine, b.runs);
        runFile = Arrays.copyOf(b.runFile, b.runs);
        b.runStart = null;
        b.runLine = null;
        b.runFile = null;
        price = b.price == null ? null : Arrays.copyOf(b.price, n);
        b.price = null;
        nodeChain = b.nodeIds.chains();
        nodeKey = b.nodeIds.sharedKeys(); // the index (used to find labelled addresses) reads the same column
        writtenNode = Arrays.copyOf(b.writtenNode, b.written);
        b.writtenNode = null;
        writtenAddress = b.writtenAddress.trimmed();
        b.writtenAddress = null;
        chains = b.chains.toArray(new String[0]);
        assets = b.assets.toArray(new String[0]);
        owners = b.owners.toArray(new String[0]);
        files = b.files.toArray(new String[0]);
        priceNotes = b.priceNotes.toArray(new String[0]);
        byTime = sortedByTime(n);
        int nodes = nodeKey.size();
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
        for (int k = 0; k < n; k++) { // filling in time order keeps each node's rows sorted by time
            int i = byTime(k);
            outIdx[op[from[i]]++] = i;
            inIdx[ip[to[i]]++] = i;
        }
    }

    /** The time order of the transfers, or null when the input order is already that (times never decrease). */
    private int[] sortedByTime(int n) {
        boolean sorted = true;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long t = time(i);
            if (i > 0 && t < time(i - 1)) {
                sorted = false;
            }
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        if (sorted) {
            return null;
        }
        // sort (time, index) pairs packed into longs when times fit; otherwise a boxed sort
        int[] out = new int[n];
        if (max - min < (1L << 32)) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = ((time(i) - min) << 31) | i;
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
            Arrays.sort(boxed, (a, b) -> a.equals(b) ? 0 : time(a) != time(b) ? Long.compare(time(a), time(b)) : Integer.compare(a, b));
            for (int i = 0; i < n; i++) {
                out[i] = boxed[i];
            }
        }
        return out;
    }

    /** Transfer i's time, in epoch seconds. */
    public long time(int i) {
        return time != null ? timeBase + time[i] : wideTime[i];
    }

    /** The k-th transfer in time order (ties in input order). */
    public int byTime(int k) {
        return byTime == null ? k : byTime[k];
    }

    /** Transfer i's from_owner as an index into {@link #owners}, or -1 when it has none. */
    public int fromOwner(int i) {
        return fromOwner == null ? -1 : fromOwner[i];
    }

    /** Transfer i's to_owner as an index into {@link #owners}, or -1 when it has none. */
    public int toOwner(int i) {
        return toOwner == null ? -1 : toOwner[i];
    }

    /** The run of source lines transfer i is in. */
    private int run(int i) {
        int lo = 0;
        int hi = runStart.length - 1;
        while (lo < hi) { // the last run starting at or before i
            int mid = (lo + hi + 1) >>> 1;
            if (runStart[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Transfer i's line in its file. */
    public int line(int i) {
        int r = run(i);
        return runLine[r] + (i - runStart[r]);
    }

    /** The file transfer i was read from, as the feed named it. */
    public String file(int i) {
        return files[runFile[run(i)]];
    }

    public int transfers() {
        return count;
    }

    public int nodes() {
        return nodeKey.size();
    }

    /** Transfer i's tx_id. */
    public String txId(int i) {
        return txIds.get(i);
    }

    public String chainOfNode(int node) {
        return chains[nodeChain[node]];
    }

    /** The address as first written (a String made from the packed columns on each call). */
    public String address(int node) {
        int k = Arrays.binarySearch(writtenNode, node);
        return k >= 0 ? writtenAddress.get(k) : nodeKey.get(node);
    }

    public String owner(int id) {
        return id < 0 ? null : owners[id];
    }

    /** The daily price that valued transfer t (it had no amount_usd), as text; null when none did. */
    public String priceNote(int t) {
        return price == null || price[t] < 0 ? null : priceNotes[price[t]];
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
            if (time(outIdx[mid]) <= t) {
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

        /** The daily price that valued this transfer (its graph's {@link TransferGraph#priceNote}), or null. */
        public String priceNote() {
            return g.priceNote(i);
        }

        @Override
        public String subjectType() {
            return "transfer";
        }

        @Override
        public String subjectId() {
            return g.txId(i);
        }

        @Override
        public Provenance source() {
            return new Provenance(g.file(i), g.line(i));
        }

        public Instant timestamp() {
            return Instant.ofEpochSecond(g.time(i));
        }

        public String chain() {
            return g.chains[g.nodeChain[g.from[i]]];
        }

        public String fromAddress() {
            return g.address(g.from[i]);
        }

        public String toAddress() {
            return g.address(g.to[i]);
        }

        @Override
        public Map<String, String> facts() {
            Map<String, String> m = new LinkedHashMap<>();
            Facts.put(m, "tx_id", g.txId(i));
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
            Facts.put(m, "from_owner", g.owner(g.fromOwner(i)));
            Facts.put(m, "to_owner", g.owner(g.toOwner(i)));
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
            return g.txId(i);
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
        private StringColumn txId = new StringColumn(1024);
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        /** Epoch seconds minus {@link #timeBase} (the first transfer's), while every time fits 32 bits. */
        private int[] time = new int[1024];
        private long timeBase;
        /** Epoch seconds, once a time did not fit {@link #time} (which is then dropped). */
        private long[] wideTime;
        private double[] amount = new double[1024];
        private double[] usd = new double[1024];
        private short[] asset = new short[1024];
        /** Allocated at the first transfer that names its owner (-1 for none). */
        private int[] fromOwner;
        private int[] toOwner;
        /** Runs of consecutive source lines in one file (see {@link TransferGraph#runStart}). */
        private int[] runStart = new int[16];
        private int[] runLine = new int[16];
        private short[] runFile = new short[16];
        private int runs;
        private long lastLine;
        private String lastFileRaw;
        private short lastFile;
        /** Allocated at the first transfer valued from a daily price. */
        private int[] price;
        private final NodeIndex nodeIds = new NodeIndex();
        private String lastChainRaw;
        private int lastChainId;
        /** The nodes whose address as first written differs from the key the index holds, and that form. */
        private int[] writtenNode = new int[16];
        private int written;
        private StringColumn writtenAddress = new StringColumn(16);
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
            int before = nodeIds.size();
            int id = nodeIds.intern(c, key);
            if (id == before) { // first sight: keep the form first written where the key is not it
                String first = address.strip();
                if (!first.equals(key)) {
                    if (written == writtenNode.length) {
                        writtenNode = Arrays.copyOf(writtenNode, written * 2);
                    }
                    writtenNode[written++] = id;
                    writtenAddress.add(first);
                }
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
            if (price == null) {
                price = new int[from.length];
                Arrays.fill(price, -1);
            }
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
            if (count == from.length) {
                grow();
            }
            int i = count++;
            txId.add(id);
            int c = chainId(chain);
            from[i] = node(c, ends.fromKey(), fromAddress);
            to[i] = node(c, ends.toKey(), toAddress);
            setTime(i, epochSecond);
            amount[i] = amt;
            usd[i] = amtUsd;
            asset[i] = small(assets.id(assetCode), "assets");
            if (fromOwnerId != null) {
                if (fromOwner == null) {
                    fromOwner = noOwners(from.length);
                }
                fromOwner[i] = owners.id(fromOwnerId);
            }
            if (toOwnerId != null) {
                if (toOwner == null) {
                    toOwner = noOwners(from.length);
                }
                toOwner[i] = owners.id(toOwnerId);
            }
            addLine(i, fileName, Math.min(Integer.MAX_VALUE, lineNo));
            if (price != null) {
                price[i] = -1;
            }
            return i;
        }

        private void setTime(int i, long epochSecond) {
            if (i == 0) {
                timeBase = epochSecond;
            }
            if (time != null) {
                long d = epochSecond - timeBase;
                if (d == (int) d) {
                    time[i] = (int) d;
                    return;
                }
                wideTime = new long[time.length]; // a time 68 years or more from the first: keep them all as longs
                for (int k = 0; k < i; k++) {
                    wideTime[k] = timeBase + time[k];
                }
                time = null;
            }
            wideTime[i] = epochSecond;
        }

        /** Starts a new run of lines unless transfer i is on the line after the last one's, in the same file. */
        private void addLine(int i, String fileName, long lineNo) {
            if (runs > 0 && lineNo == lastLine + 1 && fileName.equals(lastFileRaw)) {
                lastLine = lineNo;
                return;
            }
            short f = fileName.equals(lastFileRaw) ? lastFile : small(files.id(fileName), "transfer files");
            if (runs == runStart.length) {
                runStart = Arrays.copyOf(runStart, runs * 2);
                runLine = Arrays.copyOf(runLine, runs * 2);
                runFile = Arrays.copyOf(runFile, runs * 2);
            }
            runStart[runs] = i;
            runLine[runs] = (int) lineNo;
            runFile[runs] = f;
            runs++;
            lastLine = lineNo;
            lastFileRaw = fileName;
            lastFile = f;
        }

        private int[] noOwners(int length) {
            int[] a = new int[length];
            Arrays.fill(a, -1);
            return a;
        }

        public int count() {
            return count;
        }

        private static short small(int id, String what) {
            if (id > Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " distinct " + what + " in the transfers");
            }
            return (short) id;
        }

        /** Grows the columns by half: a doubling would leave up to half of a large heap unused at the end. */
        private void grow() {
            int n = count + (count >> 1);
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            if (time != null) {
                time = Arrays.copyOf(time, n);
            } else {
                wideTime = Arrays.copyOf(wideTime, n);
            }
            amount = Arrays.copyOf(amount, n);
            usd = Arrays.copyOf(usd, n);
            asset = Arrays.copyOf(asset, n);
            if (fromOwner != null) {
                fromOwner = Arrays.copyOf(fromOwner, n);
                Arrays.fill(fromOwner, count, n, -1);
            }
            if (toOwner != null) {
                toOwner = Arrays.copyOf(toOwner, n);
                Arrays.fill(toOwner, count, n, -1);
            }
            if (price != null) {
                price = Arrays.copyOf(price, n);
                Arrays.fill(price, count, n, -1);
            }
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
