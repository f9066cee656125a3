package org.sanctionsmonitor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanctionsmonitor.rules.RecordPipelineHarness.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.audit.TestFiles;
import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.AddressLabel;

/**
 * CYB-012: a customer who sends into a mixer and receives from one within 48 hours.
 * Its decisions are the scenario cases' (rules/tests/CYB-012/fire-customer-round-trip-within-48h and no-fire-late-reversed-or-other-customer);
 * here, through {@link RecordPipelineHarness}, what expected.csv cannot say: explanation, evidence, category.
 */
class CYB012Test {

    static final String MIXER_A = addr(0xA1);
    static final String MIXER_B = addr(0xB1);
    static final List<AddressLabel> LABELS = List.of(label("ethereum", MIXER_A, "mixer", "Tornado Cash"),
            label("ethereum", MIXER_B, "mixer", "Other mixer"));

    @Test
    void firesOnACustomerRoundTripWithinTheWindow() {
        List<Finding> f = run(List.of(), LABELS, List.of(
                tx("D1", "ethereum", "ETH", "2025-04-01T10:00:00Z", addr(1), MIXER_A, "10", "20000", "CUST-9", null),
                tx("W1", "ethereum", "ETH", "2025-04-02T20:00:00Z", MIXER_B, addr(2), "9.9", "19800", null, "CUST-9")));
        List<Finding> c = byRule(f, "CYB-012");
        assertEquals(1, c.size());
        Finding x = c.get(0);
        assertEquals("customer", x.subjectType());
        assertEquals("CUST-9", x.subjectId());
        assertEquals("HIGH", x.severity().name());
        assertTrue(x.explanation().contains("34.0 hours later"), x.explanation());
        assertEquals(List.of("subject", "path", "path"), x.evidence().stream().map(e -> e.role()).toList());
    }

    @TempDir
    Path dir;

    /**
     * The window is the rule's: Java measures every round trip up to the search horizon, so a
     * rule file that compares with a wider window than the table's fires on a round trip the
     * table's window leaves out, and reports only the round trips inside its own window.
     */
    @Test
    void theRuleFileDecidesTheWindowInBothDirections() throws IOException {
        Path rules = TestFiles.copyRules(Path.of("rules"), dir.resolve("rules"), true);
        Path drl;
        try (Stream<Path> s = Files.list(rules.resolve("crypto"))) {
            drl = s.filter(p -> p.getFileName().toString().startsWith("CYB-012")).findFirst().orElseThrow();
        }
        String text = Files.readString(drl);
        String wider = text.replace("MixerRoundTrip(minGapHours <= $w.number)", "MixerRoundTrip(minGapHours <= $w.number + 24)")
                .replace("$m.within($w.number())", "$m.within($w.number() + 24)");
        assertTrue(!wider.equals(text), "the rule file has the comparison this test widens");
        Files.writeString(drl, wider);
        List<?> records = List.of(
                tx("D1", "ethereum", "ETH", "2025-04-01T10:00:00Z", addr(1), MIXER_A, "10", "20000", "CUST-9", null),
                tx("W1", "ethereum", "ETH", "2025-04-03T10:00:01Z", MIXER_B, addr(2), "9.9", "19800", null, "CUST-9"),
                tx("D2", "ethereum", "ETH", "2025-04-10T10:00:00Z", addr(1), MIXER_A, "10", "20000", "CUST-9", null),
                tx("W2", "ethereum", "ETH", "2025-04-14T10:00:00Z", MIXER_B, addr(2), "9.9", "19800", null, "CUST-9"));
        assertEquals(List.of(), byRule(run(List.of(), LABELS, records), "CYB-012"), "48 h 1 s is outside the table's 48 h");
        List<Finding> c = byRule(run(RuleBase.load(rules), List.of(), LABELS, records), "CYB-012");
        assertEquals(1, c.size());
        assertTrue(c.get(0).explanation().contains("48.0 hours later (W1"), c.get(0).explanation());
        assertTrue(!c.get(0).explanation().contains("round trips in all"), "the 96 h round trip is outside the rule's 72 h: "
                + c.get(0).explanation());
        assertEquals(List.of("subject", "path", "path"), c.get(0).evidence().stream().map(e -> e.role()).toList());
    }
}
