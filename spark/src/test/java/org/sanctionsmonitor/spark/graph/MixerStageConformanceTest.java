package org.sanctionsmonitor.spark.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.crypto.MixerRoundTrip;
import org.sanctionsmonitor.crypto.MixerRoundTripDetector;
import org.sanctionsmonitor.crypto.PatternContext;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Transfer;

/**
 * Mixer round trips on Spark against core's {@link MixerRoundTripDetector}, on the samples with
 * every rules/tests scenario and on the generated set over many partitions with mixers added: the
 * same customers in the same order, the same round trips, gaps, USD values, list entries,
 * explanation and evidence.
 */
class MixerStageConformanceTest extends LocalSparkStageTest {

    static String line(MixerRoundTrip m) {
        return m.subject().subjectId() + "|" + m.subject().source() + "|" + m.subject().facts() + "|"
                + (m.entity() == null ? null : m.entity().label()) + "|" + m.matchedValue() + "|" + m.roundTrips() + "|"
                + m.minGapHours() + "|" + m.usd() + "|" + m.explanation() + "|" + m.extraEvidence() + "|" + m.trips();
    }

    static List<String> core(GraphCases c, Map<Integer, ListedEntity> listed) {
        List<String> out = new ArrayList<>();
        new MixerRoundTripDetector(new PatternContext(c.g, c.params, c.service, c.mixer, c.bridge, listed))
                .run(m -> out.add(line(m)));
        return out;
    }

    static List<String> spark(GraphCases c, Map<Integer, ListedEntity> listed) {
        Dataset<Row> rows = GraphRows.dataset(spark, c.transfers, c.prices, 12);
        List<Row> got = MixerStage.of(spark, c.params, c.keys(c.mixer)).run(rows).collectAsList();
        Map<Long, Transfer> bySeq = new HashMap<>();
        for (Row r : got) {
            for (String f : List.of("deposit_seq", "withdrawal_seq")) {
                long s = r.getLong(r.fieldIndex(f));
                bySeq.put(s, c.transfers.get((int) s));
            }
        }
        Map<String, String> first = ExposureFacts.firstWritten(spark, rows, ExposureFacts.nodeKeys(bySeq.values()));
        Map<String, ListedEntity> listedByKey = new HashMap<>();
        listed.forEach((node, e) -> listedByKey.put(c.key(node), e));
        List<String> out = new ArrayList<>();
        SparkGraphStages.mixerRoundTrips(got, bySeq, first, c.prices, c.params, c.keys(c.mixer), listedByKey,
                Arrays.asList(c.g.owners)).forEach(m -> out.add(line(m)));
        return out;
    }

    @Test
    void samplesAndScenariosGiveTheSameRoundTrips() throws Exception {
        GraphCases c = GraphCases.samplesAndScenarios();
        List<String> expected = core(c, Map.of());
        assertTrue(expected.size() >= 2, "the CYB-012 scenarios and the samples should show round trips: " + expected);
        assertTrue(SparkGraphStages.roundTripPossible(c.g, c.mixer));
        assertEquals(String.join("\n", expected), String.join("\n", spark(c, Map.of())));
    }

    @Test
    void generatedSetWithMixersOverManyPartitionsGivesTheSameRoundTrips() {
        GraphCases plain = GraphCases.generated(4000, 17);
        assertFalse(SparkGraphStages.roundTripPossible(plain.g, plain.mixer), "no mixer: the stage is skipped");
        GraphCases c = withMixers(plain);
        Map<Integer, ListedEntity> listed = Map.of(c.builder.existingNode("ethereum", MIXER[1]), c.entities.get(0));
        List<String> expected = core(c, listed);
        assertTrue(expected.size() >= 30, "many customers with round trips: " + expected.size());
        assertTrue(expected.stream().anyMatch(s -> s.contains("the mixer is listed as")), "a listed mixer is named");
        assertTrue(expected.stream().anyMatch(s -> s.contains("such round trips in all")), "customers with several round trips");
        assertTrue(SparkGraphStages.roundTripPossible(c.g, c.mixer));
        assertEquals(String.join("\n", expected), String.join("\n", spark(c, listed)));
    }

