package org.sanctionsmonitor.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceTablesTest {

    @TempDir
    Path dir;

    private ReferenceTables.Check check(String content) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return ReferenceTables.check(f, "rules/reference/t.csv");
    }

    @Test
    void aWellFormedTableWithLegalBasisPasses() throws IOException {
        ReferenceTables.Check c = check("hs_code,description,legal_basis\n2701,\"Coal, anthracite\",UNSCR 2371 (2017) para 8\n"
                + "2709,Crude petroleum,\"UNSCR 2397 (2017) para 4\"\n");
        assertEquals(List.of(), c.problems());
        assertEquals(List.of(), c.notes());
        assertEquals(2, c.rows());
    }

    @Test
    void aTuningTableWithARationalePasses() throws IOException {
        ReferenceTables.Check c = check("parameter,value,rationale\nname_threshold,0.92,\"no innocent name scored above it\"\n");
        assertEquals(List.of(), c.problems());
        assertEquals(List.of(), c.notes());
    }

    @Test
    void aTableWithNeitherLegalBasisNorRationaleIsAProblem() throws IOException {
        ReferenceTables.Check c = check("parameter,value\nname_threshold,0.92\n");
        assertEquals(1, c.problems().size(), c.problems().toString());
        assertTrue(c.problems().get(0).startsWith("rules/reference/t.csv:1:1 neither a legal_basis nor a rationale column"),
                c.problems().toString());
        assertEquals(List.of(), c.notes());
    }

    @Test
    void commentsAndBlankLinesAreAllowedAnywhere() throws IOException {
        ReferenceTables.Check c = check("# what the table is\n\nhs_code,legal_basis\n# a row left out: 2702\n2701,UNSCR 2371\n\n"
                + "2709,UNSCR 2397\n");
        assertEquals(List.of(), c.problems());
        assertEquals(2, c.rows());
    }

    @Test
    void emptyLegalBasisIsAProblemWithItsPosition() throws IOException {
        ReferenceTables.Check c = check("hs_code,legal_basis\n2701,UNSCR 2371\n2709,  \n");
        assertEquals(List.of("rules/reference/t.csv:3:2 empty legal_basis: every row must cite its legal basis"), c.problems());
    }

    @Test
    void raggedRowsAndHeadersAreProblems() throws IOException {
        assertEquals(List.of("rules/reference/t.csv:2:1 expected 3 fields as in the header, found 4"),
                check("a,b,rationale\n1,2,3,4\n").problems());
        assertEquals(List.of("rules/reference/t.csv:1:2 duplicate header 'a' (also column 1)"), check("a,A\n1,2\n").problems());
        assertEquals(List.of("rules/reference/t.csv:1:1 the reference table is empty; a header row is required"), check("").problems());
    }

    @Test
    void brokenQuotingAndInvalidUtf8AreProblems() throws IOException {
        List<String> p = check("a,b\n1,\"open\n").problems();
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("rules/reference/t.csv:2:0 not RFC 4180 CSV"), p.get(0));
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "country,legal_basis\nC\u00f4te d'Ivoire,x\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("rules/reference/latin1.csv:0:0 not valid UTF-8"),
                ReferenceTables.check(f, "rules/reference/latin1.csv").problems());
    }
}
