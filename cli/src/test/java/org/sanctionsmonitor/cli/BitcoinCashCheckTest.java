package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.normalize.CashAddr;

/**
 * Bitcoin Cash end to end: an address OFAC lists in CashAddr form (real, from the SDN Advanced XML
 * of 2025-11-19) is found in transfers that write it with or without its prefix, in either case,
 * or in its legacy form, on chain bitcoin-cash or bch; a CashAddr text with a bad checksum is a
 * malformed address (CYB-002), never a match.
 */
class BitcoinCashCheckTest {

    static final String LISTED = "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq";

    @Test
    void everyFormOfAListedCashAddrMatches(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "entity_id,name,type,crypto_addresses,list\n"
                + "9001,BCH HOLDER,entity,BCH:" + LISTED + ",OFAC-SDN\n");
        String legacy = CashAddr.toLegacy(LISTED);
        String bad = LISTED.substring(0, 41) + "x";
        String[] forms = {LISTED, "bitcoincash:" + LISTED, LISTED.toUpperCase(Locale.ROOT),
            ("bitcoincash:" + LISTED).toUpperCase(Locale.ROOT), legacy};
        StringBuilder t = new StringBuilder("tx_id,timestamp,chain,asset,from_address,to_address,amount\n");
        for (int i = 0; i < forms.length; i++) {
            t.append("T").append(i).append(",2025-06-01T00:00:0").append(i).append("Z,").append(i % 2 == 0 ? "bitcoin-cash" : "bch")
                    .append(",BCH,").append(legacy.equals(forms[i]) ? "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu" : "qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a")
                    .append(',').append(forms[i]).append(",1.5\n");
        }
        t.append("TBAD,2025-06-01T00:01:00Z,bch,BCH,qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a,").append(bad).append(",1\n");
        Path transfers = dir.resolve("transfers.csv");
        Files.writeString(transfers, t.toString());
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("check", "--lists", list.toString(), "--transfers", transfers.toString(), "--as-of", "2025-06-02",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        String csv = Files.readString(out.resolve("findings.csv"));
        for (int i = 0; i < forms.length; i++) {
            assertTrue(csv.contains(",SAN-001,Transfer to or from a listed address,SANCTIONED_ADDRESS,CRITICAL,transfer,T" + i + ",OFAC-SDN,9001,"),
                    "form " + forms[i] + ":\n" + csv);
        }
        assertTrue(csv.contains("CYB-002") && csv.contains(",TBAD,"), csv);
        assertTrue(!csv.contains("SAN-001 Transfer to or from a listed address,SANCTIONED_ADDRESS,CRITICAL,transfer,TBAD,"), csv);
    }
}
