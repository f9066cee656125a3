package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each list's publication date (from the file, else --list-date) and age against --as-of are in
 * the manifest, the summary and the report; a list older than max_list_age_days
 * (rules/reference/list-settings.csv) is a loud warning, and --fail-on-stale-lists makes it exit 2.
 */
class ListDatesTest {

    static final String OFAC = "core/src/test/resources/lists/ofac-sdn-dprk-excerpt";

    @SuppressWarnings("unchecked")
    static Map<String, Object> manifest(Path out) throws Exception {
        return new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> list(Map<String, Object> m, int i) {
        return ((List<Map<String, Object>>) m.get("lists")).get(i);
    }

    @Test
    void aFreshListHasItsDateAndAgeAndNoWarning(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", OFAC, "--list-date", "2025-11-19", "--payments", "samples/payments.csv",
                "--as-of", "2025-11-21", "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("list:         OFAC-SDN (ofac, 30 entries), published 2025-11-19 (--list-date), 2 days before --as-of"),
                r.out());
        assertFalse(r.out().contains("WARNING"), r.out());
        Map<String, Object> l = list(manifest(out), 0);
        assertEquals("2025-11-19", l.get("published"));
        assertEquals("--list-date", l.get("published_from"));
        assertEquals(2, l.get("age_days"));
        assertEquals(7, l.get("max_age_days"));
        assertEquals(false, l.get("stale"));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("\"published\":\"2025-11-19\""), "the report embeds the list's date");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStaleListWarnsLoudlyAndFailsTheRunOnlyWhenAsked(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", OFAC, "--list-date", "2024-05-03", "--payments", "samples/payments.csv",
                "--as-of", "2026-01-05", "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("WARNING: STALE LIST: OFAC-SDN was published 2024-05-03, 612 days before --as-of 2026-01-05"
                + " (more than max_list_age_days 7, rules/reference/list-settings.csv:3)"), r.out());
        Map<String, Object> m = manifest(out);
        assertEquals(true, list(m, 0).get("stale"));
        assertTrue(((List<String>) m.get("warnings")).get(0).startsWith("STALE LIST: OFAC-SDN"));

        Path out2 = dir.resolve("out2");
        CliRun failed = CliRun.of("check", "--lists", OFAC, "--list-date", "2024-05-03", "--payments", "samples/payments.csv",
                "--as-of", "2026-01-05", "--fail-on-stale-lists", "--out", out2.toString());
        assertEquals(2, failed.exit(), failed.toString());
        assertTrue(failed.err().contains("stale list OFAC-SDN"), failed.err());
        assertTrue(Files.exists(out2.resolve("manifest.json")), "the reports say why");
        assertEquals(2, ((Map<String, Object>) manifest(out2).get("result")).get("exit_code"));
    }

    @Test
    void aListWithoutADateSaysSoAndIsNotCalledStale(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", OFAC, "--payments", "samples/payments.csv", "--as-of", "2026-01-05",
                "--fail-on-stale-lists", "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("publication date unknown (give --list-date)"), r.out());
        assertNull(list(manifest(out), 0).get("published"));
    }

    @Test
    void openSanctionsGivesItsDateFromTheFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", "core/src/test/resources/lists/opensanctions-wallets.simple.csv", "--list-date", "2020-01-01",
                "--payments", "samples/payments.csv", "--as-of", "2025-11-20", "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        Map<String, Object> l = list(manifest(out), 0);
        assertEquals("2025-11-19", l.get("published"));
        assertEquals("file", l.get("published_from"));
        assertTrue(r.out().contains("the file says it was published 2025-11-19; --list-date 2020-01-01 is not used for it"), r.out());
    }

    @Test
    void aBadListDateIsBadUsage(@TempDir Path dir) {
        CliRun r = CliRun.of("check", "--lists", OFAC, "--list-date", "19 Nov 2025", "--payments", "samples/payments.csv",
                "--out", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--list-date: '19 Nov 2025' is not a date"), r.err());
    }
}
