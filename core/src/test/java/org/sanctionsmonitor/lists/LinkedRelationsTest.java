package org.sanctionsmonitor.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.model.EntityRelation;

/** The "Linked To" relations of the OFAC legacy remarks and the native list's linked_to column. */
class LinkedRelationsTest {

    private static List<EntityRelation> relations(Path p) {
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(p, null, rejects);
        assertEquals(List.of(), rejects);
        return l.relations();
    }

    private static EntityRelation from(List<EntityRelation> rs, String id) {
        return rs.stream().filter(r -> r.fromEntityId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void ofacLinkedToRemarksBecomeLinksWithoutAShareResolvedByName() {
        List<EntityRelation> rs = relations(OfacLegacyReaderTest.EXCERPT);
        assertEquals(16, rs.size(), "every Linked To of the excerpt, including a second one on one entry");
        EntityRelation kim = from(rs, "18848"); // KIM, Kwang Hyok: Linked To: KOREA MINING DEVELOPMENT TRADING CORPORATION
        assertEquals(new EntityRelation("OFAC-SDN", "18848", "9345", "Linked To", null, kim.source()), kim);
        assertNull(from(rs, "23163").toEntityId(), "DAWN MARINE MANAGEMENT CO LTD is not in the excerpt");
    }

    @Test
    void theNativeLinkedToColumnResolvesTheSameWay() {
        List<EntityRelation> rs = relations(Path.of("samples/native/ofac-sdn-dprk-excerpt.csv"));
        assertEquals("27307", from(rs, "28263").toEntityId(), "TIAN Yinyin linked to LAZARUS GROUP");
        assertNull(from(rs, "28263").sharePercent());
        assertEquals(16, rs.size());
    }
}
