package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check in a JVM started with a small heap ({@code -Xmx96m}) on more transfers than that heap
 * can hold as a graph stops before reading them: exit 2, a message with the heap needed and the
 * Spark job, no OutOfMemoryError and no report written.
 */
class SmallHeapCheckTest {

    @TempDir
    Path tmp;

    @Test
    void tooManyTransfersForTheHeapStopWithExit2AndTheHeapNeeded() throws Exception {
        Path transfers = tmp.resolve("transfers.csv");
        try (BufferedWriter w = Files.newBufferedWriter(transfers, StandardCharsets.UTF_8)) {
            w.write("tx_id,timestamp,chain,asset,from_address,to_address,amount,amount_usd,from_owner,to_owner\n");
            for (int i = 0; i < 800_000; i++) { // about 800,000 × 100 bytes and the lists: more than 96 MiB
                w.write("T" + i + ",2025-01-01T00:00:00Z,ethereum,ETH,0x" + Integer.toHexString(i) + ",0xb,1,,,\n");
            }
        }
        Path out = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx96m", "-cp", System.getProperty("java.class.path"),
                "org.sanctionsmonitor.cli.Main", "check", "--lists", "samples/lists/ofac/sdn.csv",
                "--transfers", transfers.toString(), "--out", out.toString());
        Path log = tmp.resolve("log.txt");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the check did not finish");
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), text);
        assertTrue(text.contains("need about") && text.contains("MiB of heap"), text);
        assertTrue(text.contains("-Xmx1g") && text.contains("bin/sanctions-monitor-spark"), text);
        assertFalse(text.contains("OutOfMemoryError"), text);
        assertFalse(Files.exists(out.resolve("findings.csv")), "no report from a refused run");
    }
}
