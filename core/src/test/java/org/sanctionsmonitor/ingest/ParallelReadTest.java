package org.sanctionsmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.concurrent.OrderedStage;
import org.sanctionsmonitor.model.Transfer;

/**
 * Reading on worker threads gives exactly what reading on one thread gives: the same records in
 * the same order, the same rejects (bad values, wrong field counts, a broken quote, invalid UTF-8)
 * in the same order, and the same counts and SHA-256.
 */
class ParallelReadTest {

    @TempDir
    Path dir;

    @Test
    void sameRecordsRejectsAndCountsAsReadingOnOneThread() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.write(f, feed(OrderedStage.CHUNK * (OrderedStage.IN_FLIGHT + 2) + 123));
        InputFile in = new InputFile(f, "t.csv");

        List<Transfer> serial = new ArrayList<>();
        List<Reject> serialRejects = new ArrayList<>();
        ReadStats s1 = TransfersReader.read(in, serial::add, serialRejects);

        List<String> parallel = new ArrayList<>();
        List<Reject> parallelRejects = new ArrayList<>();
        ReadStats s2 = TransfersReader.readParallel(in, t -> Thread.currentThread().getName() + "|" + t, s -> {
            parallel.add(s.substring(s.indexOf('|') + 1));
        }, parallelRejects);

        assertEquals(serial.stream().map(Transfer::toString).toList(), parallel);
        assertEquals(serialRejects, parallelRejects);
        assertEquals(s1, s2);
        assertTrue(serialRejects.size() > 100, "the feed exercises rejects: " + serialRejects.size());
        assertTrue(serialRejects.stream().anyMatch(r -> r.reason().contains("unbalanced quote")), serialRejects.stream().map(Reject::reason).distinct().toList().toString());
        assertTrue(serialRejects.stream().anyMatch(r -> r.reason().contains("UTF-8")));
        assertTrue(serialRejects.stream().anyMatch(r -> r.reason().contains("fields as in the header")));
        assertTrue(s1.blankLines() > 0);
    }

    @Test
    void theMapperRunsOnWorkerThreadsAndTheSinkOnTheReader() throws IOException {
        Path f = dir.resolve("t.csv");
        Files.write(f, feed(OrderedStage.CHUNK * 3));
        List<String> mappedOn = new ArrayList<>();
        Thread reader = Thread.currentThread();
        TransfersReader.readParallel(new InputFile(f, "t.csv"), t -> Thread.currentThread(), th -> {
            assertEquals(reader, Thread.currentThread());
            mappedOn.add(th.getName());
        }, new ArrayList<>());
        assertTrue(mappedOn.stream().noneMatch(n -> n.equals(reader.getName())));
    }

    /** A transfers feed with a reject of every kind sprinkled among good rows. */
    private static byte[] feed(int rows) throws IOException {
        Random rnd = new Random(42);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("tx_id,timestamp,chain,asset,from_address,to_address,amount,amount_usd\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < rows; i++) {
            String ts = "2025-03-03T08:14:05Z";
            String amount = "1.5";
            String extra = "";
            switch (rnd.nextInt(60)) {
                case 0 -> ts = "2025-02-30T00:00:00Z";
                case 1 -> amount = "-3";
                case 2 -> extra = ",surplus";
                case 3 -> ts = "";
                default -> { }
            }
            String line = "T" + i + "," + ts + ",ethereum,ETH,0xa" + i + ",0xb" + (i % 97) + "," + amount + ",2" + extra + "\n";
            out.write(line.getBytes(StandardCharsets.UTF_8));
            if (i == rows * 2 / 3) {
                out.write("T-broken,\"2025-03-03,ethereum,ETH,a,b,1,2\n".getBytes(StandardCharsets.UTF_8));
            }
            if (i == rows / 2) {
                out.write(new byte[] {'T', '-', 'u', 't', 'f', ',', (byte) 0xC3, '(', '\n'});
                out.write('\n');
            }
        }
        return out.toByteArray();
    }
}
