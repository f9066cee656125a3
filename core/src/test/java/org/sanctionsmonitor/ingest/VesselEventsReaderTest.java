package org.sanctionsmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.model.VesselEvent;

class VesselEventsReaderTest {

    @TempDir
    Path dir;

    private final List<VesselEvent> out = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();

    private ReadStats read(String content) throws IOException {
        Path f = dir.resolve("e.csv");
        Files.writeString(f, content);
        return VesselEventsReader.read(new InputFile(f, "e.csv"), out::add, rejects);
    }

    @Test
    void readsEveryColumnAndNormalisesTypeFlagsAndTime() throws IOException {
        read("""
                EVENT_ID,timestamp,event_type,vessel_name,vessel_imo,vessel_flag,other_vessel_name,other_vessel_imo,other_vessel_flag,latitude,longitude,duration_hours,port,cargo,hs_code,quantity,unit,previous_name,previous_flag,remarks
                E1,2025-04-02T01:15:00+09:00,sts,NEW SPLENDOR,9236145,Togo,YU JONG 2,IMO 8604917,"Korea, North",-31.40,+124.2,,,gas oil,2710.19,40000,KL,,Panama,seen by patrol aircraft
                """);
        assertEquals(List.of(), rejects);
        VesselEvent e = out.get(0);
        assertEquals("STS", e.eventType());
        assertEquals(Instant.parse("2025-04-01T16:15:00Z"), e.timestamp());
        assertEquals(LocalDate.of(2025, 4, 1), e.date());
        assertEquals("TG", e.vesselFlag());
        assertEquals("KP", e.otherVesselFlag());
        assertEquals("Korea, North", e.otherVesselFlagRaw());
        assertTrue(e.dprkFlagged());
        assertEquals(new BigDecimal("-31.40"), e.latitude());
        assertEquals(new BigDecimal("124.2"), e.longitude());
        assertEquals("kl", e.unit());
        assertEquals("PA", e.previousFlag());
        assertEquals("seen by patrol aircraft", e.attributes().get("remarks"));
        assertEquals("e.csv:2", e.source().toString());
        assertEquals("vessel_event", e.subjectType());
    }

    @Test
    void readsOnlyTheRequiredColumnsToo() throws IOException {
        ReadStats s = read("event_id,timestamp,event_type\nE1,2025-01-01,PORT_CALL\n");
        assertEquals(1, s.rowsAccepted());
        assertNull(out.get(0).vesselFlag());
        assertTrue(!out.get(0).dprkFlagged());
    }

    @Test
    void rejectsUnknownTypesFlagsUnitsAndPositionsWithTheReason() throws IOException {
        ReadStats s = read("""
                event_id,timestamp,event_type,vessel_flag,latitude,longitude,duration_hours,unit
                E1,2025-01-01T00:00:00Z,DRIFTING,,,,,
                E2,2025-01-01T00:00:00Z,STS,Korea,,,,
                E3,2025-01-01T00:00:00Z,AIS_GAP,,91,10,5,
                E4,2025-01-01T00:00:00Z,AIS_GAP,,10,10,-5,
                E5,2025-01-01T00:00:00Z,STS,,,,,gallons
                E6,yesterday,STS,,,,,
                E7,2025-01-01T00:00:00Z,AIS_GAP,,10,north,5,
                """);
        assertEquals(7, s.rowsRead());
        assertEquals(0, s.rowsAccepted());
        List<String> reasons = rejects.stream().map(Reject::reason).toList();
        assertTrue(reasons.get(0).contains("'DRIFTING' is not one of AIS_GAP, FLAG_CHANGE, NAME_CHANGE, PORT_CALL, STS"), reasons.get(0));
        assertTrue(reasons.get(1).contains("column 'vessel_flag': 'Korea' is not a known country"), reasons.get(1));
        assertTrue(reasons.get(2).contains("outside ±90"), reasons.get(2));
        assertTrue(reasons.get(3).contains("'-5' is not a non-negative decimal"), reasons.get(3));
        assertTrue(reasons.get(4).contains("'gallons' is not one of"), reasons.get(4));
        assertTrue(reasons.get(5).contains("'yesterday' is not an ISO-8601 timestamp"), reasons.get(5));
        assertTrue(reasons.get(6).contains("'north' is not a decimal number of degrees"), reasons.get(6));
        assertEquals(3, rejects.get(1).line());
    }

    @Test
    void aMissingRequiredColumnStopsTheRun() throws IOException {
        InputException e = assertThrows(InputException.class, () -> read("event_id,timestamp\nE1,2025-01-01\n"));
        assertTrue(e.getMessage().contains("lacks required column 'event_type'"), e.getMessage());
    }
}
