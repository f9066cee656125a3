package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-graph end to end on a tiny graph (the benchmark itself is run by hand; no timings are asserted). */
class BenchGraphCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatesASeededFeedAndReportsTheFigures() throws IOException {
        CheckCommandTest.Run r = CheckCommandTest.run("bench-graph", "--transfers", "3000", "--addresses", "300", "--listed", "3",
                "--dir", dir.toString());
        assertEquals(0, r.exit(), r.err());
        for (String line : new String[] {"parse only:", "exposure analysis (depth 3):", "x parse", "peak heap during the graph stage:"}) {
            assertTrue(r.out().contains(line), r.out());
        }
        assertTrue(r.out().contains("(3,000 rows, 0 rejected)"), r.out());
        byte[] first = Files.readAllBytes(dir.resolve("transfers.csv"));
        assertEquals(0, CheckCommandTest.run("bench-graph", "--transfers", "3000", "--addresses", "300", "--listed", "3",
                "--dir", dir.toString()).exit());
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(dir.resolve("transfers.csv"))), "seeded: the same file again");
        assertEquals(2, CheckCommandTest.run("bench-graph", "--listed", "0", "--dir", dir.toString()).exit());
    }
}
