package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctionsmonitor.check.Feed;
import org.sanctionsmonitor.ingest.Column;
import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/**
 * Every registered {@link Feed} is wired end to end: {@code check} has its option, its reader
 * makes the registered record type from a real file, a run given only that feed (beside the
 * transfers a run of a helper feed needs) records its file in the manifest's options and its rows
 * in the manifest's inputs, and its columns are the contract's.
 */
class FeedRegistryTest {

    @TempDir
    Path dir;

    /** A small file of each feed: the sample's, or (prices) a few rows of the reviewed price table. */
    private Path file(Feed f) throws IOException {
        Path sample = Path.of("samples").resolve(f.fileName());
        if (Files.isRegularFile(sample)) {
            return sample;
        }
        assertEquals(Feed.PRICES, f, "a feed without a sample file: add one to samples/ or a case here");
        List<String> lines = Files.readAllLines(Path.of("rules/reference/crypto-prices.csv"));
        Path p = dir.resolve(f.fileName());
        Files.write(p, lines.subList(0, Math.min(4, lines.size())));
        return p;
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void theCheckCommandHasTheFeedsOption(Feed f) {
        CommandLine check = new CommandLine(new Main()).getSubcommands().get("check");
        CommandLine.Model.OptionSpec o = check.getCommandSpec().findOption(f.option());
        assertNotNull(o, f + ": check has no " + f.option());
        assertEquals("FILE", o.paramLabel());
        assertTrue(o.isMultiValue(), f.option() + " is repeatable");
        assertEquals(f.description(), o.description()[0]);
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void theReaderMakesTheRegisteredRecordType(Feed f) throws IOException {
        List<Object> records = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        ReadStats s = f.read(InputFile.of(file(f)), records::add, rejects);
        assertTrue(s.rowsAccepted() > 0, f + ": no row read from " + file(f));
        assertEquals(List.of(), rejects);
        records.forEach(r -> assertEquals(f.recordType(), r.getClass(), f + " made a " + r.getClass()));
        assertTrue(Column.class.isAssignableFrom(f.columns()), f + ": the columns enum implements Column");
    }

    @ParameterizedTest
    @EnumSource(Feed.class)
    void aRunGivenTheFeedReadsItAndRecordsItInTheManifest(Feed f) throws IOException {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("check", "-q", "--as-of", "2025-06-01", "--out", out.toString(),
                "--lists", "samples/lists/ofac", f.option(), file(f).toString()));
        if (f.lane() == Feed.Lane.BEFORE) {
            // labels, prices and ownership are read before the records: a run given none of the
            // record feeds is the sample run, so these are given with the transfers
            args.addAll(List.of("--transfers", "samples/transfers.csv"));
        }
        CheckCommandTest.Run r = CheckCommandTest.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        JsonNode m = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode given = m.path("options").path(f.key());
        assertTrue(given.isArray() && given.size() == 1 && given.get(0).asText().endsWith(f.fileName()),
                f + ": manifest options." + f.key() + " = " + given);
        long rows = 0;
        for (JsonNode input : m.path("inputs")) {
            if (input.path("kind").asText().equals(f.key())) {
                rows += input.path("rows_read").asLong();
            }
        }
        assertTrue(rows > 0, f + ": no manifest input of kind " + f.key() + " with rows: " + m.path("inputs"));
        for (Feed other : Feed.values()) {
            if (other != f && other != Feed.TRANSFERS) {
                assertTrue(m.path("options").path(other.key()).isMissingNode() || m.path("options").path(other.key()).isEmpty(),
                        "only " + f + " was given, yet " + other.key() + " = " + m.path("options").path(other.key()));
            }
        }
    }

    @Test
    void theFeedsAreTheContractsFeedsWithItsColumns() throws IOException {
        Path contract = Path.of("../shared/spec/contract.md");
        Assumptions.assumeTrue(Files.isRegularFile(contract),
                "skipped: the outer contract ../shared/spec/contract.md is not beside the clone");
        String text = Files.readString(contract);
        Set<String> named = new TreeSet<>();
        Matcher feed = Pattern.compile("(?m)^\\*\\*([a-z-]+)\\*\\*: (.*?)(?=\\n\\n)", Pattern.DOTALL).matcher(text);
        Map<String, Feed> byName = new java.util.HashMap<>();
        for (Feed f : Feed.values()) {
            byName.put(f.fileName().replace(".csv", ""), f);
        }
        while (feed.find()) {
            Feed f = byName.get(feed.group(1));
            if (f == null) {
                continue; // the native entity list is a list format, not a feed
            }
            named.add(feed.group(1));
            String body = feed.group(2).replaceAll("\\s+", " ");
            int cut = body.indexOf("— required");
            Set<String> required = backticked(body.substring(0, cut));
            Set<String> all = backticked(body);
            Set<String> columns = new LinkedHashSet<>(f.columnNames());
            // the tool may append optional columns (vessel events' previous_name, previous_flag), never drop one
            assertTrue(columns.containsAll(all), f + ": the columns enum " + columns + " lacks contract columns of " + all);
            Set<String> req = new TreeSet<>();
            for (Object c : f.columns().getEnumConstants()) {
                if (((Column) c).required()) {
                    req.add(((Column) c).header());
                }
            }
            assertEquals(new TreeSet<>(required), req, f + ": the required columns against the contract");
        }
        Set<String> registered = new TreeSet<>(byName.keySet());
        assertEquals(registered, named, "every registered feed is in the contract, and every contract feed is registered");
    }

    private static Set<String> backticked(String s) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile("`([a-z_]+)`").matcher(s);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
