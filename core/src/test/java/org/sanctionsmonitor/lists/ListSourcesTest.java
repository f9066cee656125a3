package org.sanctionsmonitor.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.ingest.InputException;

/** list-sources.csv is read in the one dialect of the reference tables, and its rows are checked. */
class ListSourcesTest {

    @TempDir
    Path dir;

    private Path table(String content) throws IOException {
        Path p = dir.resolve("list-sources.csv");
        Files.writeString(p, content);
        return p;
    }

    @Test
    void commentsAnywhereQuotedFieldsAndTheRowLine() throws IOException {
        ListSources s = ListSources.load(table("""
                # source: test
                id,format,url,checksum_source,note
                un-sc,un-xml,https://example.org/consolidated.xml,none,"a note, with a comma"
                # a comment between rows
                ofac-legacy,ofac-legacy,https://example.org/SDN.CSV;https://example.org/ADD.CSV,sha256-page:https://example.org/sums,
                """));
        assertEquals(List.of("un-sc", "ofac-legacy"), s.sources().stream().map(ListSources.Source::id).toList());
        ListSources.Source legacy = s.sources().get(1);
        assertEquals(5, legacy.line());
        assertEquals(List.of("sdn.csv", "add.csv"), legacy.urls().stream().map(ListSources.Source::fileName).toList());
        assertEquals("https://example.org/sums", legacy.checksumPage().toString());
    }

    @Test
    void aBadTableOrRowStopsWithFileLineAndReason() throws IOException {
        String shown = org.sanctionsmonitor.ingest.DisplayPaths.display(dir.resolve("list-sources.csv"));
        InputException twice = assertThrows(InputException.class, () -> ListSources.load(table("""
                id,format,url,checksum_source
                un-sc,un-xml,https://example.org/a.xml,none
                un-sc,un-xml,https://example.org/b.xml,none
                """)));
        assertEquals(shown + ":3:1 duplicate key 'un-sc' in column 'id'", twice.getMessage());
        InputException noUrl = assertThrows(InputException.class, () -> ListSources.load(table("""
                id,format,url,checksum_source
                un-sc,un-xml,,none
                """)));
        assertEquals(shown + ":2:3 missing value in column 'url'", noUrl.getMessage());
        InputException ftp = assertThrows(InputException.class, () -> ListSources.load(table("""
                id,format,url,checksum_source
                un-sc,un-xml,ftp://example.org/a.xml,none
                """)));
        assertEquals(shown + ":2: url 'ftp://example.org/a.xml' is not an http(s) address of a file", ftp.getMessage());
        InputException column = assertThrows(InputException.class, () -> ListSources.load(table("id,format,url\n")));
        assertTrue(column.getMessage().startsWith(shown + ":1:1 missing required column 'checksum_source'"), column.getMessage());
    }

    @Test
    void theReviewedTableLoads() {
        ListSources s = ListSources.load(Path.of("rules/reference/list-sources.csv"));
        assertTrue(s.sources().size() >= 4, s.sources().toString());
    }
}
