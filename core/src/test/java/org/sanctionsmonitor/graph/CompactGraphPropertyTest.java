package org.sanctionsmonitor.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.sanctionsmonitor.normalize.Addresses;
import org.sanctionsmonitor.normalize.Chains;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The compact graph (packed text columns, primitive columns, CSR indexes) against a plain
 * reference built the obvious way (a row object per transfer, a map from (chain, key) to the
 * rows in time order): on generated transfers with repeated addresses in mixed case, EVM,
 * Base58 and odd keys, equal timestamps and non-ASCII ids, times in and out of input order and
 * decades apart, lines with gaps across two files, with and without owners, every node has the
 * same neighbours in the same order, the same time windows ({@code firstOutAfter}), and every row
 * the same tx_id, time, amounts, owners, addresses, file and line.
 */
class CompactGraphPropertyTest {

    record Row(int index, String id, long time, String chain, String from, String to, double amount, double usd,
            String fromOwner, String toOwner, String file, int line) {
    }

    @Property(tries = 60)
    void sameNeighboursWindowsAndValuesAsAPlainReference(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long seed,
            @ForAll @IntRange(min = 0, max = 400) int n, @ForAll @IntRange(min = 1, max = 60) int addresses) {
        SplittableRandom r = new SplittableRandom(seed);
        String[] chains = {"ethereum", "Ethereum", "bitcoin", "tron", "polygon"};
        List<Row> rows = new ArrayList<>();
        TransferGraph.Builder b = new TransferGraph.Builder();
        // the columns' layouts: times in any order, in input order, or over 68 years apart (no
        // longer 32 bits around the first); lines consecutive in one file, or with gaps and files
        // taking turns; owners on some rows or on none
        int times = r.nextInt(3);
        boolean gaps = r.nextBoolean();
        boolean owners = r.nextInt(4) != 0;
        String file = "f.csv";
        int line = 1;
        for (int i = 0; i < n; i++) {
            String chain = chains[r.nextInt(chains.length)];
            long time = switch (times) {
                case 0 -> 1_700_000_000L + r.nextInt(50);
                case 1 -> 1_700_000_000L + i / 3;
                default -> r.nextInt(8) == 0 ? 1_700_000_000L + (r.nextBoolean() ? 1 : -1) * 3_000_000_000L : 1_700_000_000L + r.nextInt(50);
            };
            if (gaps && r.nextInt(5) == 0) {
                if (r.nextBoolean()) {
                    file = file.equals("f.csv") ? "g.csv" : "f.csv";
                }
                line += r.nextInt(4);
            } else {
                line++;
            }
            Row row = new Row(i, txId(r, i), time, chain, address(r, chain, addresses),
                    address(r, chain, addresses), r.nextInt(1000) / 8.0, r.nextInt(4) == 0 ? Double.NaN : r.nextInt(100000) / 100.0,
                    !owners || r.nextBoolean() ? null : "C" + r.nextInt(5), owners && r.nextInt(3) == 0 ? "Ö" + r.nextInt(3) : null,
                    file, line);
            rows.add(row);
            assertEquals(i, b.add(row.id(), row.time(), row.chain(), "ETH", row.from(), row.to(), row.amount(), row.usd(),
                    row.fromOwner(), row.toOwner(), row.file(), row.line()));
        }
        // the reference: nodes in order of first sight, rows per node sorted by (time, input order)
        Map<String, Integer> nodeOf = new LinkedHashMap<>();
        Map<Integer, String> firstWritten = new HashMap<>();
        Map<Integer, List<Row>> outs = new HashMap<>();
        Map<Integer, List<Row>> ins = new HashMap<>();
        int[] from = new int[n];
        int[] to = new int[n];
        for (Row row : rows) {
            from[row.index()] = node(nodeOf, firstWritten, row.chain(), row.from());
            to[row.index()] = node(nodeOf, firstWritten, row.chain(), row.to());
            outs.computeIfAbsent(from[row.index()], k -> new ArrayList<>()).add(row);
            ins.computeIfAbsent(to[row.index()], k -> new ArrayList<>()).add(row);
        }
        Comparator<Row> byTime = Comparator.comparingLong(Row::time).thenComparingInt(Row::index);
        TransferGraph g = b.build();
        assertEquals(n, g.transfers());
        assertEquals(nodeOf.size(), g.nodes());
        for (Row row : rows) {
            int i = row.index();
            assertEquals(row.id(), g.txId(i));
            assertEquals(from[i], g.from[i]);
            assertEquals(to[i], g.to[i]);
            assertEquals(row.time(), g.time(i));
            assertEquals(Double.doubleToLongBits(row.amount()), Double.doubleToLongBits(g.amount[i]));
            assertEquals(Double.doubleToLongBits(row.usd()), Double.doubleToLongBits(g.usd[i]));
            assertEquals(row.fromOwner(), g.owner(g.fromOwner(i)));
            assertEquals(row.toOwner(), g.owner(g.toOwner(i)));
            assertEquals(row.line(), g.subject(i).source().line());
            assertEquals(row.file(), g.subject(i).source().file());
            assertEquals(java.time.Instant.ofEpochSecond(row.time()), g.subject(i).timestamp());
            assertEquals(firstWritten.get(from[i]), g.address(g.from[i]));
            assertEquals(firstWritten.get(to[i]), g.address(g.to[i]));
        }
        List<Integer> order = new ArrayList<>();
        rows.stream().sorted(byTime).forEach(x -> order.add(x.index()));
        for (int k = 0; k < n; k++) {
            assertEquals(order.get(k), g.byTime(k));
        }
        for (int node = 0; node < g.nodes(); node++) {
            List<Row> o = new ArrayList<>(outs.getOrDefault(node, List.of()));
            o.sort(byTime);
            assertEquals(o.size(), g.outStart[node + 1] - g.outStart[node]);
            for (int k = 0; k < o.size(); k++) {
                assertEquals(o.get(k).index(), g.outIdx[g.outStart[node] + k]);
            }
            List<Row> in = new ArrayList<>(ins.getOrDefault(node, List.of()));
            in.sort(byTime);
            assertEquals(in.size(), g.inStart[node + 1] - g.inStart[node]);
            for (int k = 0; k < in.size(); k++) {
                assertEquals(in.get(k).index(), g.inIdx[g.inStart[node] + k]);
            }
            for (long t = 1_699_999_999L; t <= 1_700_000_050L; t += 7) {
                long tt = t;
                long after = o.stream().filter(x -> x.time() > tt).count();
                assertEquals(g.outStart[node + 1] - after, g.firstOutAfter(node, t));
            }
            for (long t : new long[] {-1_300_000_001L, -1_300_000_000L, 4_699_999_999L, 4_700_000_000L}) {
                long after = o.stream().filter(x -> x.time() > t).count();
                assertEquals(g.outStart[node + 1] - after, g.firstOutAfter(node, t));
            }
        }
    }

