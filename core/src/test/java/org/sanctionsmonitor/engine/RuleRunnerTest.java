package org.sanctionsmonitor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.rules.RecordPipelineHarness;

/** Sessions run on worker threads in bounded batches; the result must not depend on it. */
class RuleRunnerTest {

    static final String LISTED = "0x098B716B8Aaf21512996dC57EB0615e2383E2f96";

    @Test
    void manyBatchesOnSeveralThreadsGiveEveryFindingInTheStableOrder() {
        ListedEntity lazarus = RecordPipelineHarness.entity("27307", "LAZARUS GROUP", "ETH:" + LISTED);
        List<Object> records = new ArrayList<>();
        int n = RuleRunner.BATCH * 4 + 321;
        int misses = 0;
        for (int i = 0; i < n; i++) {
            // most transfers hit (so that they fill several sessions); every 1000th does not
            String to = i % 1000 == 7 ? String.format("0x%040x", i) : LISTED;
            misses += i % 1000 == 7 ? 1 : 0;
            records.add(RecordPipelineHarness.transfer(String.format("T%06d", n - i), "ethereum", "ETH", "0x" + "1".repeat(40), to));
        }
        List<Finding> a = RecordPipelineHarness.run(RecordPipelineHarness.rules(), List.of(lazarus), List.of(), records);
        assertEquals(n - misses, a.size());
        List<String> ids = a.stream().map(Finding::subjectId).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "stable order");
        assertEquals(a, RecordPipelineHarness.run(RecordPipelineHarness.rules(), List.of(lazarus), List.of(), records), "the same on a second run");
    }

    @Test
    void onlyFactsSomePatternCanMatchAreInserted(@TempDir Path dir) throws IOException {
        RuleBase real = RecordPipelineHarness.rules();
        assertTrue(real.mayMatch(org.sanctionsmonitor.screening.AddressMatch.class));
        assertTrue(real.mayMatch(org.sanctionsmonitor.model.Shipment.class), "EMB rules look at shipments themselves");
        assertTrue(!real.mayMatch(Transfer.class), "no rule looks at a transfer itself, only at its candidate facts");
        assertTrue(!real.mayMatch(String.class));

        // a pattern on an interface takes every record that implements it
        Files.createDirectories(dir.resolve("t"));
        Files.writeString(dir.resolve("t/TST-002-any-subject.drl"), """
                package t;
                import org.sanctionsmonitor.model.Subject;
                global org.sanctionsmonitor.engine.FindingCollector findings;
                rule "TST-002 Any subject"
                    @id("TST-002") @category("DATA_QUALITY") @severity("LOW")
                    @legalBasis("none: test") @description("Fires on every record.")
                when
                    $s : Subject()
                then
                    findings.raise(kcontext, $s, "", "seen");
                end
                """);
        RuleBase anySubject = RuleBase.load(dir);
        assertTrue(anySubject.mayMatch(Transfer.class));
        assertTrue(!anySubject.mayMatch(org.sanctionsmonitor.screening.AddressMatch.class));
        RuleRunner runner = new RuleRunner(anySubject, new RunContext(java.time.LocalDate.of(2026, 1, 1)));
        runner.add(RecordPipelineHarness.transfer("T1", "ethereum", "ETH", "0x" + "1".repeat(40), "0x" + "2".repeat(40)), List.of());
        assertEquals(1, runner.finish().size(), "the transfer was inserted and matched");
    }

    @Test
    void recordsNoRuleCanMatchMakeNoSessions() {
        RuleRunner runner = new RuleRunner(RecordPipelineHarness.rules(), new RunContext(java.time.LocalDate.of(2026, 1, 1)));
        for (int i = 0; i < RuleRunner.BATCH * 3; i++) {
            runner.add(RecordPipelineHarness.transfer("T" + i, "ethereum", "ETH", "0x" + "1".repeat(40), "0x" + "2".repeat(40)), List.of());
        }
        assertEquals(0, runner.finish().size());
        assertEquals(0, runner.sessions(), "a transfer without candidate facts has nothing for a rule to match");
    }

    @Test
    void anErrorInARuleReachesTheCaller(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("t"));
        Files.writeString(dir.resolve("t/TST-001-throws.drl"), """
                package t;
                import org.sanctionsmonitor.model.Transfer;
                global org.sanctionsmonitor.engine.FindingCollector findings;
                rule "TST-001 Throws"
                    @id("TST-001") @category("DATA_QUALITY") @severity("LOW")
                    @legalBasis("none: test") @description("Throws on every transfer.")
                when
                    $t : Transfer()
                then
                    throw new IllegalStateException("boom on " + $t.txId());
                end
                """);
        RuleRunner runner = new RuleRunner(RuleBase.load(dir), new RunContext(java.time.LocalDate.of(2026, 1, 1)));
        Transfer t = RecordPipelineHarness.transfer("T1", "ethereum", "ETH", "0x" + "1".repeat(40), "0x" + "2".repeat(40));
        runner.add(t, List.of());
        RuntimeException e = assertThrows(RuntimeException.class, runner::finish);
        Throwable c = e;
        while (c.getCause() != null && !(c instanceof IllegalStateException && c.getMessage().contains("boom"))) {
            c = c.getCause();
        }
        assertTrue(c.getMessage().contains("boom on T1"), e.toString());
    }
}
