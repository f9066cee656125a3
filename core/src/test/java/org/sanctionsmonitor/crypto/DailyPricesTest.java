package org.sanctionsmonitor.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.finding.RuleException;

/** The reviewed crypto-prices.csv is read in the one dialect of the reference tables. */
class DailyPricesTest {

    @TempDir
    Path rules;

    private DailyPrices load(String table) throws IOException {
        Files.createDirectories(rules.resolve("reference"));
        Files.writeString(rules.resolve(DailyPrices.TABLE), table);
        return DailyPrices.load(rules, List.of(), new ArrayList<>());
    }

    @Test
    void commentsAndQuotingAsInEveryReviewedTable() throws IOException {
        DailyPrices p = load("""
                # source: a test table
                asset,date,usd,source
                eth,2025-03-21,1980.83,"snapshot, 00:00 UTC"
                # a comment between rows, as in trade-caps.csv
                XBT,2025-03-21,84000,snapshot
                """);
        assertEquals(2, p.tableRows());
        DailyPrices.Valuation v = p.value("ETH", Instant.parse("2025-03-21T10:00:00Z"), new BigDecimal("2"));
        assertEquals(3961.66, v.usd(), 1e-9);
        assertEquals("ETH 1980.83 USD on 2025-03-21 (source: snapshot, 00:00 UTC, rules/reference/crypto-prices.csv:3)", v.note());
        // the line of a row after a comment is its line in the file
        assertEquals("XBT 84000 USD on 2025-03-21 (source: snapshot, rules/reference/crypto-prices.csv:5)",
                p.value("BTC", Instant.parse("2025-03-21T23:59:59Z"), BigDecimal.ONE).note());
        assertNull(p.value("ETH", Instant.parse("2025-03-22T00:00:00Z"), BigDecimal.ONE), "no price is carried to another day");
    }

    @Test
    void aBadCellOrASecondPriceForADayIsARuleProblemWithFileLineAndColumn() {
        RuleException e = assertThrows(RuleException.class, () -> load("""
                asset,date,usd,source
                ETH,2025-03-21,1980.83,a
                ETH,2025-03-21,1990,b
                ETH,21/03/2025,1990,c
                ETH,2025-03-23,-5,d
                ETH,2025-03-24,1 000,e
                ETH,2025-03-25,0,f
                """));
        assertEquals(List.of(
                "rules/reference/crypto-prices.csv:3:2 column 'date': a second price for ETH on 2025-03-21 (the first is on line 2)",
                "rules/reference/crypto-prices.csv:4:2 column 'date': '21/03/2025' is not an ISO-8601 date (yyyy-MM-dd)",
                "rules/reference/crypto-prices.csv:5:3 column 'usd': '-5' is not a plain decimal number",
                "rules/reference/crypto-prices.csv:6:3 column 'usd': '1 000' is not a plain decimal number",
                "rules/reference/crypto-prices.csv:7:3 column 'usd': '0' is not a positive price"), e.problems());
        RuleException width = assertThrows(RuleException.class, () -> load("asset,date,usd,source\nETH,2025-03-21,1980.83\n"));
        assertEquals(List.of("rules/reference/crypto-prices.csv:2:1 expected 4 fields as in the header, found 3"), width.problems());
    }

    @Test
    void theRealTableLoads() {
        DailyPrices p = DailyPrices.load(Path.of("rules"), List.of(), new ArrayList<>());
        assertEquals(180, p.tableRows());
    }
}
