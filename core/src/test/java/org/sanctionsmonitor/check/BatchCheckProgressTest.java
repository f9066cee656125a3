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
    static class Recorder implements ProgressListener {
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
        // the first step is named for what it does: compiling the rules, or reading them from the cache
        assertTrue(List.of("start LOAD_RULES", "start READ_CACHED_RULES").contains(r.events.get(0)), r.events.toString());
        String rulePhase = r.events.get(0).substring("start ".length());
        assertEquals(List.of(
                "start " + rulePhase, "end " + rulePhase,
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

    @Test
    void twoLanesReportFromOneThreadAndMergeRejectsInFeedOrder() throws Exception {
        // transfers are read on the calling thread and the other feeds on another at the same time;
        // the listener must still hear everything from the calling thread, feeds in their order,
        // and the rejects must come transfers first, then shipments, then payments, by line
        StringBuilder tx = new StringBuilder("tx_id,timestamp,chain,asset,from_address,to_address,amount\n");
        for (int i = 0; i < 3_000; i++) {
            tx.append("TX-").append(i).append(",2025-03-03T00:00:00Z,ethereum,ETH,0x")
                    .append(String.format("%040x", i)).append(",0x").append(String.format("%040x", i + 1))
                    .append(i % 1000 == 999 ? ",-5\n" : ",1.0\n");
        }
        StringBuilder sh = new StringBuilder("shipment_id,date,shipper,consignee,origin_country,destination_country,hs_code\n");
        for (int i = 0; i < 500; i++) {
            sh.append("SHP-").append(i).append(i == 10 ? ",2025-02-30" : ",2025-02-03")
                    .append(",Acme Trading ").append(i).append(",Beta Shipping,CN,SG,8471.30\n");
        }
        StringBuilder pay = new StringBuilder("payment_id,date,amount,currency,originator,beneficiary\n");
        for (int i = 0; i < 500; i++) {
            pay.append("PAY-").append(i).append(",2025-02-03,").append(i == 20 ? "1,000" : "100").append(",USD,Acme Trading,Beta Shipping\n");
        }
        Path transfers = Files.writeString(dir.resolve("transfers.csv"), tx.toString(), StandardCharsets.UTF_8);
        Path shipments = Files.writeString(dir.resolve("shipments.csv"), sh.toString(), StandardCharsets.UTF_8);
        Path payments = Files.writeString(dir.resolve("payments.csv"), pay.toString(), StandardCharsets.UTF_8);
        CheckOptions o = CheckOptions.builder().lists(List.of(Path.of("samples/native/ofac-sdn-dprk-excerpt.csv")))
                .transfers(List.of(transfers)).shipments(List.of(shipments)).payments(List.of(payments))
                .rules(Path.of("rules")).out(dir.resolve("out2")).asOf(LocalDate.of(2025, 6, 1)).maxRejectRatio(0.01).build();

        Thread caller = Thread.currentThread();
        List<String> threads = new ArrayList<>();
        Recorder r = new Recorder() {
            @Override
            public void inputStarted(String kind, InputFile file, long estimatedRows) {
                if (Thread.currentThread() != caller) {
                    threads.add(Thread.currentThread().getName());
                }
                super.inputStarted(kind, file, estimatedRows);
            }

            @Override
            public void rows(long rowsRead) {
                if (Thread.currentThread() != caller) {
                    threads.add(Thread.currentThread().getName());
                }
                super.rows(rowsRead);
            }
        };
        CheckResult result = BatchCheck.run(o, r);

        assertEquals(List.of(), threads, "every progress call comes from the thread that runs the check");
        List<String> reads = r.events.stream().filter(e -> e.startsWith("read ") && !e.startsWith("read list")).toList();
        assertEquals(List.of("read transfers " + CheckOptionsDisplay.of(transfers) + " 3000",
                "read shipments " + CheckOptionsDisplay.of(shipments) + " 500",
                "read payments " + CheckOptionsDisplay.of(payments) + " 500"), reads);
        List<String> rejects = result.rejects().stream().map(x -> x.file() + ":" + x.line()).toList();
        assertEquals(List.of(
                CheckOptionsDisplay.of(transfers) + ":1001", CheckOptionsDisplay.of(transfers) + ":2001",
                CheckOptionsDisplay.of(transfers) + ":3001", CheckOptionsDisplay.of(shipments) + ":12",
                CheckOptionsDisplay.of(payments) + ":22"), rejects);
    }

    /** How BatchCheck shows a path (relative to the working directory when under it). */
    static final class CheckOptionsDisplay {
        static String of(Path p) {
            return org.sanctionsmonitor.ingest.DisplayPaths.display(p);
        }
    }
}
