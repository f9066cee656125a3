package org.sanctionsmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.finding.SortedFindings;
import org.sanctionsmonitor.ingest.InputException;

/**
 * --previous with the previous ids kept compactly: usual ids ({@code F-} and 16 hex digits) and any
 * other (a line suffix, upper case) are told apart exactly; new, seen and resolved come out as the
 * previous findings.csv says; a previous file that changes during the run stops it.
 */
class PreviousRunTest {

    @TempDir
    Path dir;

    private static Finding f(String id, String tx) {
        return TestFindings.transfer(id, Severity.CRITICAL, Category.SANCTIONED_ADDRESS, "SAN-001", tx,
                "2025-03-01T00:00:00Z", "0xabc", "explained", 2);
    }

    private Path previous(List<Finding> findings) throws Exception {
        Path folder = dir.resolve("prev");
        Files.createDirectories(folder);
        StringWriter w = new StringWriter();
        FindingsCsv.write(findings, w);
        Files.writeString(folder.resolve("findings.csv"), w.toString());
        return folder;
    }

    @Test
    void newSeenAndResolvedWithUsualAndOtherIds() throws Exception {
        Finding a = f("F-00000000000000aa", "T1");
        Finding b = f("F-00000000000000aa-L7", "T2"); // a same-id finding told apart by its line
        Finding c = f("F-FFFFFFFFFFFFFFFF", "T3");    // upper case: not the usual form, kept as text
        Finding d = f("F-ffffffffffffffff", "T4");    // the largest usual id (negative as a long)
        Finding gone = f("F-0123456789abcdef", "T5");
        PreviousRun prev = PreviousRun.read(previous(List.of(a, b, c, d, gone, gone)));
        assertEquals(6, prev.size());
        Finding fresh = f("F-00000000000000ab", "T6");
        Finding freshOther = f("F-00000000000000aa-L8", "T7");
        PreviousRun.Comparison cmp = prev.compare(SortedFindings.of(List.of(a, b, c, d, fresh, freshOther)), List.of());
        assertEquals(4, cmp.seenCount());
        assertEquals(2, cmp.newCount());
        for (Finding x : List.of(a, b, c, d)) {
            assertEquals(PreviousRun.SEEN, cmp.status(x), x.findingId());
        }
        assertEquals(PreviousRun.NEW, cmp.status(fresh));
        assertEquals(PreviousRun.NEW, cmp.status(freshOther));
        assertEquals(PreviousRun.NEW, cmp.status(f("F-ffffffffffffffFf", "T8")), "ids differ by case");
        assertEquals(1, cmp.resolved().size(), "a repeated previous row is resolved once");
        assertEquals("F-0123456789abcdef", cmp.resolved().get(0).get("finding_id"));
        assertEquals("not raised", cmp.resolved().get(0).get("resolution"));

        PreviousRun.Comparison suppressed = prev.compare(List.of(a, b, c, d), List.of("F-0123456789abcdef"));
        assertEquals("suppressed", suppressed.resolved().get(0).get("resolution"));
    }

    @Test
    void aPreviousFileChangedDuringTheRunStopsIt() throws Exception {
        Path folder = previous(List.of(f("F-00000000000000aa", "T1")));
        PreviousRun prev = PreviousRun.read(folder);
        previous(List.of(f("F-00000000000000bb", "T2")));
        InputException e = assertThrows(InputException.class, () -> prev.compare(List.of(), List.of()));
        assertTrue(e.getMessage().contains("findings.csv:2: the file changed during the run"), e.getMessage());
    }
}
