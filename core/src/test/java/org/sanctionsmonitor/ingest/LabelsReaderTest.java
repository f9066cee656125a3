package org.sanctionsmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.model.AddressLabel;

/** The labels reader (contract: chain, address, label_type; optional name, source). */
class LabelsReaderTest {

    @TempDir
    Path dir;

    private final List<AddressLabel> out = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();

    private ReadStats read(String content) throws IOException {
        Path f = dir.resolve("labels.csv");
        Files.writeString(f, content);
        return LabelsReader.read(new InputFile(f, "labels.csv"), out::add, rejects);
    }

    @Test
    void readsColumnsInAnyOrderFoldingChainAndType() throws IOException {
        ReadStats s = read("""
                Label_Type,address,CHAIN,name,source,note
                Mixer,0x12D66f87A04A9E220743712cE6d9bB1B5616B8Fc,Ethereum,Tornado Cash,OFAC delisting 2025-03-21,router
                bridge,0x722122dF12D4e14e13Ac3b6895a86e84145b6968,arbitrum,,,
                """);
        assertEquals(2, s.rowsAccepted());
        AddressLabel a = out.get(0);
        assertEquals("ethereum", a.chain());
        assertEquals("mixer", a.labelType());
        assertEquals("Tornado Cash", a.name());
        assertEquals("OFAC delisting 2025-03-21", a.source());
        assertEquals(Map.of("note", "router"), a.attributes());
        assertEquals("labels.csv:2", a.provenance().toString());
        assertEquals("arbitrum-one", out.get(1).chain());
        assertNull(out.get(1).name());
    }

    @Test
    void aMissingValueOrABadChecksumRejectsTheRow() throws IOException {
        ReadStats s = read("""
                chain,address,label_type
                bitcoin,1986rYHckYbJpGQJy6ornuMyD2N5MTqwDu,mixer
                ethereum,,mixer
                bitcoin,1986rYHckYbJpGQJy6ornuMyD2N5MTqwDt,hack proceeds
                """);
        assertEquals(1, s.rowsAccepted());
        assertEquals(2, s.rowsRejected());
        assertTrue(rejects.get(0).reason().contains("fails its Base58Check checksum"), rejects.get(0).reason());
        assertEquals(3, rejects.get(1).line());
        assertEquals("hack_proceeds", out.get(0).labelType());
    }

    @Test
    void aMissingRequiredColumnStopsTheRun() throws IOException {
        assertThrows(InputException.class, () -> read("chain,address\nethereum,0x12D66f87A04A9E220743712cE6d9bB1B5616B8Fc\n"));
    }
}
