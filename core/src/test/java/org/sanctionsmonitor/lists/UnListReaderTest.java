package org.sanctionsmonitor.lists;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Dates;

/**
 * The UN consolidated list XML, on ten real records cut unchanged from the UN's file of
 * 2026-02-27 (src/test/resources/lists/un-consolidated-excerpt.xml; see the README there).
 */
class UnListReaderTest {

    static final Path EXCERPT = Path.of("core/src/test/resources/lists/un-consolidated-excerpt.xml");

    static EntityList load(Path p, List<Reject> rejects) {
        return ListLoader.load(p, null, rejects);
    }

    @Test
    void readsTheExcerpt() {
        List<Reject> rejects = new ArrayList<>();
        EntityList l = load(EXCERPT, rejects);
        assertEquals("un", l.format());
        assertEquals("UN", l.name());
        assertEquals(List.of(), rejects);
        assertEquals(10, l.entities().size());
        assertEquals(LocalDate.of(2026, 2, 27), l.published(), "dateGenerated");
        Map<String, ListedEntity> m = OtherListReadersTest.byId(l);

        ListedEntity han = m.get("KPi.055");
        assertEquals("UN", han.listSource());
        assertEquals("individual", han.type());
        assertEquals("HAN JANG SU", han.name(), "names from their parts, in the UN's order");
        assertEquals(List.of("Chang-Su Han"), han.aliases());
        assertEquals(List.of("1969-11-07"), han.dobs());
        assertEquals(List.of("KP"), han.nationalities());
        assertEquals(List.of("DPRK"), han.programs(), "UN_LIST_TYPE is the program");
        assertEquals("2017-08-05", han.attributes().get("listed_on"));
        assertEquals("745420176", han.attributes().get("passports"));
        assertTrue(han.attributes().get("documents").startsWith("Passport 745420176"), han.attributes().toString());
        assertEquals("core/src/test/resources/lists/un-consolidated-excerpt.xml", han.source().file());

        ListedEntity choe = m.get("KPi.064");
        assertEquals(List.of(), choe.aliases());
        assertEquals(List.of("Choe Sok Min"), choe.weakAliases(), "QUALITY Low is a weak alias");

        ListedEntity kim = m.get("KPi.066");
        assertEquals(List.of("1967 to 1969"), kim.dobs(), "BETWEEN FROM_YEAR/TO_YEAR");
        assertEquals(LocalDate.of(1967, 1, 1), Dates.dobRange(kim.dobs().get(0)).orElseThrow().from());
        assertEquals(LocalDate.of(1969, 12, 31), Dates.dobRange(kim.dobs().get(0)).orElseThrow().to());

        ListedEntity leopold = m.get("CDi.014");
        assertEquals(List.of("1962-03-17", "circa 1966"), leopold.dobs(), "an exact date and an approximate year");
        assertTrue(Dates.dobRange("circa 1966").isPresent(), "the screening reads the approximate form");
        assertEquals(List.of("Musenyeri", "Achille", "Frere Petrus Ibrahim"), leopold.weakAliases());

        ListedEntity qusay = m.get("IQi.002");
        assertEquals("QUSAY SADDAM HUSSEIN AL-TIKRITI", qusay.name(), "four name parts");
        assertEquals(List.of("قصي صدام حسين التكريتي"), qusay.aliases(), "the original-script name is an alias; the empty alias is ignored");
        assertEquals("Arabic", qusay.attributes().get("original_script"));
        assertEquals(List.of("1965", "1966"), qusay.dobs(), "EXACT with a YEAR only");

        ListedEntity umarov = m.get("QDi.290");
        assertEquals("Cyrillic", umarov.attributes().get("original_script"));
        assertEquals(List.of("RU"), umarov.nationalities());
        assertEquals("former Soviet Union", umarov.attributes().get("unrecognised_countries"),
                "a country the tool does not know is kept, not dropped");
        assertEquals(List.of("Lom-ali Butayev (Butaev)", "Dokka Umarov", "Умаров Доку Хаматович"), umarov.aliases(),
                "a repeated alias once");

        assertEquals(List.of(), m.get("SDi.001").nationalities(), "'na' is not available, not Namibia");

        ListedEntity omm = m.get("KPe.020");
        assertEquals("entity", omm.type());
        assertEquals("1790183", omm.attributes().get("company_imo"),
                "'International Maritime Organization (IMO) Number: 1790183' read out of COMMENTS1");
        assertEquals(List.of(), omm.imos(), "a company's IMO number is not a vessel's");
        assertEquals(List.of("KP"), omm.countries());
        assertEquals("5342883", m.get("KPe.022").attributes().get("company_imo"), "'IMO Number: 5342883'");
        assertEquals("5434358", m.get("KPe.066").attributes().get("company_imo"), "'Company Number IMO 5434358'");

        Map<String, Object> notes = l.readNotes();
        assertEquals(3L, notes.get("company_imo_numbers_from_comments"));
        assertEquals(0L, notes.get("vessel_imo_numbers_from_comments"));
        assertEquals(1L, notes.get("nationality_not_available"));
        assertEquals(Map.of("former Soviet Union", 1L), notes.get("unrecognised_countries"));
    }

