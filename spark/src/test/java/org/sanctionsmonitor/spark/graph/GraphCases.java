package org.sanctionsmonitor.spark.graph;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.sanctionsmonitor.crypto.ChainHopDetector;
import org.sanctionsmonitor.crypto.DailyPrices;
import org.sanctionsmonitor.crypto.PatternContext;
import org.sanctionsmonitor.graph.GraphParameters;
import org.sanctionsmonitor.graph.TransferGraph;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.LabelsReader;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.TransfersReader;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.normalize.Addresses;
import org.sanctionsmonitor.normalize.Chains;

/**
 * The inputs the conformance tests give both implementations: transfers in input order, labels,
 * listed entries, and core's graph built from them exactly as core's graph stage builds it
 * (values from the daily prices, stop and bridge labels, listed addresses on the same chain, the
 * chain-hop detector's bridge links), with the same inputs keyed for the Spark stages.
 */
final class GraphCases {

    static final Path RULES = Path.of("rules");

    final List<Transfer> transfers;
    final List<AddressLabel> labels;
    final List<ListedEntity> entities;
    final GraphParameters params;
    final DailyPrices prices;
    final TransferGraph g;
    final TransferGraph.Builder builder;
    final boolean[] service;
    final boolean[] mixer;
    final boolean[] bridge;
    /** core's sources: node → entity indexes */
    final Map<Integer, int[]> sources = new TreeMap<>();
    /** core's bridge links: withdrawal → deposit (transfer indexes = input positions) */
    final Map<Integer, Integer> links;

    GraphCases(List<Transfer> transfers, List<AddressLabel> labels, List<ListedEntity> entities) {
        this.transfers = transfers;
        this.labels = labels;
        this.entities = entities;
        this.params = GraphParameters.load(RULES);
        this.prices = DailyPrices.load(RULES, List.of(), new ArrayList<>());
        builder = new TransferGraph.Builder();
        for (Transfer t : transfers) {
            if (t.amountUsd() != null) {
                builder.add(t);
            } else {
                DailyPrices.Valuation v = prices.value(t.asset(), t.timestamp(), t.amount());
                if (v != null) {
                    builder.addValued(t, TransferGraph.Ends.of(t), v.usd(), v.note());
                } else {
                    builder.add(t);
                }
            }
        }
        g = builder.build();
        service = new boolean[g.nodes()];
        mixer = new boolean[g.nodes()];
        bridge = new boolean[g.nodes()];
        Set<String> stopTypes = params.labelSet("exposure_stop_label_types");
        for (AddressLabel l : labels) {
            int node = builder.existingNode(l.chain(), l.address());
            if (node >= 0) {
                service[node] |= stopTypes.contains(l.labelType());
                mixer[node] |= l.labelType().equals("mixer");
                bridge[node] |= l.labelType().equals("bridge");
            }
        }
        Map<Integer, Set<Integer>> listed = new TreeMap<>();
        for (int e = 0; e < entities.size(); e++) {
            for (CryptoAddress a : entities.get(e).cryptoAddresses()) {
                String chain = Chains.chainOfAsset(a.asset()).orElse(null);
                if (chain == null) {
                    continue;
                }
                int node = builder.existingNode(chain, a.address());
                if (node >= 0) {
                    listed.computeIfAbsent(node, k -> new LinkedHashSet<>()).add(e);
                }
            }
        }
        listed.forEach((node, es) -> sources.put(node, es.stream().mapToInt(Integer::intValue).toArray()));
        links = new ChainHopDetector(new PatternContext(g, params, service, mixer, bridge, Map.of())).run(x -> { });
    }

    String key(int node) {
        return GraphRows.nodeKey(g.chainOfNode(node), g.address(node));
    }

    Map<String, int[]> sparkSources() {
        Map<String, int[]> m = new LinkedHashMap<>();
        sources.forEach((node, es) -> m.put(key(node), es));
        return m;
    }

