package org.sanctionsmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.finding.Severity;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Transfer;

import com.fasterxml.jackson.databind.JsonNode;

class ExposurePathTest {

    static Finding exposure() {
        Finding base = TestFindings.transfer("F-x", Severity.HIGH, Category.INDIRECT_EXPOSURE, "EXP-001", "TX-9",
                "2025-03-05T00:00:00Z", "0xLISTED", "Two hops from LAZARUS GROUP.", 9);
        return ReportHtmlTest.withPath(base, List.of(
                ReportHtmlTest.hop("TX-7", "0xCUSTOMER", "0xMIDDLE", 7),
                ReportHtmlTest.hop("TX-8", "0xMIDDLE", "0xlisted", 8)));
    }

    @Test
    void hopsBecomeAGraphFromTheStartToTheListedAddress() {
        ExposurePath.Graph g = ExposurePath.of(exposure()).orElseThrow();
        assertEquals(List.of(new ExposurePath.Node("0xCUSTOMER", "start"), new ExposurePath.Node("0xMIDDLE", "hop"),
                new ExposurePath.Node("0xlisted", "listed")), g.nodes(), "the matched value marks the listed node, in any case");
        assertEquals(2, g.edges().size());
        ExposurePath.Edge e = g.edges().get(0);
        assertEquals("0xCUSTOMER", e.from());
        assertEquals("0xMIDDLE", e.to());
        assertEquals("TX-7", e.txId());
        assertEquals("1.7", e.amount());
        assertEquals("ETH", e.asset());
        assertEquals("feeds/transfers.csv:7", e.source());
    }

    @Test
    void withoutAMatchedValueTheLastAddressIsTheListedOne() {
        Finding f = ReportHtmlTest.withPath(TestFindings.shipment("F-y", Severity.HIGH, Category.INDIRECT_EXPOSURE,
                "EXP-002", "S", "2025-01-01", "x", 1), List.of(ReportHtmlTest.hop("T1", "a", "b", 1),
                        ReportHtmlTest.hop("T2", "b", "c", 2)));
        assertEquals("listed", ExposurePath.of(f).orElseThrow().nodes().get(2).kind());
        assertEquals("start", ExposurePath.of(f).orElseThrow().nodes().get(0).kind());
    }

    @Test
    void findingsWithoutHopsHaveNoPath() {
        assertTrue(ExposurePath.of(ReportHtmlTest.sample().get(0)).isEmpty());
        Evidence incomplete = new Evidence(ExposurePath.ROLE, "transfer", "T", new Provenance("f", 1), Map.of("from_address", "a"));
        assertTrue(ExposurePath.of(ReportHtmlTest.withPath(ReportHtmlTest.sample().get(0), List.of(incomplete))).isEmpty());
    }

    @Test
    void aTransferBecomesAHopAndTheReportCarriesThePath() throws Exception {
        Transfer t = new Transfer("TX-1", Instant.parse("2025-03-03T09:00:00Z"), "ethereum", "ETH", "0xa", "0xb",
                new BigDecimal("2.5"), null, null, null, Map.of(), new Provenance("feeds/transfers.csv", 12));
        Evidence hop = ExposurePath.hop(t);
        assertEquals(ExposurePath.ROLE, hop.role());
        assertEquals("TX-1", hop.id());
        assertEquals("0xb", hop.facts().get("to_address"));

        // the page gets the nodes' kinds in ExposurePath's node order and draws the edges from the path evidence
        JsonNode row = ReportHtmlTest.data(ReportHtmlTest.html(List.of(exposure()), List.of(), ReportHtmlTest.manifest()))
                .get("findings").get(0);
        assertEquals("[\"start\",\"hop\",\"listed\"]", row.get("path").toString());
        assertEquals(List.of("0xCUSTOMER", "0xMIDDLE", "0xlisted"),
                ExposurePath.of(exposure()).orElseThrow().nodes().stream().map(ExposurePath.Node::id).toList());
        assertEquals("TX-8", ExposurePath.of(exposure()).orElseThrow().edges().get(1).txId());
    }

    static Evidence link(String owner, String status, String owned, String share, String control, long line) {
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put("owner", owner);
        facts.put("owner_status", status);
        facts.put("owned", owned);
        if (share != null) {
            facts.put("share", share);
        }
        facts.put("control", control);
        facts.put("statements", share + "% per registry (ownership.csv:" + line + ")");
        return new Evidence(ExposurePath.OWNERSHIP_ROLE, "ownership", owner + " > " + owned, new Provenance("ownership.csv", line), facts);
    }

    @Test
    void anOwnershipChainIsAGraphOfPartiesFromTheListedOwnerToTheEntity() {
        Finding f = ReportHtmlTest.withPath(TestFindings.shipment("F-o", Severity.HIGH, Category.SANCTIONED_PARTY, "OWN-001",
                "S", "2025-01-01", "OFAC: 51%", 1), List.of(
                link("KOMID", "listed", "One Ltd", "60", "no", 2),
                link("One Ltd", "blocked by ownership (OFAC)", "Two Ltd", null, "yes", 3)));
        ExposurePath.Graph g = ExposurePath.of(f).orElseThrow();
        assertEquals(ExposurePath.OWNERSHIP, g.type());
        assertEquals(List.of(new ExposurePath.Node("KOMID", "listed"), new ExposurePath.Node("One Ltd", "hop"),
                new ExposurePath.Node("Two Ltd", "start")), g.nodes());
        assertEquals(List.of("60%", "control"), g.edges().stream().map(ExposurePath.Edge::txId).toList());
        assertEquals("ownership.csv:3", g.edges().get(1).source());
        assertEquals(ExposurePath.TRANSFERS, ExposurePath.of(exposure()).orElseThrow().type());
    }
}
