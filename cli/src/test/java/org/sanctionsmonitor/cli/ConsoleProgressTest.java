package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.check.ProgressListener.Phase;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;

class ConsoleProgressTest {

    /** A clock the test moves by hand. */
    static final class FakeClock implements java.util.function.LongSupplier {
        long now = 1_000_000_000L;

        @Override
        public long getAsLong() {
            return now;
        }
    }

    final StringWriter buf = new StringWriter();
    final FakeClock clock = new FakeClock();
    final InputFile file = new InputFile(Path.of("feeds/big-transfers.csv"), "feeds/big-transfers.csv");
    final ReadStats stats = new ReadStats(file, "ab".repeat(32), 4_000, 3_990, 10, 0);

    ConsoleProgress progress(boolean bar, boolean verbose) {
        return new ConsoleProgress(new PrintWriter(buf, true), bar, verbose, clock, 120);
    }

    void run(ConsoleProgress p) {
        p.phaseStarted(Phase.LOAD_RULES);
        clock.now += 500_000_000L;
        p.phaseFinished(Phase.LOAD_RULES, 500_000_000L);
        p.phaseStarted(Phase.READ_FEEDS);
        p.inputStarted("transfers", file, 4_000);
        for (long rows = 256; rows <= 4_000; rows += 256) {
            clock.now += 50_000_000L; // 256 rows every 50 ms
            p.rows(rows);
        }
        p.rows(4_000);
        p.inputFinished("transfers", stats, 800_000_000L);
        p.phaseFinished(Phase.READ_FEEDS, 800_000_000L);
        p.finished();
    }

    @Test
    void nothingWhenNotATerminalAndNotVerbose() {
        run(progress(false, false));
        assertEquals("", buf.toString());
    }

    @Test
    void theBarShowsShareRowsRateElapsedAndInput() {
        ConsoleProgress p = progress(true, false);
        p.phaseStarted(Phase.READ_FEEDS);
        p.inputStarted("transfers", file, 4_000);
        clock.now += 2_000_000_000L;
        p.rows(2_000);
        assertEquals("[######......] ~50% ETA 0:00:02 2,000 rows 1,000 rows/s 0:00:02 transfers big-transfers.csv", p.render());
    }

    @Test
    void theLineFitsNarrowTerminalsLeavingOutTheLeastUsefulPartsFirst() {
        for (int columns : new int[] {100, 80, 70, 50, 40, 30}) {
            ConsoleProgress p = new ConsoleProgress(new PrintWriter(buf, true), true, false, clock, columns);
            p.phaseStarted(Phase.READ_FEEDS);
            p.inputStarted("transfers", file, 4_000);
            clock.now += 2_000_000_000L;
            p.rows(1_000);
            String line = p.render();
            assertTrue(line.length() <= columns - 1, columns + " columns: " + line.length() + " chars: " + line);
            if (columns >= 50) {
                assertTrue(line.contains("ETA 0:00:06") && line.endsWith("transfers big-transfers.csv"), line);
            }
        }
        ConsoleProgress at70 = new ConsoleProgress(new PrintWriter(buf, true), true, false, clock, 70);
        at70.phaseStarted(Phase.READ_FEEDS);
        at70.inputStarted("transfers", file, 4_000);
        clock.now += 2_000_000_000L;
        at70.rows(1_000);
        assertEquals("~25% ETA 0:00:06 1,000 rows 0:00:02 transfers big-transfers.csv", at70.render(),
                "the rate and the bar's drawing go first");
    }

    @Test
    void noEtaBeforeASecondOrWithoutAnEstimate() {
        ConsoleProgress p = progress(true, false);
        p.phaseStarted(Phase.READ_FEEDS);
        p.inputStarted("transfers", file, 4_000);
        clock.now += 500_000_000L;
        p.rows(1_000);
        assertFalse(p.render().contains("ETA"), p.render());
        p.inputStarted("transfers", file, -1);
        clock.now += 2_000_000_000L;
        p.rows(1_000);
        assertFalse(p.render().contains("ETA"), p.render());
    }

    @Test
    void cachedRulesAreNamedAsSuch() {
        ConsoleProgress p = progress(true, false);
        p.phaseStarted(Phase.READ_CACHED_RULES);
        assertTrue(p.render().endsWith("reading cached rules"), p.render());
        p.phaseStarted(Phase.LOAD_RULES);
        assertTrue(p.render().endsWith("compiling rules"), p.render());
    }

    @Test
    void theBarIsRedrawnInPlaceAtMostFiveTimesASecondAndClearedAtTheEnd() {
        run(progress(true, false));
        String out = buf.toString();
        assertFalse(out.contains("\n"), "a bar never prints a new line: " + out);
        long draws = out.chars().filter(c -> c == '\r').count();
        // 4 forced draws (2 phases, input start, input end), ~16 rows calls 50 ms apart drawn every 200 ms, 1 clear
        assertTrue(draws >= 6 && draws <= 12, "draws: " + draws);
        assertTrue(out.contains("[#########...] ~77% 3,072 rows 5,120 rows/s 0:00:01 transfers big-transfers.csv"), out);
        assertTrue(out.endsWith("\r\u001b[K"), "the line is cleared at the end");
    }

    @Test
    void verbosePrintsEachInputAndPhaseAsLines() {
        run(progress(false, true));
        String out = buf.toString();
        assertTrue(out.contains("phase load_rules       0.50 s\n"), out);
        assertTrue(out.contains("read transfers feeds/big-transfers.csv: 4,000 rows (3,990 accepted, 10 rejected, 0 blank lines)"
                + " in 0.80 s, 5,000 rows/s, sha256 " + "ab".repeat(32) + "\n"), out);
        assertTrue(out.contains("phase read_feeds       0.80 s\n"), out);
        assertTrue(out.contains("done in 1.25 s\n"), out);
        assertFalse(out.contains("\r"), "no bar when stderr is not a terminal");
    }

    @Test
    void verboseLinesClearTheBarFirst() {
        run(progress(true, true));
        assertTrue(buf.toString().contains("\r\u001b[Kread transfers feeds/big-transfers.csv"), buf.toString());
    }

    @Test
    void widthAndTerminalDetectionHelpers() {
        assertEquals(79, ConsoleProgress.width(null));
        assertEquals(79, ConsoleProgress.width("wide"));
        assertEquals(119, ConsoleProgress.width("120"));
        assertEquals("0:01:05", ConsoleProgress.clockTime(65_000_000_000L));
        assertTrue(Terminal.isTerminalDevice("/dev/pts/3"));
        assertTrue(Terminal.isTerminalDevice("/dev/tty1"));
        assertFalse(Terminal.isTerminalDevice("pipe:[12345]"));
        assertFalse(Terminal.isTerminalDevice("/tmp/check.log"));
    }
}
