package org.sanctionsmonitor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.cli.Main;

/** The benchmark on a small size: every planted hit found, a warm rerun reported, the ratio printed last. */
class BenchCommandTest {

    @Test
    void findsEveryPlantedHitAndPrintsTheRatioLast(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"bench", "--transfers", "20000", "--shipments", "3000", "--payments", "7000",
            "--list-entries", "600", "--addresses", "5000", "--warm-runs", "1", "--dir", dir.toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, out + "\n" + err);
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.get(lines.size() - 1).matches("check/parse ratio: \\d+\\.\\d\\d"), out.toString());
        // the baseline is a steady-state parse, and the two-thread parse (the floor on two cores) is reported too
        assertTrue(out.toString().contains("parse only, steady state: "), out.toString());
        assertTrue(out.toString().matches("(?s).*parse only on two threads, steady state: \\d+\\.\\d\\d s.*check/two-thread-parse ratio: \\d+\\.\\d\\d\n.*"), out.toString());
        Matcher m = Pattern.compile("planted hits found: (\\d+) of (\\d+)").matcher(out.toString());
        assertTrue(m.find(), out.toString());
        assertEquals(m.group(2), m.group(1));
        assertTrue(Integer.parseInt(m.group(2)) >= 5, "transfers, shipments and payments each carry planted hits: " + out);
        // the warm run (same JVM) is reported, and its findings equal the first run's (else exit 1)
        assertTrue(out.toString().matches("(?s).*warm check 1 \\(same JVM, code compiled\\): \\d+\\.\\d\\d s, CPU .*warm check/parse ratio \\d+\\.\\d\\d\n.*"), out.toString());
    }
}
