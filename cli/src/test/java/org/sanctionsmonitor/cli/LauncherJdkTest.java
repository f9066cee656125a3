package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which JDK bin/sanctions-monitor runs: JAVA_HOME's when set (and refused below 17), otherwise the
 * newest JDK 17+ on the PATH or in the standard JDK folders. Fake JDKs (a release file and a bin/java
 * that does nothing) stand in for real ones; SANCTIONS_MONITOR_PRINT_JAVA=1 makes the launcher print
 * its choice and stop before building anything.
 */
class LauncherJdkTest {

    @TempDir
    Path tmp;

    private Path fakeJdk(String folder, String version) throws IOException {
        Path home = tmp.resolve(folder);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private record Run(int code, String out, String err) {
    }

    private Run launch(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "bin/sanctions-monitor", "check");
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(env);
        pb.environment().put("SANCTIONS_MONITOR_PRINT_JAVA", "1");
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "launcher did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8).strip(),
                Files.readString(err, StandardCharsets.UTF_8).strip());
    }

    private String pathWith(Path jdk) {
        return jdk.resolve("bin") + ":/usr/bin:/bin";
    }

    @Test
    void javaHomeWins() throws Exception {
        Path jdk = fakeJdk("jdk-21", "21.0.4");
        fakeJdk("dirs/jdk-25", "25.0.1");
        Run r = launch(Map.of("JAVA_HOME", jdk.toString(), "SANCTIONS_MONITOR_JDK_DIRS", tmp.resolve("dirs").toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("21 " + jdk.resolve("bin/java"), r.out());
    }

    @Test
    void javaHomeBelow17IsRefused() throws Exception {
        Path jdk = fakeJdk("jdk-11", "11.0.2");
        Run r = launch(Map.of("JAVA_HOME", jdk.toString()));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("JDK 11") && r.err().contains("JDK 17 or later is needed"), r.err());
    }

    @Test
    void newestJdkOnPathOrInStandardFolders() throws Exception {
        Path onPath = fakeJdk("path-jdk", "17.0.9");
        fakeJdk("dirs/jdk-11", "11.0.2");
        Path newest = fakeJdk("dirs/jdk-21", "21.0.4");
        fakeJdk("dirs/jdk-1.8", "1.8.0_392");
        Run r = launch(Map.of("PATH", pathWith(onPath), "SANCTIONS_MONITOR_JDK_DIRS", tmp.resolve("dirs").toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("21 " + newest.resolve("bin/java"), r.out());
    }

    @Test
    void pathJdkWhenItIsTheNewest() throws Exception {
        Path onPath = fakeJdk("path-jdk", "25.0.1");
        fakeJdk("dirs/jdk-21", "21.0.4");
        Run r = launch(Map.of("PATH", pathWith(onPath), "SANCTIONS_MONITOR_JDK_DIRS", tmp.resolve("dirs").toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("25 " + onPath.resolve("bin/java"), r.out());
    }

    @Test
    void noJdk17AnywhereIsAClearError() throws Exception {
        Path onPath = fakeJdk("path-jdk", "11.0.2");
        fakeJdk("dirs/jdk-1.8", "1.8.0_392");
        Run r = launch(Map.of("PATH", pathWith(onPath), "SANCTIONS_MONITOR_JDK_DIRS", tmp.resolve("dirs").toString()));
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no JDK 17 or later found"), r.err());
    }
}
