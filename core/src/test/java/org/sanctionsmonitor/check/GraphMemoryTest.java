package org.sanctionsmonitor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.ingest.InputException;

/** The graph's memory estimate and the refusal before reading, with the heap's size given. */
class GraphMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void aHeapTooSmallForTheRowsIsRefusedWithTheHeapNeededAndTheSparkJob() {
        long mib = 1L << 20;
        // 4 million transfers fit in a 1 GiB heap with 150 MiB in use; 10 million do not, but fit in 2 GiB
        assertNull(GraphMemory.refusal(4_000_000, 150 * mib, 1024 * mib));
        assertNull(GraphMemory.refusal(10_000_000, 150 * mib, 2048 * mib));
        String m = GraphMemory.refusal(10_000_000, 150 * mib, 1024 * mib);
        assertTrue(m.contains("about 10,000,000 rows"), m);
        assertTrue(m.contains("need about 1,119 MiB of heap"), m);
        assertTrue(m.contains("at most 1,024 MiB"), m);
        assertTrue(m.contains("SANCTIONS_MONITOR_JAVA_OPTS=-Xmx2g"), m);
        assertTrue(m.contains("bin/sanctions-monitor-spark"), m);
        // the heap already in use counts
        assertTrue(GraphMemory.refusal(4_000_000, 700 * mib, 1024 * mib) != null);
        assertNull(GraphMemory.refusal(0, 0, 64 * mib));
    }

    @Test
    void rowsComeFromTheFilesSizesAndTheirLineLength() throws IOException {
        Path f = tmp.resolve("transfers.csv");
        StringBuilder sb = new StringBuilder("tx_id,timestamp,chain,asset,from_address,to_address,amount,amount_usd,from_owner,to_owner\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("T").append(i % 10).append(",2025-01-01T00:00:00Z,ethereum,ETH,0xa,0xb,1,,,\n");
        }
        Files.writeString(f, sb);
        long rows = GraphMemory.rows(List.of(f, f));
        assertTrue(Math.abs(rows - 40_000) < 400, "rows " + rows);
        assertEquals(0, GraphMemory.rows(List.of()));
    }

    @Test
    void theCheckStopsBeforeReadingWhenTheHeapIsTooSmall() throws IOException {
        Path f = tmp.resolve("transfers.csv");
        StringBuilder sb = new StringBuilder("tx_id,timestamp,chain,asset,from_address,to_address,amount,amount_usd,from_owner,to_owner\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append("T").append(i).append(",2025-01-01T00:00:00Z,ethereum,ETH,0xa,0xb,1,,,\n");
        }
        Files.writeString(f, sb);
        // 10,000 rows need under 20 MiB: a 64 MiB heap would do; a 4 MiB one would not
        BatchCheck.checkGraphMemory(List.of(f), 1L << 40);
        InputException e = assertThrows(InputException.class, () -> BatchCheck.checkGraphMemory(List.of(f), 4L << 20));
        assertTrue(e.getMessage().contains("at most 4 MiB"), e.getMessage());
    }
}
