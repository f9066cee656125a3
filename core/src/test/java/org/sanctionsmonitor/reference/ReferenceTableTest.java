package org.sanctionsmonitor.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.finding.RuleException;

class ReferenceTableTest {

    @TempDir
    Path dir;

    private ReferenceTable load(String content, String... required) throws IOException {
        Files.createDirectories(dir.resolve("reference"));
        Files.writeString(dir.resolve("reference/t.csv"), content);
        return ReferenceTable.load(dir, "t.csv", List.of(required));
    }

    @Test
    void readsRowsWithKeysProvenanceAndCommentsSkipped() throws IOException {
        ReferenceTable t = load("""
                # a reviewed table
                id,value,note
                A, 1 ,"quoted, with comma"
                # a comment between rows
                B,2,
                """, "id", "value");
        assertEquals("t", t.name());
        assertEquals(List.of("id", "value", "note"), t.columns());
        assertEquals(2, t.rows().size());
        ReferenceRow a = t.rows().get(0);
        assertEquals("A", a.key());
        assertEquals("1", a.get("value"));
        assertEquals("quoted, with comma", a.get("note"));
        assertEquals("rules/reference/t.csv:3", a.source().toString());
        assertEquals("rules/reference/t.csv:5", t.rows().get(1).source().toString());
        assertEquals(null, t.rows().get(1).get("note"));
        assertEquals(1, t.decimal(a, "value").intValue());
    }

    @Test
    void reportsEveryProblemWithFileLineAndColumn() throws IOException {
        RuleException e = assertThrows(RuleException.class, () -> load("""
                id,value
                A,1
                A,2
                B,
                C,1,extra
                """, "id", "value"));
        assertEquals(List.of(
                "rules/reference/t.csv:3:1 duplicate key 'A' in column 'id'",
                "rules/reference/t.csv:4:2 missing value in column 'value'",
                "rules/reference/t.csv:5:1 expected 2 fields as in the header, found 3"), e.problems());
    }

    @Test
    void refusesMissingColumnsFilesAndBadCells() throws IOException {
        RuleException e = assertThrows(RuleException.class, () -> load("id,other\nA,1\n", "id", "value"));
        assertTrue(e.getMessage().contains("missing required column 'value'"), e.getMessage());
        RuleException missing = assertThrows(RuleException.class, () -> ReferenceTable.load(dir, "nope.csv", List.of()));
        assertTrue(missing.getMessage().startsWith("rules/reference/nope.csv:0:0 the reference table is missing"), missing.getMessage());
        ReferenceTable t = load("id,value\nA,ten\n", "id");
        RuleException cell = assertThrows(RuleException.class, () -> t.decimal(t.rows().get(0), "value"));
        assertEquals("rules/reference/t.csv:2:2 column 'value': 'ten' is not a decimal number", cell.getMessage());
        RuleException one = assertThrows(RuleException.class, () -> t.oneOf(t.rows().get(0), "value", Set.of("yes", "no")));
        assertTrue(one.getMessage().contains("'ten' is not one of [no, yes]"), one.getMessage());
    }
}
