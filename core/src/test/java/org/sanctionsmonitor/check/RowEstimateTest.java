package org.sanctionsmonitor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RowEstimateTest {

    @TempDir
    Path dir;

    @Test
    void smallFilesAreCountedExactly() throws Exception {
        assertEquals(2, RowEstimate.of(write("h\na\nb\n")));
        assertEquals(2, RowEstimate.of(write("h\na\nb")), "a last line without a line end counts");
        assertEquals(0, RowEstimate.of(write("h\n")));
        assertEquals(0, RowEstimate.of(write("")));
    }

    @Test
    void largeFilesAreEstimatedFromTheirFirstLines() throws Exception {
        StringBuilder sb = new StringBuilder("tx_id,amount\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "TX-%07d,1.5\n", i));
        }
        long est = RowEstimate.of(write(sb.toString()));
        assertTrue(Math.abs(est - 100_000) < 1_000, "estimate " + est + " within 1% of 100000");
    }

    @Test
    void unknownWhenTheFileCannotBeSizedOrHasNoLineInTheSample() throws Exception {
        assertEquals(-1, RowEstimate.of(dir.resolve("missing.csv")));
        assertEquals(-1, RowEstimate.estimate(1_000_000, "abc".getBytes(StandardCharsets.UTF_8), 3));
    }

    private Path write(String text) throws Exception {
        Path p = Files.createTempFile(dir, "f", ".csv");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
