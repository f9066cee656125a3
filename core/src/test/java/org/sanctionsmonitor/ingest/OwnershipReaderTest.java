package org.sanctionsmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.model.OwnershipStatement;

/** The ownership feed (contract: owner, owned, share; optional owner_id, owned_id, control, as_of, source). */
class OwnershipReaderTest {

    @TempDir
    Path dir;

    private final List<OwnershipStatement> out = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();

    private ReadStats read(String content) throws IOException {
        Path f = dir.resolve("ownership.csv");
        Files.writeString(f, content);
        return OwnershipReader.read(new InputFile(f, "ownership.csv"), out::add, rejects);
    }

    @Test
    void readsColumnsInAnyOrder() throws IOException {
        ReadStats s = read("""
                Share,OWNED,owner,owner_id,control,as_of,source,note
                60,Example Holding Ltd,KOMID,9345,yes,2025-01-15,registry,checked by hand
                49.90,Example Trading Ltd,Example Holding Ltd,,no,,,
                50%,Example Other Ltd,Someone,,,,,
                """);
        assertEquals(3, s.rowsAccepted());
        OwnershipStatement a = out.get(0);
        assertEquals("KOMID", a.owner());
        assertEquals("9345", a.ownerId());
        assertEquals("Example Holding Ltd", a.owned());
        assertNull(a.ownedId());
        assertEquals(new BigDecimal("60"), a.share());
        assertEquals(Boolean.TRUE, a.control());
        assertEquals(LocalDate.of(2025, 1, 15), a.asOf());
        assertEquals("registry", a.sourceName());
        assertEquals(Map.of("note", "checked by hand"), a.attributes());
        assertEquals("ownership.csv:2", a.source().toString());
        assertEquals("49.9", out.get(1).share().toPlainString(), "trailing zeros are not part of the share");
        assertEquals(Boolean.FALSE, out.get(1).control());
        assertEquals(new BigDecimal("50"), out.get(2).share());
        assertNull(out.get(2).control(), "control not stated");
    }

    @Test
    void aShareOutsideZeroToHundredOrNotANumberRejectsTheRow() throws IOException {
        ReadStats s = read("""
                owner,owned,share,control
                A,B,100.5,
                A,C,-10,
                A,D,about half,
                A,E,,
                A,F,0,maybe
                A,A,20,
                A,G,100,
                """);
        assertEquals(1, s.rowsAccepted());
        assertEquals(6, s.rowsRejected());
        assertEquals("ownership.csv", rejects.get(0).file());
        assertEquals(2, rejects.get(0).line());
        assertTrue(rejects.get(0).reason().contains("above 100 percent"), rejects.get(0).reason());
        assertTrue(rejects.get(1).reason().contains("'-10' is not a percentage"), rejects.get(1).reason());
        assertTrue(rejects.get(2).reason().contains("'about half' is not a percentage"), rejects.get(2).reason());
        assertTrue(rejects.get(3).reason().contains("missing required value in column 'share'"), rejects.get(3).reason());
        assertTrue(rejects.get(4).reason().contains("column 'control': 'maybe' is not yes or no"), rejects.get(4).reason());
        assertTrue(rejects.get(5).reason().contains("owner and owned are the same party"), rejects.get(5).reason());
        assertEquals(7, rejects.get(5).line());
    }

    @Test
    void aMissingRequiredColumnStopsTheRun() {
        assertThrows(InputException.class, () -> read("owner,owned\nA,B\n"));
    }
}
