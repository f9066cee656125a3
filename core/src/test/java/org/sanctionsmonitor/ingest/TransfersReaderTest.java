package org.sanctionsmonitor.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionsmonitor.model.Transfer;

/** The transfers reader, and through it the shared CSV feed reader. */
class TransfersReaderTest {

    @TempDir
    Path dir;

    private final List<Transfer> out = new ArrayList<>();
    private final List<Reject> rejects = new ArrayList<>();

    private ReadStats read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    private ReadStats read(byte[] content) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.write(f, content);
        return TransfersReader.read(new InputFile(f, "t.csv"), out::add, rejects);
    }

    @Test
    void findsColumnsByNameInAnyOrderAndCase() throws IOException {
        ReadStats s = read("""
                Amount,TO_ADDRESS,from_address,asset,Chain,timestamp,TX_ID,memo
                1.5,0xabc,0xdef,eth,Ethereum,2025-03-03T08:14:05Z,T1,invoice 7
                """);
        assertEquals(1, s.rowsAccepted());
        Transfer t = out.get(0);
        assertEquals("T1", t.txId());
        assertEquals("ethereum", t.chain());
        assertEquals("ETH", t.asset());
        assertEquals(new BigDecimal("1.5"), t.amount());
        assertEquals(Map.of("memo", "invoice 7"), t.attributes());
        assertEquals("t.csv:2", t.source().toString());
    }

    @Test
    void theHeaderRowAgainIsRejectedInAnyCaseAndNothingElseIs() throws IOException {
        // the header again in another case and with blanks, as exports joined from several files
        // have it; rows whose cells only begin like the header's, or lower to another text
        // (the dotted capital I lowers to i and a combining dot), are records
        ReadStats s = read("""
                tx_id,timestamp,chain,asset,from_address,to_address,amount
                T1,2025-03-03T08:00:00Z,ethereum,ETH,0xabc,0xdef,1
                 TX_ID ,Timestamp,CHAIN,asset,From_Address,to_address,AMOUNT
                tx_id_2,2025-03-03T08:00:00Z,ethereum,ETH,0xabc,0xdef,1
                tx_İd,2025-03-03T08:00:00Z,ethereum,ETH,0xabc,0xdef,1
                tx_,2025-03-03T08:00:00Z,ethereum,ETH,0xabc,0xdef,1
                """);
        assertEquals(4, s.rowsAccepted());
        assertEquals(List.of("T1", "tx_id_2", "tx_İd", "tx_"), out.stream().map(Transfer::txId).toList());
        assertEquals(1, rejects.size());
        assertEquals(3, rejects.get(0).line());
        assertTrue(rejects.get(0).reason().contains("the header row repeats here"), rejects.get(0).reason());
    }

    @Test
    void timestampsWithoutOffsetAreUtc() throws IOException {
        read("""
                tx_id,timestamp,chain,asset,from_address,to_address,amount
                T1,2025-03-03T08:00:00,bitcoin,XBT,a,b,1
                T2,2025-03-03T08:00:00+09:00,bitcoin,XBT,a,b,1
                T3,2025-03-03,bitcoin,XBT,a,b,1
                """);
        assertEquals(Instant.parse("2025-03-03T08:00:00Z"), out.get(0).timestamp());
        assertEquals(Instant.parse("2025-03-02T23:00:00Z"), out.get(1).timestamp());
        assertEquals(Instant.parse("2025-03-03T00:00:00Z"), out.get(2).timestamp());
    }

    @Test
    void rejectsBadRowsWithFileLineAndReasonAndReadsOn() throws IOException {
        ReadStats s = read("""
                tx_id,timestamp,chain,asset,from_address,to_address,amount
                T1,yesterday,bitcoin,XBT,a,b,1
                T2,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1.2.3
                T3,2025-03-03T08:00:00Z,bitcoin,XBT,,b,1
                T4,2025-03-03T08:00:00Z,bitcoin,XBT,a,b
                T5,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,-4
                T6,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,7
                """);
        assertEquals(6, s.rowsRead());
        assertEquals(1, s.rowsAccepted());
        assertEquals(5, s.rowsRejected());
        assertEquals(s.rowsRead(), s.rowsAccepted() + s.rowsRejected());
        assertEquals("T6", out.get(0).txId());
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L), rejects.stream().map(Reject::line).toList());
        assertTrue(rejects.get(0).reason().contains("'yesterday' is not an ISO-8601 timestamp"), rejects.get(0).reason());
        assertTrue(rejects.get(1).reason().contains("'1.2.3' is not a non-negative decimal"), rejects.get(1).reason());
        assertEquals("missing required value in column 'from_address'", rejects.get(2).reason());
        assertEquals("expected 7 fields as in the header, found 6", rejects.get(3).reason());
        assertEquals("T1,yesterday,bitcoin,XBT,a,b,1", rejects.get(0).raw());
        assertEquals("t.csv", rejects.get(0).file());
    }

    @Test
    void linesCountFromTheStartOfEachRecordAcrossQuotedLineBreaks() throws IOException {
        read("tx_id,timestamp,chain,asset,from_address,to_address,amount,note\n"
                + "T1,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1,\"two\nlines\"\n"
                + "\n"
                + "T2,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1,plain\r\n"
                + "T3,bad,bitcoin,XBT,a,b,1,x\n");
        assertEquals(List.of(2L, 5L), out.stream().map(t -> t.source().line()).toList());
        assertEquals(6L, rejects.get(0).line());
    }

    @Test
    void blankLinesAreCountedNotRead() throws IOException {
        ReadStats s = read("tx_id,timestamp,chain,asset,from_address,to_address,amount\n\n"
                + "T1,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1\n\n");
        assertEquals(1, s.rowsRead());
        assertEquals(2, s.blankLines());
    }

    @Test
    void aMissingRequiredColumnStopsTheRunNamingFileAndColumn() {
        InputException e = assertThrows(InputException.class, () -> read("tx_id,timestamp,chain,asset,from_address,amount\n"));
        assertTrue(e.getMessage().startsWith("t.csv:1: the transfers file lacks required column 'to_address'"), e.getMessage());
    }

    @Test
    void duplicateHeadersAreRejected() {
        InputException e = assertThrows(InputException.class,
                () -> read("tx_id,timestamp,chain,asset,from_address,to_address,amount,TX_ID\n"));
        assertTrue(e.getMessage().contains("duplicate header 'TX_ID'"), e.getMessage());
    }

    @Test
    void anEmptyFileIsAnError() {
        assertThrows(InputException.class, () -> read(""));
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        read("\uFEFFtx_id,timestamp,chain,asset,from_address,to_address,amount\nT1,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1\n");
        assertEquals(1, out.size());
    }

    @Test
    void invalidUtf8IsRejectedWithLineAndByteOffsetNeverReplaced() throws IOException {
        byte[] head = ("tx_id,timestamp,chain,asset,from_address,to_address,amount\n"
                + "T1,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1\n"
                + "T2,2025-03-03T08:00:00Z,bitcoin,XBT,a,").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, ',', '1', '\n'};
        byte[] tail = "T3,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
        ReadStats s = read(all);
        assertEquals(List.of("T1", "T3"), out.stream().map(Transfer::txId).toList());
        assertEquals(3, s.rowsRead());
        assertEquals(1, rejects.size());
        assertEquals(3L, rejects.get(0).line());
        assertEquals("invalid UTF-8: byte 0xC3 at line 3 (byte offset " + head.length
                + " of the file) is not part of a valid UTF-8 sequence", rejects.get(0).reason());
        assertTrue(!out.stream().anyMatch(t -> t.toAddress().contains("\uFFFD")));
    }

    @Test
    void anUnbalancedQuoteIsRejectedAtTheLineWhereTheFieldBeganAndReadingGoesOn() throws IOException {
        ReadStats s = read("""
                tx_id,timestamp,chain,asset,from_address,to_address,amount
                T1,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1
                T2,2025-03-03T08:00:00Z,bitcoin,XBT,"a,b,1
                T3,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1
                T4,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1
                """);
        assertEquals(List.of("T1", "T3", "T4"), out.stream().map(Transfer::txId).toList());
        assertEquals(4, s.rowsRead());
        assertEquals(1, s.rowsRejected());
        assertEquals(3L, rejects.get(0).line());
        assertTrue(rejects.get(0).reason().startsWith("unbalanced quote: the quoted field in the record beginning on line 3"),
                rejects.get(0).reason());
        assertEquals("T2,2025-03-03T08:00:00Z,bitcoin,XBT,\"a,b,1", rejects.get(0).raw());
    }

    @Test
    void resumesCorrectlyInAFileWithLoneCarriageReturnLineEnds() throws IOException {
        read("tx_id,timestamp,chain,asset,from_address,to_address,amount\r"
                + "T1,2025-03-03T08:00:00Z,bitcoin,XBT,\"a\r"
                + "T2,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1\r");
        assertEquals(List.of("T2"), out.stream().map(Transfer::txId).toList());
        assertEquals(2L, rejects.get(0).line());
        assertEquals(3L, out.get(0).source().line());
    }

    @Test
    void aQuoteFollowedByTextIsRejectedToo() throws IOException {
        read("""
                tx_id,timestamp,chain,asset,from_address,to_address,amount
                T1,2025-03-03T08:00:00Z,bitcoin,XBT,"a"x,b,1
                T2,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1
                """);
        assertEquals(List.of("T2"), out.stream().map(Transfer::txId).toList());
        assertEquals(2L, rejects.get(0).line());
    }

    @Test
    void aRunawayFieldFailsFastAtTheRecordLimit() throws IOException {
        StringBuilder big = new StringBuilder("tx_id,timestamp,chain,asset,from_address,to_address,amount\n");
        big.append("T1,2025-03-03T08:00:00Z,bitcoin,XBT,\"");
        big.append("x".repeat(300_000)).append('\n');
        big.append("T2,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1\n");
        Path f = dir.resolve("big.csv");
        Files.writeString(f, big);
        CsvFeedReader<TransferColumn> small = new CsvFeedReader<>(TransferColumn.class, "transfers", 100_000);
        ReadStats s = small.read(new InputFile(f, "big.csv"), TransfersReader::map, out::add, rejects);
        assertEquals(List.of("T2"), out.stream().map(Transfer::txId).toList());
        assertEquals(2, s.rowsRead());
        assertTrue(rejects.get(0).reason().contains("longer than the limit of 100000 characters"), rejects.get(0).reason());
        assertTrue(rejects.get(0).raw().length() <= CsvFeedReader.MAX_RAW_CHARS + 3);
    }

    @Test
    void hashesTheWholeFile() throws IOException {
        ReadStats s = read("tx_id,timestamp,chain,asset,from_address,to_address,amount\n");
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855".length(), s.sha256().length());
        ReadStats again = read("tx_id,timestamp,chain,asset,from_address,to_address,amount\n");
        assertEquals(s.sha256(), again.sha256());
    }
}