    Set<String> keys(boolean[] flags) {
        Set<String> s = new LinkedHashSet<>();
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                s.add(key(i));
            }
        }
        return s;
    }

    Map<Long, Long> sparkLinks() {
        Map<Long, Long> m = new HashMap<>();
        links.forEach((w, d) -> m.put((long) w, (long) d));
        return m;
    }

    /** Samples and every rules/tests scenario's transfers, labels and lists, one after another. */
    static GraphCases samplesAndScenarios() throws IOException {
        List<Reject> rejects = new ArrayList<>();
        List<Transfer> transfers = new ArrayList<>();
        List<AddressLabel> labels = new ArrayList<>();
        List<ListedEntity> entities = new ArrayList<>();
        TransfersReader.read(InputFile.of(Path.of("samples/transfers.csv")), transfers::add, rejects);
        LabelsReader.read(InputFile.of(Path.of("samples/labels.csv")), labels::add, rejects);
        for (EntityList l : ListLoader.loadAll(Path.of("samples/lists/ofac"), null, rejects, null)) {
            entities.addAll(l.entities());
        }
        List<Path> scenarios;
        try (Stream<Path> s = Files.list(Path.of("rules/tests"))) {
            scenarios = s.flatMap(id -> {
                try {
                    return Files.list(id).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(d -> Files.isRegularFile(d.resolve("transfers.csv"))).sorted().toList();
        }
        for (Path d : scenarios) {
            TransfersReader.read(InputFile.of(d.resolve("transfers.csv")), transfers::add, rejects);
            if (Files.isRegularFile(d.resolve("labels.csv"))) {
                LabelsReader.read(InputFile.of(d.resolve("labels.csv")), labels::add, rejects);
            }
            if (Files.isRegularFile(d.resolve("list.csv"))) {
                entities.addAll(ListLoader.load(d.resolve("list.csv"), null, rejects).entities());
            }
        }
        if (transfers.size() < 100) {
            throw new IllegalStateException("expected the samples and scenarios to hold 100+ transfers, got " + transfers.size());
        }
        return new GraphCases(transfers, labels, entities);
    }

    /**
     * A generated set large enough to span many partitions: two EVM chains, a few listed
     * addresses, exchanges (stop labels), bridges on both chains with deposits that re-emerge on
     * the other, hours-granular timestamps (so same-time groups are common), one in ten transfers
     * without amount_usd, owners on some, and amounts shaped so that peel, pass-through and
     * structuring patterns occur.
     */
    static GraphCases generated(int n, long seed) {
        Random r = new Random(seed);
        String[] chains = {"ethereum", "bsc"};
        int addresses = Math.max(50, n / 12);
        String[] addr = new String[addresses];
        for (int i = 0; i < addresses; i++) {
            addr[i] = String.format(Locale.ROOT, "0x%040x", 0xabc000L + i);
        }
        List<AddressLabel> labels = new ArrayList<>();
        Provenance lp = new Provenance("generated-labels.csv", 1);
        for (int i = 0; i < 8; i++) { // exchanges 0..7 on ethereum, bridges 8..9 on both chains
            labels.add(new AddressLabel("ethereum", addr[i], "exchange", "EX" + i, "gen", Map.of(), lp));
        }
        for (String c : chains) {
            labels.add(new AddressLabel(c, addr[8], "bridge", "BR", "gen", Map.of(), lp));
            labels.add(new AddressLabel(c, addr[9], "bridge", "BR2", "gen", Map.of(), lp));
        }
        labels.add(new AddressLabel("ethereum", addr[10], "hack_proceeds", "HACK", "gen", Map.of(), lp));
        List<ListedEntity> entities = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            List<CryptoAddress> cas = new ArrayList<>();
            cas.add(new CryptoAddress("ETH", addr[11 + 2 * e]));
            cas.add(new CryptoAddress(e % 2 == 0 ? "ETH" : "BNB", addr[12 + 2 * e]));
            entities.add(new ListedEntity("GEN", "E" + e, "ENTITY " + e, "entity", List.of(), List.of(), List.of(), List.of(),
                    List.of(), cas, List.of(), List.of(), List.of(), List.of(), Map.of(), new Provenance("gen-list.csv", e + 2)));
        }
        long t0 = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        List<Transfer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String chain = r.nextInt(5) == 0 ? "bsc" : "ethereum";
            int from = pick(r, addresses);
            int to = pick(r, addresses);
            if (r.nextInt(200) == 0) {
                to = from; // self-transfers must be ignored
            }
            long time = t0 + (long) r.nextInt(200 * 24) * 3600 + (r.nextInt(3) == 0 ? 0 : r.nextInt(4) * 60);
            boolean underThreshold = r.nextInt(4) == 0;
            BigDecimal amt = underThreshold ? BigDecimal.valueOf(900000 + r.nextInt(100000), 2)
                    : BigDecimal.valueOf(1 + r.nextInt(20000)).movePointLeft(r.nextInt(3));
            BigDecimal usd = r.nextInt(10) == 0 ? null : underThreshold ? amt : amt.multiply(BigDecimal.valueOf(r.nextInt(3) == 0 ? 1 : 2));
            String asset = chain.equals("bsc") ? "BNB" : r.nextInt(4) == 0 ? "USDT" : "ETH";
            String fromOwner = r.nextInt(6) == 0 ? "CUST-" + r.nextInt(40) : null;
            String toOwner = r.nextInt(6) == 0 ? "CUST-" + r.nextInt(40) : null;
            String a = addr[from];
            if (r.nextInt(7) == 0) {
                a = a.toUpperCase(Locale.ROOT).replace("0X", "0x"); // same key, written otherwise
            }
            out.add(new Transfer("G-" + i, Instant.ofEpochSecond(time), chain, asset, a, addr[to], amt, usd, fromOwner,
                    toOwner, Map.of(), new Provenance("generated-transfers.csv", i + 2)));
            if (i % 25 == 5 && to != from) { // the receiver forwards it almost in full, in one or two parts
                int parts = 1 + r.nextInt(2);
                BigDecimal share = amt.multiply(BigDecimal.valueOf(90 + r.nextInt(25))).movePointLeft(2)
                        .divide(BigDecimal.valueOf(parts), 8, java.math.RoundingMode.DOWN);
                for (int p = 0; p < parts; p++) {
                    i++;
                    out.add(new Transfer("G-" + i, Instant.ofEpochSecond(time + 60L * (1 + r.nextInt(40))), chain, asset, addr[to],
                            addr[pick(r, addresses)], share, usd == null ? null : share, null, null, Map.of(),
                            new Provenance("generated-transfers.csv", i + 2)));
                }
            }
            if (i % 40 == 0 && usd != null && chain.equals("ethereum")) { // a bridge round: deposit, withdrawal on bsc
                i++;
                out.add(new Transfer("G-" + i, Instant.ofEpochSecond(time + 1800), chain, asset, addr[to], addr[8], amt, usd,
                        toOwner, null, Map.of(), new Provenance("generated-transfers.csv", i + 2)));
                i++;
                out.add(new Transfer("G-" + i, Instant.ofEpochSecond(time + 1800 + 3600 * (1 + r.nextInt(4))), "bsc", "BNB",
                        addr[8], addr[pick(r, addresses)], amt, usd, null, r.nextBoolean() ? toOwner : null, Map.of(),
                        new Provenance("generated-transfers.csv", i + 2)));
            }
        }
        // a hub: one address pays out 70 times within 20 minutes of a receipt (more than the 64 examined)
        long hubTime = t0 + 50L * 86400;
        int hub = addresses - 1;
        out.add(new Transfer("G-HUB-IN", Instant.ofEpochSecond(hubTime), "ethereum", "ETH", addr[hub - 1], addr[hub],
                BigDecimal.valueOf(700), BigDecimal.valueOf(1400), null, null, Map.of(),
                new Provenance("generated-transfers.csv", out.size() + 2)));
        for (int k = 0; k < 70; k++) {
            out.add(new Transfer("G-HUB-" + k, Instant.ofEpochSecond(hubTime + 10 + k * 15), "ethereum", "ETH", addr[hub],
                    addr[pick(r, addresses)], BigDecimal.valueOf(10), BigDecimal.valueOf(20), null, null, Map.of(),
                    new Provenance("generated-transfers.csv", out.size() + 2)));
        }
        return new GraphCases(out, labels, entities);
    }

    /** Skewed towards the low addresses (labelled and listed ones) so that paths form. */
    private static int pick(Random r, int addresses) {
        return r.nextInt(3) == 0 ? r.nextInt(20) : r.nextInt(addresses);
    }

    static String chainLocal(String a) {
        return Addresses.chainLocalKey(a);
    }
}
