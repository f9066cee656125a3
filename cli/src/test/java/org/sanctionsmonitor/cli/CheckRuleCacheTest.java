package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.audit.TestFiles;

/**
 * The check on the samples with rules compiled now and with the same rules read from the cache of
 * compiled rules: byte-identical findings, and the manifest says which it was.
 */
class CheckRuleCacheTest {

    @Test
    void findingsAreTheSameBytesWhetherTheRulesWereCompiledOrCached(@TempDir Path dir) throws Exception {
        // two copies of the rules: the in-process verification cache is per folder, the compiled-rule cache per content
        Path first = TestFiles.copyRules(Path.of("rules"), dir.resolve("r1"), false);
        Path second = TestFiles.copyRules(Path.of("rules"), dir.resolve("r2"), false);
        String before = System.getProperty("sanctions.ruleCache");
        System.setProperty("sanctions.ruleCache", dir.resolve("cache").toString());
        try {
            assertEquals(0, check(first, dir.resolve("a")));
            assertEquals(0, check(second, dir.resolve("b")));
        } finally {
            if (before == null) {
                System.clearProperty("sanctions.ruleCache");
            } else {
                System.setProperty("sanctions.ruleCache", before);
            }
        }
        assertTrue(Files.readString(dir.resolve("a/manifest.json")).contains("\"rules_build\" : \"compiled from the rule files\""));
        assertTrue(Files.readString(dir.resolve("b/manifest.json")).contains("\"rules_build\" : \"read from the compiled-rule cache\""));
        assertTrue(Files.readAllLines(dir.resolve("a/findings.csv")).size() > 50);
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/findings.csv")), Files.readAllBytes(dir.resolve("b/findings.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/findings.json")), Files.readAllBytes(dir.resolve("b/findings.json")));
    }

    private static int check(Path rules, Path out) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"check", "--as-of", "2025-06-01", "--rules", rules.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertTrue(code == 0, err.toString());
        return code;
    }
}