    private static int node(Map<String, Integer> nodeOf, Map<Integer, String> firstWritten, String chain, String address) {
        String key = Chains.canonical(chain) + "|" + Addresses.chainLocalKey(address);
        Integer id = nodeOf.get(key);
        if (id == null) {
            id = nodeOf.size();
            nodeOf.put(key, id);
            firstWritten.put(id, address.strip());
        }
        return id;
    }

    private static String txId(SplittableRandom r, int i) {
        return switch (r.nextInt(4)) {
            case 0 -> "TX-" + i;
            case 1 -> String.format(Locale.ROOT, "%064x", (long) i * 7919); // a bare lower-case hash
            case 2 -> "0x" + String.format(Locale.ROOT, "%064x", (long) i);
            default -> "Überweisung-€-" + i; // beyond Latin-1
        };
    }

    private static String address(SplittableRandom r, String chain, int addresses) {
        int k = r.nextInt(addresses);
        String evm = String.format(Locale.ROOT, "0x%040x", k * 104729L);
        return switch (Chains.canonical(chain)) {
            case "bitcoin" -> k % 2 == 0 ? "1BoatSLRHtKNngkdXEeobR76b53LETtp" + (char) ('a' + k % 26) + "y" : "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5md" + k % 10;
            case "tron" -> "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU" + (char) ('A' + k % 26);
            default -> switch (r.nextInt(3)) {
                case 0 -> evm;
                case 1 -> evm.toUpperCase(Locale.ROOT).replace("0X", "0x"); // the same key in upper case
                default -> " " + evm + " "; // with spaces around it
            };
        };
    }
}
