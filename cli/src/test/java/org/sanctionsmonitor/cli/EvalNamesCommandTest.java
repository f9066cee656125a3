package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.evaluation.NameEvaluation;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.NameScreener;

/**
 * The evaluation on the OFAC excerpt (fast; the full lists run through the documented
 * {@code eval} profile, see docs/name-screening.md): the suite holds every kind of variation the
 * issue names, both splits are reported, innocents are checked against the list, and a case file
 * is read with its errors named by line.
 */
class EvalNamesCommandTest {

    private static List<ListedEntity> excerpt() {
        return ListLoader.load(Path.of("core/src/test/resources/lists/ofac-sdn-dprk-excerpt"), null, new ArrayList<>()).entities();
    }

    @Test
    void theSuiteHasEveryKindAndBothSplits() {
        NameMatchingConfig config = NameMatchingConfig.load(Path.of("rules"));
        List<ListedEntity> entities = excerpt();
        NameEvaluation.Result r = NameEvaluation.run(new NameScreener(entities, config), entities, List.of());
        assertTrue(r.of("people", null).size() + r.of("companies", null).size() >= 300, "a real suite");
        assertFalse(r.of("people", NameEvaluation.HELDOUT).isEmpty());
        assertFalse(r.of("companies", NameEvaluation.DEV).isEmpty());
        List<String> kinds = r.outcomes().stream().map(o -> o.c().kind()).distinct().toList();
        for (String k : List.of("transliteration (Revised Romanisation)", "given names first", "typo", "truncated",
                "given names joined", "given name split", "legal form added", "extra words", "word order",
                "diacritics (McCune-Reischauer breves)", "swapped letters", "abbreviated words")) {
            assertTrue(kinds.contains(k), k + " missing from " + kinds);
        }
        assertEquals(List.of(), r.falsePositives(null).stream().map(o -> o.c().name()).toList());
    }

    @Test
    void anInnocentThatIsListedIsLeftOut() {
        NameMatchingConfig config = NameMatchingConfig.load(Path.of("rules"));
        List<ListedEntity> entities = excerpt();
        NameEvaluation.Case listed = new NameEvaluation.Case(NameEvaluation.INNOCENT, "test", "Sang Man KIM", null, "dev");
        NameEvaluation.Result r = NameEvaluation.run(new NameScreener(entities, config), entities, List.of(listed));
        assertEquals(1, r.innocentsListed());
        assertTrue(r.of(NameEvaluation.INNOCENT, null).stream().noneMatch(o -> o.c() == listed));
    }

    @Test
    void theCommandReportsBothSplitsPerSet(@TempDir Path dir) throws IOException {
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, "set,kind,name,expected_id,split\n"
                + "scripts,test,KIM Sang-man,43377,heldout\n"
                + "innocent,test,Maria Gonzalez,,dev\n"
                + "scripts,test,Nobody,99999999,dev\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"eval-names", "--lists", "core/src/test/resources/lists/ofac-sdn-dprk-excerpt",
            "--cases", cases.toString()}, new PrintWriter(out), new PrintWriter(err));
        String o = out.toString();
        assertTrue(code == 0 || code == 1, o + err);
        assertTrue(o.contains("1 left out: their entry is not in the list"), o);
        assertTrue(o.contains("development") && o.contains("held-out"), o);
        for (String set : List.of("people", "companies", "scripts", "innocent")) {
            assertTrue(o.lines().anyMatch(l -> l.strip().startsWith(set + " ")), set + " in " + o);
        }
    }

    @Test
    void aBadCaseFileIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, "set,kind,name,expected_id,split\npeople,test,KIM Sang-man,43377,later\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"eval-names", "--lists", "core/src/test/resources/lists/ofac-sdn-dprk-excerpt",
            "--cases", cases.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(ExitCodes.INPUT, code);
        assertTrue(err.toString().contains("cases.csv:2:5 split 'later' is not dev or heldout"), err.toString());
    }
}
