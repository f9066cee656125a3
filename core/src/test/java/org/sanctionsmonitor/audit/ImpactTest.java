package org.sanctionsmonitor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;

class ImpactTest {

    private static Finding f(String id, String rule, Severity sev, String explanation) {
        Finding x = SuppressionsTest.finding(id, rule, "SHP-" + id, "OFAC-SDN", "1", sev);
        return new Finding(x.findingId(), x.ruleId(), x.ruleName(), x.category(), x.severity(), x.subjectType(), x.subjectId(),
                x.listSource(), x.listEntryId(), x.listEntryName(), x.programs(), x.matchedValue(), x.score(), explanation,
                x.source(), x.ruleFile(), x.legalBasis(), x.evidence());
    }

    @Test
    void findingsAreAddedRemovedOrChangedPerRule() throws IOException {
        List<Finding> baseline = List.of(f("F-1", "SAN-003", Severity.HIGH, "a"), f("F-2", "SAN-003", Severity.HIGH, "b"),
                f("F-3", "SAN-004", Severity.MEDIUM, "c"), f("F-4", "EMB-001", Severity.HIGH, "d"));
        List<Finding> current = List.of(f("F-1", "SAN-003", Severity.HIGH, "a"), f("F-5", "SAN-003", Severity.HIGH, "e"),
                f("F-3", "SAN-004", Severity.HIGH, "c, reworded"), f("F-4", "EMB-001", Severity.HIGH, "d"));
        Impact impact = Impact.compare(baseline, current, null, null);
        assertEquals(List.of("SAN-003 added F-5", "SAN-003 removed F-2", "SAN-004 changed F-3"),
                impact.changes().stream().map(c -> c.any().ruleId() + " " + c.change() + " " + c.any().findingId()).toList());
        assertEquals(List.of("severity", "explanation"), impact.changes().get(2).fields());

        Impact.RuleImpact san3 = impact.rules().stream().filter(r -> r.ruleId().equals("SAN-003")).findFirst().orElseThrow();
        assertEquals(new Impact.RuleImpact("SAN-003", "new rule", 2, 2, 1, 1, 0), san3);
        Impact.RuleImpact emb = impact.rules().stream().filter(r -> r.ruleId().equals("EMB-001")).findFirst().orElseThrow();
        assertEquals(0, emb.added() + emb.removed() + emb.changed());

        StringWriter csv = new StringWriter();
        impact.writeCsv(csv);
        List<String> lines = csv.toString().lines().toList();
        assertEquals(String.join(",", Impact.COLUMNS), lines.get(0));
        assertEquals("changed,SAN-004,F-3,shipment,SHP-F-3,OFAC-SDN,1,v,severity;explanation,MEDIUM,HIGH,c,\"c, reworded\",,,,,,", lines.get(3));

        StringWriter term = new StringWriter();
        impact.summary(new PrintWriter(term), "baseline/", "rules/");
        assertTrue(term.toString().contains("in all 1 added, 1 removed, 1 changed"), term.toString());
    }

    @Test
    void identicalFindingsHaveNoImpact() {
        List<Finding> same = List.of(f("F-1", "SAN-003", Severity.HIGH, "a"));
        assertTrue(Impact.compare(same, same, null, null).none());
    }
}