    @Test
    void commentImoNeedsTheWordImoNextToIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("un.xml");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z"><INDIVIDUALS/><ENTITIES>
                <ENTITY><FIRST_NAME>A CO</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPe.900</REFERENCE_NUMBER>
                <COMMENTS1>Owner of vessel X; telephone 8604917; registered 2017.</COMMENTS1></ENTITY>
                </ENTITIES></CONSOLIDATED_LIST>
                """, StandardCharsets.UTF_8);
        EntityList l = load(f, new ArrayList<>());
        assertNull(l.entities().get(0).attributes().get("company_imo"), "seven digits without 'IMO' are not read as one");
        assertEquals(0L, l.readNotes().get("company_imo_numbers_from_comments"));
    }

    @Test
    void aRecordWithoutReferenceNumberIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("un.xml");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z"><INDIVIDUALS>
                <INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>KPi.900</REFERENCE_NUMBER></INDIVIDUAL>
                <INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>B</FIRST_NAME></INDIVIDUAL>
                </INDIVIDUALS></CONSOLIDATED_LIST>
                """, StandardCharsets.UTF_8);
        List<Reject> rejects = new ArrayList<>();
        EntityList l = load(f, rejects);
        assertEquals(1, l.entities().size());
        assertEquals(1, rejects.size());
        assertEquals(4, rejects.get(0).line());
        assertTrue(rejects.get(0).reason().contains("REFERENCE_NUMBER"), rejects.get(0).reason());
        assertEquals(1, l.files().get(0).rowsRejected());
    }

    @Test
    void aTruncatedFileStopsWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        String whole = Files.readString(EXCERPT);
        Path f = dir.resolve("truncated.xml");
        Files.writeString(f, whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> load(f, new ArrayList<>()));
        assertTrue(e.getMessage().matches("(?s).*truncated\\.xml:\\d+:\\d+: not well-formed XML.*"), e.getMessage());
    }

    @Test
    void aMalformedFileStopsWithFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.xml");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z"><INDIVIDUALS>
                <INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>KPi.900</REFERENCE_NUMBER></INDIVIDUAL>
                <INDIVIDUAL><FIRST_NAME>B & C</FIRST_NAME></INDIVIDUAL>
                </INDIVIDUALS></CONSOLIDATED_LIST>
                """, StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> load(f, new ArrayList<>()));
        assertTrue(e.getMessage().contains("bad.xml:4:"), e.getMessage());
    }

    @Test
    void detectionSkipsBomPrologAndComments(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("un.xml");
        Files.writeString(f, "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- a comment -->\n<?pi x?>\n"
                + "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\"><INDIVIDUALS>"
                + "<INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>KPi.900</REFERENCE_NUMBER></INDIVIDUAL>"
                + "</INDIVIDUALS></CONSOLIDATED_LIST>\n", StandardCharsets.UTF_8);
        EntityList l = load(f, new ArrayList<>());
        assertEquals("un", l.format());
        assertEquals("KPi.900", l.entities().get(0).entityId());
    }

    @Test
    void anUnknownXmlRootNamesTheFormatsUnderstood(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("other.xml");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<export><entry/></export>\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> load(f, new ArrayList<>()));
        assertTrue(e.getMessage().contains("root element is <export>"), e.getMessage());
        assertTrue(e.getMessage().contains("CONSOLIDATED_LIST"), e.getMessage());
        assertTrue(e.getMessage().contains("sdn.csv"), e.getMessage());
    }
}
