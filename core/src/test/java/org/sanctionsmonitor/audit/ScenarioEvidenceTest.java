package org.sanctionsmonitor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.check.BatchCheck;
import org.sanctionsmonitor.check.CheckResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a scenario case's expected.csv cannot say, because findings.csv does not carry it: the
 * evidence of a finding in findings.json. Each test runs a real case of rules/tests through the one
 * case runner ({@link Scenarios#caseOptions}, as rules test, the scenario tests and the Spark
 * conformance run it) and reads the evidence of one of its findings.
 */
class ScenarioEvidenceTest {

    private static final Path RULES = Path.of("rules");

    @TempDir
    Path tmp;

    /** The findings.json entry of one finding of the case. */
    private JsonNode finding(String caseDir, String ruleId, String subjectId) throws IOException {
        Path work = tmp.resolve(caseDir.replace('/', '_'));
        Path out = work.resolve("out");
        CheckResult r = BatchCheck.run(Scenarios.caseOptions(Scenarios.testsFolder(RULES).resolve(caseDir), RULES, out, work),
                RunAudit.defaults());
        assertEquals(0, r.exitCode(), r.exitReason());
        JsonNode all = new ObjectMapper().readTree(out.resolve("findings.json").toFile()).get("findings");
        List<JsonNode> hits = new ArrayList<>();
        all.forEach(f -> {
            if (f.get("rule_id").asText().equals(ruleId) && f.get("subject_id").asText().equals(subjectId)) {
                hits.add(f);
            }
        });
        assertEquals(1, hits.size(), ruleId + " " + subjectId + " in " + caseDir);
        return hits.get(0);
    }

    private static List<String> roles(JsonNode finding) {
        List<String> out = new ArrayList<>();
        finding.get("evidence").forEach(e -> out.add(e.get("role").asText()));
        return out;
    }

    /** The ids of the evidence rows of one role, in order. */
    private static List<String> ids(JsonNode finding, String role) {
        List<String> out = new ArrayList<>();
        finding.get("evidence").forEach(e -> {
            if (e.get("role").asText().equals(role)) {
                out.add(e.get("id").asText());
            }
        });
        return out;
    }

    @Test
    void aListedMixerFindingCitesTheAddressLabel() throws IOException {
        JsonNode f = finding("CYB-010/fire-listed-mixer-by-address-or-name", "CYB-010", "TX-C010-01");
        assertEquals("label", f.get("evidence").get(2).get("role").asText(), roles(f).toString());
    }

    @Test
    void anExposureFindingCarriesItsPathHopByHop() throws IOException {
        JsonNode two = finding("CYB-020/fire-two-hops-onward-and-into-exchange", "CYB-020", "TX-C020-02");
        assertEquals(List.of("TX-C020-01", "TX-C020-02"), ids(two, "path"));
        JsonNode first = null;
        for (JsonNode e : two.get("evidence")) {
            if (e.get("role").asText().equals("path")) {
                first = e;
                break;
            }
        }
        assertEquals("1", first.get("facts").get("hop").asText());
        JsonNode three = finding("CYB-021/fire-shortest-path-and-backwards", "CYB-021", "TX-C021-34");
        assertEquals(List.of("TX-C021-31", "TX-C021-32", "TX-C021-34"), ids(three, "path"));
    }

    @Test
    void aBannedExportCitesTheReviewedTableOfBannedClasses() throws IOException {
        JsonNode f = finding("EMB-010/fire-banned-dprk-exports", "EMB-010", "SHP-E010-01");
        JsonNode ref = f.get("evidence").get(1);
        assertEquals("reference", ref.get("role").asText());
        assertEquals("rules/reference/trade-hs-bans.csv", ref.get("file").asText());
    }

    @Test
    void anAisGapNamesTheWatchAreaTable() throws IOException {
        JsonNode f = finding("VES-001/fire-long-gap-in-watch-areas", "VES-001", "EV-V001-01");
        assertEquals("rules/reference/trade-areas.csv", f.get("evidence").get(1).get("file").asText());
    }

    @Test
    void anOwnershipConflictNamesBothStatementsAndTheirSources() throws IOException {
        JsonNode f = finding("OWN-091/fire-two-sources-disagree", "OWN-091", "Example Disputed Ltd");
        String x = f.get("explanation").asText();
        assertTrue(x.contains("55% per example registry") && x.contains("45% per example vendor") && x.contains("the higher, 55%, is used"), x);
    }
}
