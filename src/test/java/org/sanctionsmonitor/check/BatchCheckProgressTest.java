package org.sanctionsmonitor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;

/** BatchCheck tells its ProgressListener about each phase, input and row count, and writes report.html. */
class BatchCheckProgressTest {

    @TempDir
    Path dir;

    /** Records every call as one line. */
    static final class Recorder implements ProgressListener {
        final List<String> events = new ArrayList<>();
        final List<Long> rows = new ArrayList<>();

        @Override
        public void phaseStarted(Phase phase) {
            events.add("start " + phase);
        }

        @Override
        public void phaseFinished(Phase phase, long nanos) {
            assertTrue(nanos >= 0);
            events.add("end " + phase);
        }

        @Override
        public void inputStarted(String kind, InputFile file, long estimatedRows) {
            events.add("input " + kind + " " + file.display() + " ~" + estimatedRows);
        }

        @Override
        public void rows(long rowsRead) {
            rows.add(rowsRead);
        }

        @Override
        public void inputFinished(String kind, ReadStats stats, long nanos) {
            events.add("read " + kind + " " + stats.file().display() + " " + stats.rowsRead());
        }

        @Override
        public void finished() {
            events.add("finished");
        }
    }

    @Test
    void phasesInputsAndRowsAreReportedInOrder() throws Exception {
        // 600 transfer rows, one of them rejected, so rows() is called along the way and at the end
        StringBuilder sb = new StringBuilder("tx_id,timestamp,chain,asset,from_address,to_address,amount\n");
        for (int i = 0; i < 600; i++) {
            sb.append("TX-").append(i).append(",2025-03-03T00:00:00Z,ethereum,ETH,0x")
                    .append(String.format("%040x", i)).append(",0x").append(String.format("%040x", i + 1))
                    .append(i == 300 ? ",not-a-number\n" : ",1.0\n");
        }
        Path transfers = dir.resolve("transfers.csv");
        Files.writeString(transfers, sb.toString(), StandardCharsets.UTF_8);
        Path list = Path.of("samples/native/ofac-sdn-dprk-excerpt.csv");
        Path out = dir.resolve("out");
        CheckOptions o = CheckOptions.builder().lists(List.of(list)).transfers(List.of(transfers)).rules(Path.of("rules"))
                .out(out).asOf(LocalDate.of(2025, 6, 1)).maxRejectRatio(0.01).build();

        Recorder r = new Recorder();
        CheckResult result = BatchCheck.run(o, r);

        String t = CheckOptionsDisplay.of(transfers);
        assertEquals(List.of(
                "start LOAD_RULES", "end LOAD_RULES",
                "start LOAD_LISTS", "input list samples/native/ofac-sdn-dprk-excerpt.csv ~-1",
                "read list samples/native/ofac-sdn-dprk-excerpt.csv 30", "end LOAD_LISTS",
                "start READ_FEEDS", "input transfers " + t + " ~600", "read transfers " + t + " 600", "end READ_FEEDS",
                "start FINISH_RULES", "end FINISH_RULES",
                "start WRITE_REPORTS", "end WRITE_REPORTS", "finished"), r.events);
        assertEquals(List.of(30L, 256L, 513L, 600L), r.rows,
                "list rows, then rows read (rejects included) at every 256th accepted row, then the total");
        assertEquals(1, result.rejects().size());
        assertTrue(Files.size(out.resolve(BatchCheck.REPORT_HTML)) > 10_000, "report.html is written with the others");
    }

    /** How BatchCheck shows a path (relative to the working directory when under it). */
    static final class CheckOptionsDisplay {
        static String of(Path p) {
            return org.sanctionsmonitor.ingest.DisplayPaths.display(p);
        }
    }
}
