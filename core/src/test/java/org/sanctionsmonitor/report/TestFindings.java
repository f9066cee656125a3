package org.sanctionsmonitor.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.model.Provenance;

/** Findings built by hand for report tests (the rules' own tests build them through the engine). */
public final class TestFindings {

    private TestFindings() {
    }

    /** A transfer finding whose feed values are the given ones. */
    public static Finding transfer(String id, Severity severity, Category category, String ruleId, String txId,
            String timestamp, String matched, String explanation, long line) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("tx_id", txId);
        facts.put("timestamp", timestamp);
        facts.put("chain", "ethereum");
        facts.put("to_address", matched);
        Provenance src = new Provenance("feeds/transfers.csv", line);
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("list", "OFAC-SDN");
        entry.put("entity_id", "27307");
        entry.put("name", "LAZARUS GROUP");
        return new Finding(id, ruleId, ruleId + " A test rule", category, severity, "transfer", txId, "OFAC-SDN",
                "27307", "LAZARUS GROUP", "DPRK3", matched, 1.0, explanation, src,
                "rules/sanctions/" + ruleId + "-test.drl", "31 CFR 510.201",
                List.of(new Evidence("subject", "transfer", txId, src, facts),
                        new Evidence("list_entry", "entity", "27307", new Provenance("lists/sdn.csv", 21), entry)));
    }

    /** A shipment finding with no list entry (a data-quality or embargo finding). */
    public static Finding shipment(String id, Severity severity, Category category, String ruleId, String shipmentId,
            String date, String explanation, long line) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("shipment_id", shipmentId);
        facts.put("date", date);
        Provenance src = new Provenance("feeds/shipments.csv", line);
        return new Finding(id, ruleId, ruleId + " A shipment rule", category, severity, "shipment", shipmentId, null,
                null, null, null, null, null, explanation, src, "rules/trade/" + ruleId + "-test.drl", "15 CFR 746.4",
                List.of(new Evidence("subject", "shipment", shipmentId, src, facts)));
    }
}
