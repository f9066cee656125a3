package org.sanctionsmonitor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctionsmonitor.ingest.InputException;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;

/**
 * The corpus of malformed files in src/test/resources/malformed: each file with the error it must
 * produce (expected.csv): a stop with exit-2 input error naming the file, or rejected rows at the
 * given lines, with the accounting rows_read = accepted + rejected always holding.
 */
class MalformedCorpusTest {

    static final Path ROOT = Path.of("core/src/test/resources/malformed");

    static Stream<CSVRecord> cases() throws IOException {
        try (Reader r = Files.newBufferedReader(ROOT.resolve("expected.csv"))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachMalformedFileGivesItsError(CSVRecord c) {
        Path file = ROOT.resolve(c.get("file"));
        String feed = c.get("feed");
        String message = c.get("message");
        switch (c.get("outcome")) {
            case "input_error" -> {
                InputException e = assertThrows(InputException.class, () -> AnyReader.read(feed, file));
                assertTrue(e.getMessage().startsWith(file.getFileName().toString()) || e.getMessage().contains(c.get("file")),
                        "names the file: " + e.getMessage());
                assertTrue(e.getMessage().contains(message), e.getMessage());
            }
            case "rejects" -> {
                AnyReader.Result r = AnyReader.read(feed, file);
                List<Long> lines = Arrays.stream(c.get("reject_lines").split(" ")).map(Long::parseLong).toList();
                assertEquals(lines, r.rejects().stream().map(Reject::line).toList(), r.rejects().toString());
                assertTrue(r.rejects().get(0).reason().contains(message), r.rejects().get(0).reason());
                accountingHolds(r);
            }
            case "ok" -> {
                AnyReader.Result r = AnyReader.read(feed, file);
                assertEquals(List.of(), r.rejects());
                accountingHolds(r);
            }
            default -> throw new IllegalArgumentException(c.get("outcome"));
        }
    }

    static void accountingHolds(AnyReader.Result r) {
        long rejected = 0;
        for (ReadStats s : r.stats()) {
            assertEquals(s.rowsRead(), s.rowsAccepted() + s.rowsRejected(), s.toString());
            rejected += s.rowsRejected();
        }
        assertEquals(rejected, r.rejects().size());
    }
}
