package org.sanctionsmonitor.rules;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Transfer;

/**
 * The harness of the last Java per-rule tests: CYB012Test, CYB030Test, CYB031Test, CYB032Test,
 * CYB033Test, CYB034Test and SAN020Test (branch house folds them into their scenario cases and
 * deletes them; this class goes with them). Nothing else may use it: a rule's decisions are
 * specified by its scenario cases in rules/tests (run by {@code audit/Scenarios}, the one case
 * runner); engine tests that need records in memory use {@link RecordPipelineHarness}.
 */
public final class RuleHarness {

    private RuleHarness() {
    }

    public static RuleBase rules() {
        return RecordPipelineHarness.rules();
    }

    public static List<Finding> run(List<ListedEntity> list, List<?> records) {
        return run(list, List.of(), records);
    }

    /** As the check runs them: screening, label hits, the record-local rules, then the graph analysis' facts. */
    public static List<Finding> run(List<ListedEntity> list, List<AddressLabel> labels, List<?> records) {
        return run(rules(), list, labels, records);
    }

    /** As above with another rule folder's rules (e.g. a copy with changed reference parameters). */
    public static List<Finding> run(RuleBase rules, List<ListedEntity> list, List<AddressLabel> labels, List<?> records) {
        return RecordPipelineHarness.run(rules, list, labels, records);
    }

    /** Distinct valid EVM addresses for hand-made graphs: addr(1) = 0x000...0001. */
    public static String addr(int n) {
        return String.format(java.util.Locale.ROOT, "0x%040x", n);
    }

    /** Distinct valid Bitcoin P2PKH addresses (Base58Check, version 0) for hand-made graphs. */
    public static String btc(int n) {
        byte[] payload = new byte[21];
        payload[17] = (byte) (n >>> 24);
        payload[18] = (byte) (n >>> 16);
        payload[19] = (byte) (n >>> 8);
        payload[20] = (byte) n;
        payload[1] = 0x5a;
        return org.sanctionsmonitor.normalize.Base58Check.encodeChecked(payload);
    }

    /** A transfer at a time, with an amount and a USD value (null for none) and optional owners. */
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

    /** The rule IDs that fired, as a sorted set. */
    public static Set<String> ruleIds(List<Finding> findings) {
        Set<String> ids = new TreeSet<>();
        findings.forEach(f -> ids.add(f.ruleId()));
        return ids;
    }

    public static List<Finding> byRule(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    public static Transfer transfer(String id, String chain, String asset, String from, String to) {
        return RecordPipelineHarness.transfer(id, chain, asset, from, to);
    }

    /** An entity with the given crypto addresses written ASSET:address. */
    public static ListedEntity entity(String id, String name, String... addresses) {
        return RecordPipelineHarness.entity(id, name, addresses);
    }

    /** A listed vessel, with any aliases (imo null for none). */
    public static ListedEntity vessel(String id, String name, String imo, String... aliases) {
        return new ListedEntity("TEST", id, name, "vessel", List.of(aliases), List.of(), List.of("DPRK4"), List.of("KP"),
                imo == null ? List.of() : List.of(imo), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(),
                new Provenance("test-list.csv", 3));
    }

    public static ListedEntity named(String id, String name, List<String> aliases, List<String> weakAliases) {
        return new ListedEntity("TEST", id, name, "entity", aliases, weakAliases, List.of("NPWMD"), List.of("KP"),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), new Provenance("test-list.csv", 4));
    }

    /** A shipment builder with every field empty; set what the test needs. */
    public static TradeRecords.ShipmentBuilder shipment(String id) {
        return TradeRecords.shipment(id);
    }

    /** A vessel-event builder of the given type with every other field empty. */
    public static TradeRecords.EventBuilder event(String id, String type) {
        return TradeRecords.event(id, type);
    }

    private static EntityList excerpt;

    /** The real OFAC excerpt (src/test/resources), loaded once. */
    public static synchronized EntityList ofacExcerpt() {
        if (excerpt == null) {
            excerpt = ListLoader.load(Path.of("core/src/test/resources/lists/ofac-sdn-dprk-excerpt"), null, new ArrayList<>());
        }
        return excerpt;
    }

    /** Screens the records against the real OFAC excerpt on 2025-06-01 and runs the rules, as the check does. */
    public static List<Finding> screen(Object... records) {
        return RecordPipelineHarness.run(rules(), List.of(ofacExcerpt()), List.of(), List.of(records), LocalDate.of(2025, 6, 1));
    }
}
