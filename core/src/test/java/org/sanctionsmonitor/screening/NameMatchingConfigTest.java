package org.sanctionsmonitor.screening;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.RuleException;

class NameMatchingConfigTest {

    @Test
    void theReviewedTableLoads() {
        NameMatchingConfig c = NameMatchingConfig.load(Path.of("rules"));
        assertEquals(0.90, c.alert());
        assertTrue(c.review() < c.alert());
        assertTrue(c.generic().contains("korea"));
        assertTrue(c.generic().contains("bank"));
        assertTrue(c.legalForms().contains("ltd"));
        assertTrue(c.knownNames().contains("henry"));
        assertEquals(c.alert(), c.describe().get("name_alert_score"));
        assertTrue(c.floor() <= c.review(), "no fact below the floor, so the floor must not exceed the review score");
        assertEquals(1, c.minDistinctiveWords());
        assertEquals("pak", c.canonical("park"), "rules/reference/name-equivalences.csv");
        assertEquals("yonbong", c.canonical("ryonbong"), "initial r dropped");
    }

    @Test
    void aBadValueNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path ref = Files.createDirectories(dir.resolve("reference"));
        String good = Files.readString(Path.of("rules/reference/name-matching.csv"));
        for (String f : List.of("name-parameters.csv", "name-equivalences.csv", "han-korean-readings.csv", "han-wade-giles.csv",
                "han-mandarin-readings.csv", "han-cantonese-readings.csv", "han-cantonese-spellings.csv", "name-script-words.csv",
                "name-script-translations.csv", "name-cyrillic-loanwords.csv", "name-attested.csv",
                "name-english-words.csv")) {
            Files.copy(Path.of("rules/reference", f), ref.resolve(f));
        }
        Files.writeString(ref.resolve("name-matching.csv"), good.replace("floor.score,0.82", "floor.score,high"));
        RuleException e = assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
        assertTrue(e.problems().get(0).matches(".*name-matching.csv:2:3 setting 'floor.score': 'high' is not a number from 0 to 1"),
                e.problems().toString());
        Files.writeString(ref.resolve("name-matching.csv"), good.replace("setting,floor.score,", "setting,floor.scor,"));
        e = assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("'floor.score' is missing")), e.problems().toString());
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("unknown setting 'floor.scor'")), e.problems().toString());
        Files.writeString(ref.resolve("name-matching.csv"), good.replace("floor.score,0.82", "floor.score,0.85"));
        e = assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("floor.score must not exceed name_review_score")), e.problems().toString());
        Files.writeString(ref.resolve("name-matching.csv"), good);
        Files.writeString(ref.resolve("name-equivalences.csv"), "kind,written,canonical,rationale\nword,park,pak,\n");
        e = assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("name-equivalences.csv:2:4 every row needs its rationale")), e.problems().toString());
        Files.writeString(ref.resolve("name-equivalences.csv"), Files.readString(Path.of("rules/reference/name-equivalences.csv")));
        String tr = "script,words,english,rationale\nHani,科技,technology,r\nHani,科技,science and technology,r\n";
        Files.writeString(ref.resolve("name-script-translations.csv"), tr);
        NameMatchingConfig.load(dir); // a Han run's second row is its further English
        Files.writeString(ref.resolve("name-script-translations.csv"), tr + "Hani,科技,tech,r\n");
        e = assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
        assertTrue(e.problems().stream().anyMatch(p -> p.contains("name-script-translations.csv:4:2 '科技' appears more than twice")),
                e.problems().toString());
        Files.writeString(ref.resolve("name-script-translations.csv"), "script,words,english,rationale\nHani,科技,technology,r\nHani,科技,technology,r\n");
        assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir), "the same English twice is a mistake");
        Files.delete(ref.resolve("name-matching.csv"));
        assertThrows(RuleException.class, () -> NameMatchingConfig.load(dir));
    }
}
