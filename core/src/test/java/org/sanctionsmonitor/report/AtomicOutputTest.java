package org.sanctionsmonitor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path out;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void filesAppearOnlyOnCommit() throws IOException {
        try (AtomicOutput o = new AtomicOutput(out)) {
            o.write("a.csv", w -> w.write("new a"));
            o.write("b.json", w -> w.write("new b"));
            assertTrue(names().stream().allMatch(n -> n.startsWith(".staging-")), names().toString());
            o.commit();
        }
        assertEquals(List.of("a.csv", "b.json"), names());
        assertEquals("new a", Files.readString(out.resolve("a.csv")));
    }

    @Test
    void aFailureWhileWritingLeavesThePreviousReportsIntactAndNoStagingBehind() throws IOException {
        Files.writeString(out.resolve("a.csv"), "old a");
        Files.writeString(out.resolve("b.json"), "old b");
        assertThrows(IOException.class, () -> {
            try (AtomicOutput o = new AtomicOutput(out)) {
                o.write("a.csv", w -> w.write("new a"));
                o.write("b.json", w -> {
                    w.write("half of b");
                    throw new IOException("disk full");
                });
                o.commit();
            }
        });
        assertEquals("old a", Files.readString(out.resolve("a.csv")));
        assertEquals("old b", Files.readString(out.resolve("b.json")));
        assertEquals(List.of("a.csv", "b.json"), names());
    }

    @Test
    void staleStagingFoldersFromAnInterruptedRunAreRemoved() throws IOException {
        Path stale = Files.createDirectory(out.resolve(".staging-123"));
        Files.writeString(stale.resolve("findings.csv"), "half");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000L));
        Path fresh = Files.createDirectory(out.resolve(".staging-456")); // another run still writing
        try (AtomicOutput o = new AtomicOutput(out)) {
            o.write("a.csv", w -> w.write("a"));
            o.commit();
        }
        assertTrue(Files.notExists(stale));
        assertTrue(Files.exists(fresh));
    }
}
