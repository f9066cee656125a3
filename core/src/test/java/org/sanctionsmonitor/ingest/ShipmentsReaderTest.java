package org.sanctionsmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.model.Shipment;

class ShipmentsReaderTest {

    @TempDir
    Path dir;

    private final List<Shipment> out = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();

    private ReadStats read(String content) throws IOException {
        Path f = dir.resolve("s.csv");
        Files.writeString(f, content);
        return ShipmentsReader.read(new InputFile(f, "s.csv"), out::add, rejects);
    }

    @Test
    void readsOnlyTheRequiredColumnsToo() throws IOException {
        read("shipment_id,date\nS1,2025-02-03\n");
        assertEquals(1, out.size());
        assertEquals(LocalDate.of(2025, 2, 3), out.get(0).date());
        assertNull(out.get(0).originCountry());
        assertEquals(List.of(), out.get(0).parties());
    }

    @Test
    void normalisesCountriesAndKeepsTheTextAsWritten() throws IOException {
        read("""
                shipment_id,date,origin_country,destination_country,consignee,consignee_country,transshipment_ports,vessel_imo,unit,quantity
                S1,2025-02-03,"Korea, North",Republic of Korea,Acme,South Korea,Rotterdam; Singapore,IMO 8705539,T,12.5
                """);
        Shipment s = out.get(0);
        assertEquals("KP", s.originCountry());
        assertEquals("Korea, North", s.originCountryRaw());
        assertEquals("KR", s.destinationCountry());
        assertEquals("KR", s.consignee().country());
        assertEquals(List.of("Rotterdam", "Singapore"), s.transshipmentPorts());
        assertEquals("IMO 8705539", s.vesselImo());
        assertEquals("t", s.unit());
        assertEquals("s.csv:2", s.source().toString());
        assertEquals(List.of("consignee"), s.parties().stream().map(Shipment.Party::role).toList());
    }

    @Test
    void rejectsUnknownCountriesUnitsAndDates() throws IOException {
        ReadStats st = read("""
                shipment_id,date,origin_country,unit
                S1,2025-02-03,"Korea, Nroth",t
                S2,2025-02-30,CN,t
                S3,2025-02-03,CN,barrels
                S4,2025-02-03,CN,bbl
                """);
        assertEquals(4, st.rowsRead());
        assertEquals(1, st.rowsAccepted());
        assertEquals(3, rejects.size());
        assertTrue(rejects.get(0).reason().contains("'Korea, Nroth' is not a known country"), rejects.get(0).reason());
        assertTrue(rejects.get(1).reason().contains("'2025-02-30' is not an ISO-8601 date"), rejects.get(1).reason());
        assertTrue(rejects.get(2).reason().contains("'barrels' is not one of"), rejects.get(2).reason());
    }
}
