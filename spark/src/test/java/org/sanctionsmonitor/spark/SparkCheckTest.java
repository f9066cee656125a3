package org.sanctionsmonitor.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.cli.Main;

/** The command line of bin/sanctions-monitor-spark: check's options, output and exit codes, plus --master. */
class SparkCheckTest {

    @TempDir
    Path tmp;

    @Test
    void theSampleCheckOnSparkWritesCheckFindings() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int single = Main.execute(new String[] {"check", "--as-of", "2026-01-01", "--out", tmp.resolve("single").toString(), "-q"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, single, err.toString());
        int spark = SparkCheck.execute(new String[] {"--as-of", "2026-01-01", "--out", tmp.resolve("spark").toString(),
            "--master", "local[2]", "--partitions", "3"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, spark, err.toString());
        assertTrue(out.toString().contains("141 findings"), out.toString());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("single/findings.csv")), Files.readAllBytes(tmp.resolve("spark/findings.csv")));
        String manifest = Files.readString(tmp.resolve("spark/manifest.json"));
        assertTrue(manifest.contains("\"engine\"") && manifest.contains("\"not_distributed\""), manifest);
    }

    @Test
    void aClusterMasterIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = SparkCheck.execute(new String[] {"--master", "yarn", "--out", tmp.resolve("o").toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(2, code);
        assertTrue(err.toString().contains("--master: 'yarn'"), err.toString());
        assertTrue(!Files.exists(tmp.resolve("o/findings.csv")), "a failed run leaves no report");
    }
}
