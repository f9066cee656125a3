package org.sanctionsmonitor.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;

class NativeListReaderTest {

    @TempDir
    Path dir;

    private final List<Reject> rejects = new ArrayList<>();

    private Path file(String content) throws IOException {
        Path f = dir.resolve("my-list.csv");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void readsEveryColumn() throws IOException {
        EntityList l = ListLoader.load(file("""
                entity_id,name,type,aliases,weak_aliases,programs,countries,imo,crypto_addresses,bic,dob,nationality,linked_to,list
                43377,"KIM, Sang Man",individual,"KIM, Sangman",,DPRK4,"Korea, North;Russia",,ETH:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40;USDT:0xb6f5ec1a0a9cd1526536d3f0426c429529471f40,,24 Jul 1980,"Korea, North",LAZARUS GROUP,OFAC-SDN
                23163,KUM UN SAN 3,Vessel,,,DPRK4,,IMO 8705539,,,,,,
                15603,FOREIGN TRADE BANK,,,,NPWMD;DPRK3,KP,,,ftbdkppy,,,,
                """), null, rejects);
        assertEquals(List.of(), rejects);
        assertEquals("native", l.format());
        assertEquals(3, l.entities().size());
        ListedEntity kim = l.entities().get(0);
        assertEquals("OFAC-SDN", kim.listSource());
        assertEquals(List.of("KIM, Sangman"), kim.aliases());
        assertEquals(List.of("KP", "RU"), kim.countries());
        assertEquals(List.of(new CryptoAddress("ETH", "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40"),
                new CryptoAddress("USDT", "0xb6f5ec1a0a9cd1526536d3f0426c429529471f40")), kim.cryptoAddresses());
        assertEquals(List.of("KP"), kim.nationalities());
        ListedEntity vessel = l.entities().get(1);
        assertEquals("vessel", vessel.type());
        assertEquals(List.of("8705539"), vessel.imos());
        assertEquals("my-list", vessel.listSource()); // no list cell: the file's name
        assertEquals(List.of("FTBDKPPY"), l.entities().get(2).bics());
        assertEquals(3, l.files().get(0).rowsRead());
    }

    @Test
    void rejectsEntriesWithIdentifiersThatCannotBeRight() throws IOException {
        ListLoader.load(file("""
                entity_id,name,imo,crypto_addresses,type
                1,GOOD,8705539,,vessel
                2,BAD IMO,8705538,,vessel
                3,NO ASSET,,0x098b716b8aaf21512996dc57eb0615e2383e2f96,
                4,BAD TYPE,,,ship
                5,,,,
                """), null, rejects);
        assertEquals(List.of(3L, 4L, 5L, 6L), rejects.stream().map(Reject::line).toList());
        assertTrue(rejects.get(0).reason().contains("fails the IMO check digit"), rejects.get(0).reason());
        assertTrue(rejects.get(1).reason().contains("is not ASSET:address"), rejects.get(1).reason());
        assertTrue(rejects.get(3).reason().contains("missing required value in column 'name'"), rejects.get(3).reason());
    }

    @Test
    void anEmptyListStopsTheRun() throws IOException {
        Path header = file("entity_id,name\n");
        InputException e = assertThrows(InputException.class, () -> ListLoader.load(header, null, rejects));
        assertTrue(e.getMessage().contains("no usable entries"), e.getMessage());
        Path empty = file("");
        assertThrows(InputException.class, () -> ListLoader.load(empty, null, rejects));
    }

    @Test
    void anUnrecognisedFormatStopsTheRun() throws IOException {
        Path f = file("id,label\n1,x\n");
        InputException e = assertThrows(InputException.class, () -> ListLoader.load(f, null, rejects));
        assertTrue(e.getMessage().contains("unrecognised list format"), e.getMessage());
        assertThrows(InputException.class, () -> ListLoader.load(dir.resolve("missing.csv"), null, rejects));
    }
}
