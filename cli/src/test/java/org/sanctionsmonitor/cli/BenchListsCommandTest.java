package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** bench-lists runs end to end on a small real excerpt and prints its ratio (the figures themselves are not tested). */
class BenchListsCommandTest {

    @Test
    void printsTheRatioForAnXmlList() {
        CliRun r = CliRun.of("bench-lists", "--lists", "core/src/test/resources/lists/un-consolidated-excerpt.xml", "--runs", "1");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("10 entries, 0 relations, 0 rejects"), r.out());
        assertTrue(r.out().contains("plain StAX pass:"), r.out());
        assertTrue(r.out().matches("(?s).*load/parse ratio: \\d+\\.\\d\\d.*"), r.out());
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun r = CliRun.of("bench-lists", "--lists", "no/such/list.xml");
        assertEquals(2, r.exit(), r.toString());
    }
}
