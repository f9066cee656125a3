package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** bench-names runs end to end on a small size (the benchmark itself is a command, not a test). */
class BenchNamesCommandTest {

    @Test
    void smallRunPrintsItsFigures() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"bench-names", "--names", "300", "--entries", "200"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        String s = out.toString();
        assertTrue(s.contains("300 distinct party names against 200 entries"), s);
        assertTrue(s.contains("names/second"), s);
        assertTrue(s.contains("mean candidates per name"), s);
        assertTrue(s.contains("results digest"), s);
    }

    @Test
    void laterRoundsScreenAgainWithTheSameResults() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"bench-names", "--names", "200", "--entries", "100", "--rounds", "3"},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        String s = out.toString();
        assertTrue(s.contains("screening CPU (this thread)"), s);
        assertTrue(s.contains("round 2 (a fresh screener)"), s);
        assertTrue(s.contains("round 3 (a fresh screener)"), s);
        assertFalse(s.contains("round 4"), s);
        assertFalse(s.contains("DIFFERENT"), s);
        assertEquals(2, s.split("results the same", -1).length - 1, s);
    }
}
