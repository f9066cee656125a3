package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A run of Han characters the translation table translates two ways (its further row: 科技 → technology, then science and technology). */
class ScriptTranslationsFurtherRunsTest {

    private static final ScriptTranslations TABLE = new ScriptTranslations(Map.of(),
            Map.of("科技", "technology", "有限公司", "co ltd", "武汉", "wuhan", "市", "-"),
            Map.of("科技", "science and technology"), Map.of());

    private static String read(String name, boolean further) {
        List<ScriptTranslations.Piece> p = TABLE.translateRuns(name, further);
        return p == null ? null : String.join("|", p.stream().map(x -> x.text() + (x.translated() ? "" : "?")).toList());
    }

    @Test
    void theFurtherEnglishReplacesTheFirstInTheSameRuns() {
        assertEquals("wuhan|technology|co ltd", read("武汉科技有限公司", false));
        assertEquals("wuhan|science and technology|co ltd", read("武汉科技有限公司", true));
        assertEquals("wuhan|晓睿智?|science and technology|co ltd", read("武汉晓睿智科技有限公司", true), "an untranslated run stays a piece");
        assertEquals(read("武汉科技有限公司", false), TABLE.translateRuns("武汉科技有限公司").stream()
                .map(x -> x.text()).reduce((a, b) -> a + "|" + b).orElseThrow(), "the one-argument form is the first English");
    }

    @Test
    void noFurtherReadingWithoutARunThatHasOne() {
        assertEquals("wuhan|co ltd", read("武汉有限公司", false));
        assertNull(read("武汉有限公司", true), "no run with a further English: no second reading");
        assertNull(new ScriptTranslations(Map.of(), Map.of("科技", "technology"), Map.of()).translateRuns("科技", true),
                "a table without further rows gives none");
    }
}
