package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * lists diff on OFAC's real history (the excerpt's history-2024-05-03 rows: TORNADO CASH, delisted
 * 21 March 2025, and SEMENOV, Roman with his earlier programs) against the current excerpt; and
 * check --since-list, which screens only against what the newer list added or changed.
 */
class ListsDiffTest {

    static final Path CURRENT = Path.of("core/src/test/resources/lists/ofac-sdn-dprk-excerpt");
    static final Path HISTORY = CURRENT.resolve("history-2024-05-03");

    /** The list as it stood on 3 May 2024, as far as the excerpt knows it: today's rows with the two that differed then. */
    static Path listOf20240503(Path dir) throws Exception {
        Path old = Files.createDirectories(dir.resolve("ofac-2024-05-03"));
        List<String> history = Files.readAllLines(HISTORY.resolve("sdn.csv"), StandardCharsets.ISO_8859_1);
        List<String> sdn = new ArrayList<>();
        for (String line : Files.readAllLines(CURRENT.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
            sdn.add(line.startsWith("44718,") ? history.stream().filter(h -> h.startsWith("44718,")).findFirst().orElseThrow() : line);
        }
        sdn.add(sdn.size() - 1, history.stream().filter(h -> h.startsWith("39796,")).findFirst().orElseThrow());
        Files.write(old.resolve("sdn.csv"), sdn, StandardCharsets.ISO_8859_1);
        List<String> add = new ArrayList<>(Files.readAllLines(CURRENT.resolve("add.csv"), StandardCharsets.ISO_8859_1));
        add.add(add.size() - 1, Files.readAllLines(HISTORY.resolve("add.csv"), StandardCharsets.ISO_8859_1).stream()
                .filter(h -> h.startsWith("39796,")).findFirst().orElseThrow());
        Files.write(old.resolve("add.csv"), add, StandardCharsets.ISO_8859_1);
        Files.copy(CURRENT.resolve("alt.csv"), old.resolve("alt.csv"));
        Files.copy(CURRENT.resolve("sdn_comments.csv"), old.resolve("sdn_comments.csv"));
        return old;
    }

    @Test
    void tornadoCashDelistedAndSemenovsProgramsChanged(@TempDir Path dir) throws Exception {
        Path old = listOf20240503(dir);
        Path csv = dir.resolve("changes.csv");
        CliRun r = CliRun.of("lists", "diff", old.toString(), CURRENT.toString(), "--out", csv.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(
                "change,list,entity_id,entity_name,field,old_value,new_value",
                "removed,OFAC-SDN,39796,TORNADO CASH,entry,TORNADO CASH,",
                "removed,OFAC-SDN,39796,TORNADO CASH,type,entity,",
                "removed,OFAC-SDN,39796,TORNADO CASH,address,ETH:0x12D66f87A04A9E220743712cE6d9bB1B5616B8Fc,",
                "removed,OFAC-SDN,39796,TORNADO CASH,address,ETH:0x47CE0C6eD5B0Ce3d3A51fdb1C52DC66a7c3c2936,",
                "removed,OFAC-SDN,39796,TORNADO CASH,address,ETH:0x910Cbd523D972eb0a6f4cAe4618aD62622b39DbF,",
                "removed,OFAC-SDN,39796,TORNADO CASH,address,ETH:0xA160cdAB225685dA1d56aa342Ad8841c3b53f291,",
                "removed,OFAC-SDN,39796,TORNADO CASH,program,CYBER2,",
                "removed,OFAC-SDN,39796,TORNADO CASH,program,DPRK3,",
                "removed,OFAC-SDN,44718,\"SEMENOV, Roman\",program,CYBER2,"), Files.readAllLines(csv));
        assertTrue(r.out().contains("entries: 0 added, 1 removed, 1 changed, 29 unchanged"), r.out());
        assertTrue(r.out().contains("removed  OFAC-SDN 39796 TORNADO CASH"), r.out());
        assertTrue(r.out().contains("changed  OFAC-SDN 44718 SEMENOV, Roman: program removed CYBER2"), r.out());
        assertTrue(r.out().contains("address:     4 removed"), r.out());
    }

    @Test
    void theHistoryFolderAsItIsComparesTooAndSaysWhatItLacks(@TempDir Path dir) {
        CliRun r = CliRun.of("lists", "diff", HISTORY.toString(), CURRENT.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("entries: 29 added, 1 removed, 1 changed, 0 unchanged"), r.err());
        assertTrue(r.err().contains("WARNING (OLD): ") && r.err().contains("alt.csv is missing"), r.err());
        assertTrue(r.out().startsWith("change,list,entity_id,entity_name,field,old_value,new_value\n"), r.out());
        assertTrue(r.out().contains("added,OFAC-SDN,22985,CHEIL CREDIT BANK,bic,,KYCBKPPY"), r.out());
        assertTrue(r.out().contains("added,OFAC-SDN,23736,YU JONG 2,imo,,8604917"), r.out());
    }

    @Test
    void anyFormatAndAddressesComparedByTheirKey(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "entity_id,name,crypto_addresses,bic\nE1,ACME,ETH:0x098B716B8Aaf21512996dC57EB0615e2383E2f96,\n");
        Files.writeString(b, "entity_id,name,crypto_addresses,bic\nE1,ACME  ,ETH:0x098b716b8aaf21512996dc57eb0615e2383e2f96,ACMEKPPY\n");
        CliRun r = CliRun.of("lists", "diff", a.toString(), b.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("change,list,entity_id,entity_name,field,old_value,new_value\nadded,a,E1,ACME,bic,,ACMEKPPY\n", r.out().replace("b,E1", "a,E1"));
    }

    @Test
    void anUnreadableVersionIsExitTwo(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        CliRun r = CliRun.of("lists", "diff", empty.toString(), CURRENT.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("empty"), r.err());
    }

    /** The excerpt without Cheil Credit Bank's three USDT addresses (added by OFAC on 4 Nov 2025). */
    static Path beforeCheilsAddresses(Path dir) throws Exception {
        Path old = Files.createDirectories(dir.resolve("ofac-before"));
        for (String f : List.of("add.csv", "alt.csv", "sdn_comments.csv")) {
            Files.copy(CURRENT.resolve(f), old.resolve(f));
        }
        List<String> sdn = new ArrayList<>();
        for (String line : Files.readAllLines(CURRENT.resolve("sdn.csv"), StandardCharsets.ISO_8859_1)) {
            sdn.add(line.startsWith("22985,") ? line.replaceAll("(alt\\. )?Digital Currency Address - USDT T[A-Za-z0-9]+; ", "") : line);
        }
        Files.write(old.resolve("sdn.csv"), sdn, StandardCharsets.ISO_8859_1);
        return old;
    }

    @Test
    @SuppressWarnings("unchecked")
    void sinceListRescreensHistoryAgainstWhatTheNewListAddedOrChanged(@TempDir Path dir) throws Exception {
        Path old = beforeCheilsAddresses(dir);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", CURRENT.toString(), "--since-list", old.toString(), "--transfers", "samples/transfers.csv",
                "--as-of", "2025-11-20", "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        List<String> san001 = Files.readAllLines(out.resolve("findings.csv")).stream().filter(l -> l.contains(",SAN-001,")).toList();
        assertEquals(1, san001.size(), String.join("\n", san001));
        assertTrue(san001.get(0).contains(",TX-2025-0009,OFAC-SDN,22985,CHEIL CREDIT BANK,"), san001.get(0));
        assertTrue(r.out().contains("RETROSPECTIVE run: screened against 1 entries that OFAC-SDN added (0) or changed (1) since"), r.out());
        Map<String, Object> m = new ObjectMapper().readValue(out.resolve("manifest.json").toFile(), Map.class);
        Map<String, Object> retro = (Map<String, Object>) m.get("retrospective");
        assertEquals(1, retro.get("entries_screened"));
        Map<String, Object> l = ((List<Map<String, Object>>) retro.get("lists")).get(0);
        assertEquals(30, l.get("entries_in_list"));
        assertEquals(29, l.get("entries_unchanged"));

        // the same feeds against the whole list find the other listed addresses too
        Path full = dir.resolve("full");
        CliRun all = CliRun.of("check", "--lists", CURRENT.toString(), "--transfers", "samples/transfers.csv", "--as-of", "2025-11-20",
                "--out", full.toString());
        assertEquals(0, all.exit(), all.toString());
        assertTrue(Files.readAllLines(full.resolve("findings.csv")).stream().filter(x -> x.contains(",SAN-001,")).count() > 1);
    }

    @Test
    void sinceListOfAnotherListIsBadInput(@TempDir Path dir) {
        CliRun r = CliRun.of("check", "--lists", CURRENT.toString(), "--lists", "core/src/test/resources/lists/opensanctions-targets.simple.csv",
                "--since-list", "core/src/test/resources/lists/csl-consolidated.csv", "--transfers", "samples/transfers.csv", "--out", dir.toString(),
                "--max-reject-ratio", "0.5");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("--since-list is a version of list 'CSL', which no --lists gives"), r.err());
    }
}
