package org.sanctionsmonitor.lists;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;

/** OpenSanctions targets.simple.csv (16 and 15 columns) and the Consolidated Screening List CSV. */
class OtherListReadersTest {

    static final Path DIR = Path.of("core/src/test/resources/lists");

    static Map<String, ListedEntity> byId(EntityList l) {
        return l.entities().stream().collect(Collectors.toMap(ListedEntity::entityId, Function.identity()));
    }

    @Test
    void openSanctions16Columns() {
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(DIR.resolve("opensanctions-targets.simple.csv"), null, rejects);
        assertEquals("opensanctions", l.format());
        assertEquals(3, l.entities().size());
        assertEquals(1, rejects.size(), "the row without a name is rejected, not dropped");
        assertTrue(rejects.get(0).reason().contains("name"));
        Map<String, ListedEntity> m = byId(l);
        ListedEntity ftb = m.get("NK-synth-ftb");
        assertEquals("OpenSanctions", ftb.listSource());
        assertEquals("entity", ftb.type());
        assertEquals(List.of("Mooyokbank", "Korea Trade Bank"), ftb.aliases());
        assertEquals(List.of("FTBDKPPY"), ftb.bics());
        assertEquals(List.of("KP"), ftb.countries());
        assertEquals(List.of("US-DPRK3", "UN-SC1718"), ftb.programs());
        assertEquals("us_ofac_sdn;un_sc_sanctions", ftb.attributes().get("dataset"));
        ListedEntity han = m.get("NK-synth-han");
        assertEquals("individual", han.type());
        assertEquals(List.of("1969-11-08"), han.dobs());
        assertEquals(List.of("KP"), han.nationalities());
        assertEquals(List.of(), han.bics(), "a person's passport number is not a BIC");
        ListedEntity ship = m.get("NK-synth-yujong");
        assertEquals("vessel", ship.type());
        assertEquals(List.of("8604917"), ship.imos());
    }

    @Test
    void openSanctionsOlder15Columns() {
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(DIR.resolve("opensanctions-targets.simple-15col.csv"), null, rejects);
        assertEquals(List.of(), rejects);
        assertEquals("opensanctions", l.format());
        ListedEntity kkbc = l.entities().get(0);
        assertEquals("Korea Kwangson Banking Corp", kkbc.name());
        assertEquals(List.of("KKBC", "Border Trade Settlement Bank"), kkbc.aliases());
        assertEquals(List.of(), kkbc.programs());
    }

    @Test
    void consolidatedScreeningList() {
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(DIR.resolve("csl-consolidated.csv"), null, rejects);
        assertEquals(List.of(), rejects);
        assertEquals("csl", l.format());
        assertEquals(4, l.entities().size());
        Map<String, ListedEntity> m = byId(l);
        ListedEntity cheil = m.get("22985");
        assertEquals("CSL-SDN", cheil.listSource());
        assertEquals(List.of("FIRST CREDIT BANK", "KYONGYONG CREDIT BANK"), cheil.aliases());
        assertEquals(List.of("KYCBKPPY"), cheil.bics());
        assertEquals(List.of(new CryptoAddress("USDT", "TA3941uFAvmVibSkQ6fMJXxmaSNovX86mz")), cheil.cryptoAddresses());
        ListedEntity choe = m.get("23001");
        assertEquals("individual", choe.type());
        assertEquals(List.of("1978-07-25"), choe.dobs());
        assertEquals(List.of("KP"), choe.nationalities());
        ListedEntity paek = m.get("23737");
        assertEquals("vessel", paek.type());
        assertEquals(List.of("9066978"), paek.imos());
        assertEquals(List.of("KP"), paek.countries());
        ListedEntity el = m.get("synth0004");
        assertEquals("CSL-EL", el.listSource(), "no entity_number: the CSL's own _id is the entry's id");
        assertEquals("Entity List (EL) - Bureau of Industry and Security", el.attributes().get("source"));
    }

    @Test
    void formatCanBeForcedAndAWrongForcedFormatFails() {
        EntityList l = ListLoader.load(DIR.resolve("csl-consolidated.csv"), "CSL", new ArrayList<>());
        assertEquals("csl", l.format());
        assertThrows(org.sanctionsmonitor.ingest.InputException.class,
                () -> ListLoader.load(DIR.resolve("csl-consolidated.csv"), "opensanctions", new ArrayList<>()));
        assertThrows(org.sanctionsmonitor.ingest.InputException.class,
                () -> ListLoader.load(DIR.resolve("csl-consolidated.csv"), "xml", new ArrayList<>()));
    }

    @Test
    void nativeListStillDetected() {
        EntityList l = ListLoader.load(Path.of("samples/native/ofac-sdn-dprk-excerpt.csv"), null, new ArrayList<>());
        assertEquals("native", l.format());
        assertEquals(30, l.entities().size());
    }
}
