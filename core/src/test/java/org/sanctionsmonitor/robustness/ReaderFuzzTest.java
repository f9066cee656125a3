package org.sanctionsmonitor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.Reject;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzing of every reader: whatever bytes a file holds, the only exception that may escape is the
 * tool's own {@link InputException} (exit 2 with a message), and every row is accounted for
 * (rows_read = accepted + rejected, every reject with a line). Inputs are built from the pieces
 * that break CSV readers: quotes, separators, line ends, byte-order marks, invalid and truncated
 * UTF-8, long runs, and valid headers and rows of each feed.
 *
 * <p>The properties run 300 tries each in the normal suite (src/test/resources/junit-platform.properties). A longer run:
 * {@code mvn test -Dtest=ReaderFuzzTest -Djqwik.tries.default=20000}. Files in
 * src/test/resources/fuzz-corpus are replayed through every reader on every run.
 */
class ReaderFuzzTest {

    static final Path CORPUS = Path.of("core/src/test/resources/fuzz-corpus");

    static final List<String> PIECES = List.of(
            "tx_id,timestamp,chain,asset,from_address,to_address,amount\n",
            "shipment_id,date,origin_country,destination_country,vessel_imo,unit,quantity\n",
            "entity_id,name,type,imo,crypto_addresses,bic,countries\n",
            "event_id,timestamp,event_type,vessel_imo,vessel_flag,other_vessel_imo,latitude,longitude,duration_hours,quantity,unit\n",
            "E1,2025-03-03T08:00:00Z,STS,8705539,KP,9417115,39.1,124.5,13,1000,bbl\n",
            "payment_id,date,amount,currency,beneficiary,beneficiary_bank_bic,beneficiary_dob\n",
            "P1,2025-03-03,1000.50,USD,Choe Sok Min,FTBDKPPYXXX,1978-07-25\n",
            "chain,address,label_type,name\n", "ethereum,0x098b716b8aaf21512996dc57eb0615e2383e2f96,mixer,Tornado\n",
            "27307,\"LAZARUS GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'ZINC'; Digital Currency Address - ETH 0xabc.\"\r\n",
            "-0- ", "\u001a",
            "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,program_ids,dataset,first_seen,last_seen,last_change\n",
            "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n",
            "T1,2025-03-03T08:00:00Z,bitcoin,XBT,a,b,1\n",
            "S1,2025-02-03,KP,CN,8705539,t,12\n",
            "1,ACME,vessel,8705539,ETH:0xabc,ACMEKPPY,KP\n",
            "\"", "\"\"", ",", ",,", "\n", "\r\n", "\r", "\uFEFF", " ", "x", "KIM, Sang Man", "조선",
            "2025-13-45", "-1", "1e9", "Korea, North", ";", "IMO 8705538", "\u0000");

    @Provide
    Arbitrary<byte[]> files() {
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES).map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xF0, (byte) 0x9F}),
                Arbitraries.strings().withChars('"', ',', 'a', '\n').ofMinLength(50).ofMaxLength(400)
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
        return piece.list().ofMinSize(0).ofMaxSize(40).map(parts -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            parts.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    @Property
    void transfersReaderOnlyFailsWithItsOwnErrors(@ForAll("files") byte[] content) throws IOException {
        check("transfers", content);
    }

    @Property
    void shipmentsReaderOnlyFailsWithItsOwnErrors(@ForAll("files") byte[] content) throws IOException {
        check("shipments", content);
    }

    @Property
    void vesselEventsReaderOnlyFailsWithItsOwnErrors(@ForAll("files") byte[] content) throws IOException {
        check("vessel-events", content);
    }

    @Property
    void paymentsReaderOnlyFailsWithItsOwnErrors(@ForAll("files") byte[] content) throws IOException {
        check("payments", content);
    }

    @Property
    void labelsReaderOnlyFailsWithItsOwnErrors(@ForAll("files") byte[] content) throws IOException {
        check("labels", content);
    }

    @Property
    void ofacReaderOnlyFailsWithItsOwnErrors(@ForAll("files") byte[] content) throws IOException {
        check("list-ofac", content);
    }

    @Property
    void openSanctionsReaderOnlyFailsWithItsOwnErrors(@ForAll("files") byte[] content) throws IOException {
        check("list-opensanctions", content);
    }

    @Property
    void cslReaderOnlyFailsWithItsOwnErrors(@ForAll("files") byte[] content) throws IOException {
        check("list-csl", content);
    }

    @Property
    void listReaderOnlyFailsWithItsOwnErrors(@ForAll("files") byte[] content) throws IOException {
        check("list", content);
    }

    /**
     * The XML readers on real excerpts cut short at any byte, or with one byte changed: the tool's
     * own error naming the file (a truncated or malformed file), or a whole read with every record
     * accounted for; never another exception.
     */
    @Property
    void xmlReadersOnlyFailWithTheirOwnErrors(@ForAll("xmlExcerpt") String which, @ForAll @net.jqwik.api.constraints.DoubleRange(min = 0, max = 1) double at,
            @ForAll byte replacement, @ForAll boolean truncate) throws IOException {
        byte[] whole = Files.readAllBytes(Path.of("core/src/test/resources/lists", which));
        int pos = (int) Math.min(whole.length - 1, Math.floor(at * whole.length));
        byte[] content;
        if (truncate) {
            content = java.util.Arrays.copyOf(whole, pos);
        } else {
            content = whole.clone();
            content[pos] = replacement;
        }
        check(which.startsWith("un") ? "list-un" : "list-ofac-advanced", content);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> xmlExcerpt() {
        return net.jqwik.api.Arbitraries.of("un-consolidated-excerpt.xml", "ofac-sdn-advanced-dprk-excerpt.xml");
    }

    static Stream<Object[]> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<Path> all = files.sorted().toList();
            return all.stream().flatMap(f -> AnyReader.FEEDS.stream().map(feed -> new Object[] {feed, f.getFileName().toString()}));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("corpus")
    void replayCorpus(String feed, String name) throws IOException {
        check(feed, Files.readAllBytes(CORPUS.resolve(name)));
    }

    private static void check(String feed, byte[] content) throws IOException {
        Path f = Files.createTempFile("fuzz-", ".csv");
        try {
            Files.write(f, content);
            AnyReader.Result r;
            try {
                r = AnyReader.read(feed, f);
            } catch (InputException e) {
                assertTrue(e.getMessage() != null && e.getMessage().contains(f.getFileName().toString()), e.getMessage());
                return;
            } catch (UncheckedIOException e) {
                throw new AssertionError("an I/O error escaped the reader: " + e, e);
            }
            MalformedCorpusTest.accountingHolds(r);
            long firstDataLine = feed.equals("list-ofac") ? 1 : 2; // OFAC's legacy files have no header row
            for (Reject j : r.rejects()) {
                assertTrue(j.line() >= firstDataLine, "a reject is never the header: " + j);
                assertTrue(j.reason() != null && !j.reason().isBlank(), j.toString());
            }
            long lines = 1;
            for (int i = 0; i < content.length; i++) {
                if (content[i] == '\n' || content[i] == '\r' && (i + 1 == content.length || content[i + 1] != '\n')) {
                    lines++; // LF, CRLF or a lone CR ends a line, as for the CSV parser
                }
            }
            for (Reject j : r.rejects()) {
                assertTrue(j.line() <= lines, "reject line within the file: " + j + " of " + lines);
            }
            assertEquals(r.rejects().size(), r.rejects().stream().map(Reject::line).distinct().count(),
                    "one reject per line at most: " + r.rejects());
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
