package org.sanctionsmonitor.normalize;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A run of Han characters the translation table translates two ways (its further row: 科技 → technology, then science and technology). */
class ScriptTranslationsFurtherRunsTest {

    private static final ScriptTranslations TABLE = new ScriptTranslations(Map.of(),
            Map.of("科技", "technology", "有限公司", "co ltd", "武汉", "wuhan", "香港", "hong kong", "市", "-"),
            Map.of("科技", "science and technology", "香港", "hk"), Map.of());

    private static String text(List<ScriptTranslations.Piece> p) {
        return String.join("|", p.stream().map(x -> x.text() + (x.translated() ? "" : "?")).toList());
    }

    private static List<String> further(String name) {
        return TABLE.translateFurtherRuns(name).stream().map(ScriptTranslationsFurtherRunsTest::text).toList();
    }

    @Test
    void theFurtherEnglishReplacesTheFirstInTheSameRuns() {
        assertEquals("wuhan|technology|co ltd", text(TABLE.translateRuns("武汉科技有限公司")));
        assertEquals(List.of("wuhan|science and technology|co ltd"), further("武汉科技有限公司"));
        assertEquals(List.of("wuhan|晓睿智?|science and technology|co ltd"), further("武汉晓睿智科技有限公司"), "an untranslated run stays a piece");
    }

    @Test
    void eachRunWithAFurtherEnglishAloneThenAllTogether() {
        assertEquals(List.of("hk|technology|co ltd", "hong kong|science and technology|co ltd", "hk|science and technology|co ltd"),
                further("香港科技有限公司"), "one run's further English must not take away the other run's first English");
    }

    @Test
    void noFurtherReadingWithoutARunThatHasOne() {
        assertEquals("wuhan|co ltd", text(TABLE.translateRuns("武汉有限公司")));
        assertEquals(List.of(), further("武汉有限公司"));
        assertEquals(List.of(), new ScriptTranslations(Map.of(), Map.of("科技", "technology"), Map.of()).translateFurtherRuns("科技"),
                "a table without further rows gives none");
    }
}
