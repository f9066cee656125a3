package org.sanctionsmonitor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesLockTest {

    @TempDir
    Path dir;

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void locksRulesAndReferenceTablesNotTestsOrDocs() throws IOException {
        write("sanctions/SAN-001-x.drl", "rule");
        write("reference/caps.csv", "a,legal_basis\n1,x\n");
        write("README.md", "docs");
        write("tests/SAN-001/fire/expected.csv", "rule_id\n");
        Map<String, String> h = RulesLock.write(dir);
        assertEquals(List.of("reference/caps.csv", "sanctions/SAN-001-x.drl"), List.copyOf(h.keySet()));
        String lock = Files.readString(dir.resolve(RulesLock.FILE));
        // sha256sum format: sha256("rule") then two spaces and the path
        assertTrue(lock.contains("7369949b47ef2c6ba26fbbee659cedc76123a75c17d321a52d8d1ef35e948042  sanctions/SAN-001-x.drl\n"), lock);
        assertEquals(RulesLock.State.MATCH, RulesLock.status(dir).state());
    }

    @Test
    void reportsChangedMissingAndUnlockedFiles() throws IOException {
        write("a/A-001-a.drl", "one");
        write("a/B-001-b.drl", "two");
        RulesLock.write(dir);
        write("tests/A-001/x/case.properties", "expect = fire"); // tests do not break the lock
        write("notes.md", "docs");
        assertTrue(RulesLock.status(dir).matches());

        write("a/A-001-a.drl", "one changed");
        Files.delete(dir.resolve("a/B-001-b.drl"));
        write("reference/new.csv", "a\n");
        RulesLock.Status s = RulesLock.status(dir);
        assertEquals(RulesLock.State.MISMATCH, s.state());
        assertEquals(1, s.changed().size());
        assertTrue(s.changed().get(0).endsWith("a/A-001-a.drl"));
        assertTrue(s.missing().get(0).endsWith("a/B-001-b.drl"));
        assertTrue(s.unlocked().get(0).endsWith("reference/new.csv"));
        assertFalse(s.matches());
        assertEquals("mismatch", s.toManifest().get("status"));
    }

    @Test
    void absentAndInvalidLocks() throws IOException {
        write("a/A-001-a.drl", "one");
        assertEquals(RulesLock.State.ABSENT, RulesLock.status(dir).state());
        write(RulesLock.FILE, "not a lock line\n");
        RulesLock.Status s = RulesLock.status(dir);
        assertEquals(RulesLock.State.INVALID, s.state());
        assertTrue(s.problems().get(0).endsWith("rules.lock:1:1 not a '<sha256>  <file>' line"), s.problems().toString());
    }
}
