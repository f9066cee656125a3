package org.sanctionsmonitor.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.check.CryptoStage;
import org.sanctionsmonitor.check.RecordPipeline;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.model.VesselEvent;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.ScreeningIndex;
import org.sanctionsmonitor.trade.TradeReference;

/**
 * Hand-made records through the check's own {@link RecordPipeline} (screening, crypto stage,
 * trade screening, cap ledger, rule runner), so engine tests exercise the same wiring as the check:
 * transfers first, then the graph analysis, then the other records, then the cap tallies. For
 * what a file cannot hold (records by the thousand, a rule base compiled another way); a rule's
 * decisions are specified by its scenario cases in rules/tests, run by {@code audit/Scenarios}.
 */
public final class RecordPipelineHarness {

    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    private static RuleBase rules;

    private RecordPipelineHarness() {
    }

    /** The real rules/ folder, compiled once per test JVM. */
    public static synchronized RuleBase rules() {
        if (rules == null) {
            rules = RuleBase.load(Path.of("rules"));
        }
        return rules;
    }

    public static List<Finding> run(RuleBase rules, List<ListedEntity> list, List<AddressLabel> labels, List<?> records) {
        return run(rules, List.of(new EntityList("TEST", "native", List.of(), list)), labels, records, AS_OF);
    }

    /** The real rules/ on {@link #AS_OF}: screening against {@code list}, label hits, the record-local rules, then the graph analysis' facts. */
    public static List<Finding> run(List<ListedEntity> list, List<?> records) {
        return run(list, List.of(), records);
    }

    public static List<Finding> run(List<ListedEntity> list, List<AddressLabel> labels, List<?> records) {
        return run(rules(), list, labels, records);
    }

    /** Distinct valid EVM addresses for hand-made graphs: addr(1) = 0x000...0001. */
    public static String addr(int n) {
        return String.format(java.util.Locale.ROOT, "0x%040x", n);
    }

    /** An ethereum ETH transfer at a time, with an amount and a USD value (null for none) and no owners. */
    public static Transfer tx(String id, String time, String from, String to, String amount, String usd) {
        return tx(id, "ethereum", "ETH", time, from, to, amount, usd, null, null);
    }

    public static Transfer tx(String id, String chain, String asset, String time, String from, String to, String amount,
            String usd, String fromOwner, String toOwner) {
        return new Transfer(id, Instant.parse(time), chain, asset, from, to, new BigDecimal(amount),
                usd == null ? null : new BigDecimal(usd), fromOwner, toOwner, Map.of(), new Provenance("test-transfers.csv", 2));
    }

    public static AddressLabel label(String chain, String address, String type, String name) {
        return new AddressLabel(chain, address, type, name, "test", Map.of(), new Provenance("test-labels.csv", 2));
    }

    /** "RULE-ID subject_id" for each finding, sorted. */
    public static List<String> pairs(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.subjectId()).sorted().toList();
    }

    public static List<Finding> byRule(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** A transfer of 1.5 on 3 March 2025 with no USD value and no owners. */
    public static Transfer transfer(String id, String chain, String asset, String from, String to) {
        return new Transfer(id, Instant.parse("2025-03-03T08:00:00Z"), chain, asset, from, to, new BigDecimal("1.5"),
                null, null, null, Map.of(), new Provenance("test-transfers.csv", 2));
    }

    /** An entity with the given crypto addresses written ASSET:address. */
    public static ListedEntity entity(String id, String name, String... addresses) {
        List<CryptoAddress> a = new ArrayList<>();
        for (String s : addresses) {
            int c = s.indexOf(':');
            a.add(new CryptoAddress(s.substring(0, c), s.substring(c + 1)));
        }
        return new ListedEntity("TEST", id, name, "entity", List.of(), List.of(), List.of("DPRK3"), List.of(), List.of(),
                a, List.of(), List.of(), List.of(), List.of(), Map.of(), new Provenance("test-list.csv", 2));
    }

    public static List<Finding> run(RuleBase rules, List<EntityList> lists, List<AddressLabel> labels, List<?> records, LocalDate asOf) {
        ScreeningIndex index = new ScreeningIndex(lists, NameMatchingConfig.load(rules.folder()));
        CryptoStage crypto = CryptoStage.of(rules, labels, index, List.of());
        RecordPipeline pipeline = new RecordPipeline(rules, lists, index, TradeReference.load(rules.folder()), crypto, asOf);
        for (Object r : records) {
            if (r instanceof Transfer t) {
                pipeline.transfer(t);
            }
        }
        pipeline.transfersDone();
        for (Object r : records) {
            if (r instanceof Shipment s) {
                pipeline.shipment(s);
            } else if (r instanceof Payment p) {
                pipeline.payment(p);
            } else if (r instanceof VesselEvent e) {
                pipeline.vesselEvent(e);
            } else if (!(r instanceof Transfer)) {
                throw new IllegalArgumentException("not a record: " + r);
            }
        }
        return pipeline.finish();
    }
}
