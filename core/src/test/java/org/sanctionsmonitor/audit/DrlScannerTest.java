package org.sanctionsmonitor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DrlScannerTest {

    private static String rule(String consequence) {
        return """
                package t;
                import org.sanctionsmonitor.model.Shipment;
                global org.sanctionsmonitor.engine.FindingCollector findings;
                rule "TST-001 Test"
                    @id("TST-001")
                when
                    $s : Shipment(destinationCountry == "KP")
                then
                    %s
                end
                """.formatted(consequence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "System.exit(1);",
        "java.lang.System.exit(0);",
        "System.out.println($s);",
        "System.getenv(\"HOME\");",
        "Runtime.getRuntime().exec(\"ls\");",
        "new ProcessBuilder(\"ls\").start();",
        "Class.forName(\"x\");",
        "$s.getClass().getDeclaredMethod(\"x\");",
        "$s.getClass().getMethod(\"x\").invoke($s);",
        "java.lang.reflect.Array.getLength(null);",
        "java.nio.file.Files.readString(null);",
        "Files.readString(null);",
        "new java.io.FileReader(\"/etc/passwd\");",
        "new java.net.URL(\"http://example.com\").openStream();",
        "new Socket(\"example.com\", 80);",
        "new Thread(() -> {}).start();",
        "java.util.concurrent.Executors.newFixedThreadPool(2);",
        "java.time.LocalDate.now();",
        "kcontext.getKieRuntime().halt();",
        "findings.drain();",
    })
    void forbiddenUseInAConsequenceIsFound(String code) {
        List<DrlScanner.Hit> hits = DrlScanner.scan(rule(code));
        assertTrue(!hits.isEmpty(), "not found: " + code);
        DrlScanner.Hit h = hits.get(0);
        assertEquals(9, h.line(), "line of " + code);
        assertEquals("rule \"TST-001 Test\", consequence", h.where());
    }

    @Test
    void raisingAFindingIsAllowed() {
        assertEquals(List.of(), DrlScanner.scan(rule("findings.raise(kcontext, $s, $s.originCountryRaw(), \"x\" + $s.portOfLoading());")));
    }

    @Test
    void commentsStringsAndMetadataAreNotCode() {
        String drl = rule("""
                // System.exit(1) in a comment
                /* Runtime.getRuntime() and
                   new Thread() in a block comment */
                findings.raise(kcontext, $s, "System.exit(1)", "a File, a Thread, java.io and \\"Runtime\\"");""")
                .replace("@id(\"TST-001\")", "@id(\"TST-001\") @legalBasis(\"31 CFR 510.201; System.exit\")");
        assertEquals(List.of(), DrlScanner.scan(drl));
    }

    @Test
    void positionsAndPartsAreReported() {
        String drl = """
                package t;
                import java.io.File;
                function String read() {
                    return "x" + new java.util.Scanner(System.in).next();
                }
                rule "TST-002 Condition calls out"
                when
                    $s : org.sanctionsmonitor.model.Shipment(eval(Runtime.getRuntime() != null))
                then
                end
                """;
        List<DrlScanner.Hit> hits = DrlScanner.scan(drl);
        assertEquals(2, hits.get(0).line());
        assertEquals(8, hits.get(0).column());
        assertEquals("declarations", hits.get(0).where());
        assertTrue(hits.stream().anyMatch(h -> h.line() == 4 && h.where().equals("function read") && h.token().equals("System.in")), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.line() == 8 && h.where().equals("rule \"TST-002 Condition calls out\", condition")
                && h.token().equals("Runtime")), hits.toString());
    }

    @Test
    void overlappingUsesAreReportedOnce() {
        List<DrlScanner.Hit> hits = DrlScanner.scan(rule("Class.forName(\"x\");"));
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("Class.forName", hits.get(0).token());
    }

    @Test
    void theRealRulesAreClean() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            List<Path> drls = walk.filter(p -> p.toString().endsWith(".drl")).toList();
            assertTrue(drls.size() >= 7);
            for (Path p : drls) {
                assertEquals(List.of(), DrlScanner.scan(Files.readString(p)), p.toString());
            }
        }
    }
}
