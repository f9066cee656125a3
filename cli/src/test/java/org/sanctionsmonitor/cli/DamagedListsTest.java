package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.model.ListedEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Incomplete or damaged lists: an OFAC folder without alt.csv/add.csv warns (summary and
 * manifest); Remarks cut at OFAC's 1,000 characters without their sdn_comments.csv continuation
 * are flagged; a header row repeated inside any CSV list is a rejected row with its reason, never
 * an entity.
 */
class DamagedListsTest {

    static final Path OFAC = Path.of("core/src/test/resources/lists/ofac-sdn-dprk-excerpt");

    @Test
    @SuppressWarnings("unchecked")
    void anOfacFolderWithOnlySdnCsvWarnsAndFlagsCutRemarks(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ofac"));
        Files.copy(OFAC.resolve("sdn.csv"), folder.resolve("sdn.csv"));
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(folder, null, rejects);
        assertEquals(List.of(), rejects);
        assertEquals(3, l.warnings().size(), l.warnings().toString());
        assertTrue(l.warnings().get(0).contains("alt.csv is missing"), l.warnings().toString());
        assertTrue(l.warnings().get(1).contains("add.csv is missing"), l.warnings().toString());
        assertTrue(l.warnings().get(2).contains("(ent_num 27307) stop at OFAC's 1000-character cut"), l.warnings().toString());
        ListedEntity lazarus = l.entities().stream().filter(e -> e.entityId().equals("27307")).findFirst().orElseThrow();
        assertTrue(lazarus.attributes().containsKey("remarks_truncated"));
        assertFalse(lazarus.weakAliases().contains("APPLEWORM"), "the alias after the cut is missing, which is why it is flagged");
        assertEquals(List.of("27307"), l.details().get("remarks_truncated"));

        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", folder.toString(), "--payments", "samples/payments.csv", "--as-of", "2025-11-20",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("WARNING: ") && r.out().contains("alt.csv is missing beside sdn.csv"), r.out());
        Map<String, Object> m = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Map.class);
        List<String> warnings = (List<String>) m.get("warnings");
        assertEquals(3, warnings.size(), warnings.toString());
        Map<String, Object> list = ((List<Map<String, Object>>) m.get("lists")).get(0);
        assertEquals(3, ((List<String>) list.get("warnings")).size());
    }

    @Test
    void theCompleteExcerptGivesNoWarning() {
        EntityList l = ListLoader.load(OFAC, null, new ArrayList<>());
        assertEquals(List.of(), l.warnings());
        ListedEntity lazarus = l.entities().stream().filter(e -> e.entityId().equals("27307")).findFirst().orElseThrow();
        assertFalse(lazarus.attributes().containsKey("remarks_truncated"));
        assertTrue(lazarus.weakAliases().contains("APPLEWORM"));
    }

    /** A file with its header line repeated after the first {@code keep} data lines (as when exports are concatenated). */
    static Path withRepeatedHeader(Path source, Path to, int keep) throws Exception {
        List<String> lines = Files.readAllLines(source);
        List<String> out = new ArrayList<>(lines.subList(0, 1 + keep));
        out.add(lines.get(0));
        out.addAll(lines.subList(1 + keep, lines.size()));
        Files.write(to, out);
        return to;
    }

    @Test
    void aRepeatedHeaderRowIsARejectedRowInEveryCsvListFormat(@TempDir Path dir) throws Exception {
        for (String f : List.of("csl-consolidated.csv", "opensanctions-targets.simple-15col.csv", "opensanctions-wallets.simple.csv")) {
            Path p = withRepeatedHeader(Path.of("core/src/test/resources/lists", f), dir.resolve(f), 1);
            List<Reject> rejects = new ArrayList<>();
            EntityList l = ListLoader.load(p, null, rejects);
            assertEquals(1, rejects.size(), f + ": " + rejects);
            assertEquals(3, rejects.get(0).line(), f);
            assertTrue(rejects.get(0).reason().contains("the header row repeats here"), rejects.get(0).reason());
            assertTrue(l.entities().stream().noneMatch(e -> e.name().equalsIgnoreCase("name")), f);
        }
        Path nativeList = dir.resolve("native.csv");
        Files.writeString(nativeList, "entity_id,name,type\nE1,ACME TRADING,entity\nENTITY_ID , Name ,TYPE\nE2,OTHER CO,entity\n");
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(nativeList, null, rejects);
        assertEquals(List.of("E1", "E2"), l.entities().stream().map(ListedEntity::entityId).toList());
        assertEquals(3, rejects.get(0).line());
        assertTrue(rejects.get(0).reason().contains("the header row repeats here"), rejects.get(0).reason());
    }

    @Test
    void aHeaderRowInsideOfacsHeaderlessSdnCsvIsRejectedWithItsReason(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ofac"));
        for (String f : List.of("add.csv", "alt.csv", "sdn_comments.csv")) {
            Files.copy(OFAC.resolve(f), folder.resolve(f));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(OFAC.resolve("sdn.csv"), java.nio.charset.StandardCharsets.ISO_8859_1));
        lines.add(3, "ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,Vess_flag,Vess_owner,Remarks");
        Files.write(folder.resolve("sdn.csv"), lines, java.nio.charset.StandardCharsets.ISO_8859_1);
        List<Reject> rejects = new ArrayList<>();
        EntityList l = ListLoader.load(folder, null, rejects);
        assertEquals(30, l.entities().size());
        assertEquals(1, rejects.size(), rejects.toString());
        assertTrue(rejects.get(0).reason().contains("a header row"), rejects.get(0).reason());
    }

    @Test
    void aRepeatedHeaderInAListStopsTheRunLikeAnyRejectedRowAndNeverRaisesANameFinding(@TempDir Path dir) throws Exception {
        Path csl = withRepeatedHeader(Path.of("core/src/test/resources/lists/csl-consolidated.csv"), dir.resolve("csl.csv"), 1);
        Path payments = dir.resolve("payments.csv");
        Files.writeString(payments, "payment_id,date,amount,currency,originator,beneficiary\nP1,2025-06-01,100,USD,ACME,Name\n");
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", csl.toString(), "--payments", payments.toString(), "--as-of", "2025-06-02",
                "--out", out.toString(), "--max-reject-ratio", "0.5");
        assertEquals(0, r.exit(), r.toString());
        assertFalse(Files.readString(out.resolve("findings.csv")).contains(",P1,"), "no entity named 'name' to match 'Name'");
        assertTrue(Files.readString(out.resolve("rejects.csv")).contains("the header row repeats here"));
    }
}