    static final String[] MIXER = {
        String.format(Locale.ROOT, "0x%040x", 0xa1e0L), String.format(Locale.ROOT, "0x%040x", 0xa1e1L),
        String.format(Locale.ROOT, "0x%040x", 0xa1e2L)};

    /**
     * The generated set (whose owners are CUST-0..39 on one in six transfers) with three mixers
     * (one on both chains, one listed): deposits and withdrawals of those customers over a year,
     * gaps from seconds to past the 720-hour horizon, withdrawals at the deposit's own second (not
     * later) and several at one second (input order decides), mixer-to-mixer transfers that are a
     * deposit and a withdrawal at once, mixer transfers without owners, and addresses written in
     * other cases.
     */
    static GraphCases withMixers(GraphCases g) {
        List<Transfer> ts = new ArrayList<>(g.transfers);
        List<AddressLabel> labels = new ArrayList<>(g.labels);
        Provenance lp = new Provenance("generated-labels.csv", 100);
        labels.add(new AddressLabel("ethereum", MIXER[0], "mixer", "MX0", "gen", Map.of(), lp));
        labels.add(new AddressLabel("bsc", MIXER[0], "mixer", "MX0", "gen", Map.of(), lp));
        labels.add(new AddressLabel("ethereum", MIXER[1], "mixer", "MX1", "gen", Map.of(), lp));
        labels.add(new AddressLabel("ethereum", MIXER[2].toUpperCase(Locale.ROOT).replace("0X", "0x"), "mixer", "MX2", "gen",
                Map.of(), lp));
        Random r = new Random(2397);
        long t0 = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
        for (int k = 0; k < 1500; k++) {
            String customer = "CUST-" + r.nextInt(45); // 40..44 appear only here
            String mixer = MIXER[r.nextInt(3)];
            String chain = r.nextInt(6) == 0 ? "bsc" : "ethereum";
            if (chain.equals("bsc")) {
                mixer = MIXER[0];
            }
            String wallet = String.format(Locale.ROOT, "0x%040x", 0xabc000L + r.nextInt(300));
            long time = t0 + (long) r.nextInt(365 * 24) * 3600 + (r.nextInt(3) == 0 ? 0 : r.nextInt(60) * 60);
            switch (r.nextInt(10)) {
                case 0, 1, 2, 3 -> add(ts, chain, wallet, mixer, customer, null, time); // a deposit
                case 4, 5, 6 -> add(ts, chain, mixer, wallet, null, customer, time + (long) r.nextInt(1000) * 3600); // a withdrawal
                case 7 -> { // a round trip with ties: a withdrawal at the deposit's second, then two at one later second
                    add(ts, chain, wallet, mixer, customer, null, time);
                    add(ts, chain, mixer, wallet, null, customer, time);
                    long later = time + (r.nextBoolean() ? 3600 : 719 * 3600 + r.nextInt(7200));
                    add(ts, chain, MIXER[0], wallet, null, customer, later);
                    add(ts, chain, mixer, wallet, null, customer, later);
                }
                case 8 -> add(ts, "ethereum", MIXER[r.nextInt(3)], MIXER[r.nextInt(3)], customer,
                        "CUST-" + r.nextInt(45), time); // mixer to mixer: a deposit and a withdrawal
                default -> add(ts, chain, r.nextBoolean() ? wallet : mixer, r.nextBoolean() ? mixer : wallet, null, null, time);
            }
        }
        return new GraphCases(ts, labels, g.entities);
    }

    private static void add(List<Transfer> ts, String chain, String from, String to, String fromOwner, String toOwner, long time) {
        int i = ts.size();
        ts.add(new Transfer("G-M" + i, Instant.ofEpochSecond(time), chain, chain.equals("bsc") ? "BNB" : "ETH",
                i % 3 == 0 ? from.toUpperCase(Locale.ROOT).replace("0X", "0x") : from, to, BigDecimal.valueOf(1 + i % 17),
                i % 4 == 0 ? null : BigDecimal.valueOf(2500 + i), fromOwner, toOwner, Map.of(),
                new Provenance("generated-transfers.csv", i + 2)));
    }
}
