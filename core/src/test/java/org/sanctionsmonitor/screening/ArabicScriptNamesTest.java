package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * Names in Arabic script (Arabic and Persian) against listed Latin names: one test per kind the
 * Arabic-script reading handles, with the real settings and tables in rules/ and list entries
 * written for the case (the spellings are OFAC's).
 */
class ArabicScriptNamesTest {

    static NameMatchingConfig config;

    @BeforeAll
    static void load() {
        config = NameMatchingConfig.load(Path.of("rules"));
    }

    static NameScreener list(Path dir, String rows) throws IOException {
        Path f = dir.resolve("list.csv");
        Files.writeString(f, "entity_id,name,type,aliases,weak_aliases\n" + rows);
        List<ListedEntity> l = ListLoader.load(f, "native", new ArrayList<>()).entities();
        return new NameScreener(l, config);
    }

    static NameScreener.Hit hit(NameScreener s, String name, String id) {
        return s.screen(name).stream().filter(h -> h.entry().entity().entityId().equals(id)).findFirst().orElse(null);
    }

    static boolean alerts(NameScreener s, String name, String id) {
        NameScreener.Hit h = hit(s, name, id);
        return h != null && h.score() >= config.alert() && h.distinctive() >= config.minDistinctiveWords()
                && !"weak alias".equals(h.entry().nameType());
    }

    @Test
    void aFinalHehIsTheVowelEndingOfTheLatinSpelling(@TempDir Path dir) throws IOException {
        // مقیسه ends in ه, a vowel at the end of a word: Moghisseh's final h is that letter
        NameScreener s = list(dir, "M1,\"MOGHISSEH, Mohammad\",individual,,\nM2,\"SALAMEH, Adib\",individual,,\n");
        assertTrue(alerts(s, "مقیسه محمد", "M1"), String.valueOf(hit(s, "مقیسه محمد", "M1")));
        assertTrue(alerts(s, "سلامه أديب", "M2"), String.valueOf(hit(s, "سلامه أديب", "M2")));
        ArabicSkeletons.Parts moghisseh = ArabicSkeletons.latin("moghisseh");
        assertEquals("mksh", moghisseh.skeleton());
        assertEquals("mks", ArabicSkeletons.openEnding("moghisseh", moghisseh).skeleton());
        assertEquals(ArabicSkeletons.arabic("مقیسه").skeleton(), ArabicSkeletons.openEnding("moghisseh", moghisseh).skeleton());
        // a consonant h stays: Salah's ح is written, and an h after a consonant is part of it (Sh, Kh)
        assertNull(ArabicSkeletons.openEnding("sheikh", ArabicSkeletons.latin("sheikh")));
        assertNull(ArabicSkeletons.openEnding("ahmad", ArabicSkeletons.latin("ahmad")));
        // Salah is still found as ح (a written consonant), and Sala is not Salah
        NameScreener t = list(dir, "S1,\"SALAH, Mustafa\",individual,,\n");
        assertTrue(alerts(t, "صلاح مصطفى", "S1"), String.valueOf(hit(t, "صلاح مصطفى", "S1")));
    }
}
