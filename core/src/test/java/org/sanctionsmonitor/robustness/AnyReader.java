package org.sanctionsmonitor.robustness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.sanctionsmonitor.ingest.InputFile;
import org.sanctionsmonitor.ingest.ReadStats;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.ingest.ShipmentsReader;
import org.sanctionsmonitor.ingest.LabelsReader;
import org.sanctionsmonitor.ingest.PaymentsReader;
import org.sanctionsmonitor.ingest.TransfersReader;
import org.sanctionsmonitor.ingest.VesselEventsReader;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;

/** Every reader of the tool behind one call, for the corpus and fuzz tests. */
final class AnyReader {

    /** What a read gave: the accounting of every file read and the rejected rows. */
    record Result(List<ReadStats> stats, List<Reject> rejects) {
    }

    /** The feeds (and list formats) the tests run every input through. */
    static final List<String> FEEDS = List.of("transfers", "shipments", "payments", "vessel-events", "labels", "list",
            "list-ofac", "list-opensanctions", "list-csl", "list-un", "list-ofac-advanced");

    private AnyReader() {
    }

    static Result read(String feed, Path file) {
        List<Reject> rejects = new ArrayList<>();
        List<ReadStats> stats = new ArrayList<>();
        switch (feed) {
            case "transfers" -> stats.add(TransfersReader.read(InputFile.of(file), t -> { }, rejects));
            case "shipments" -> stats.add(ShipmentsReader.read(InputFile.of(file), s -> { }, rejects));
            case "vessel-events" -> stats.add(VesselEventsReader.read(InputFile.of(file), e -> { }, rejects));
            case "payments" -> stats.add(PaymentsReader.read(InputFile.of(file), e -> { }, rejects));
            case "labels" -> stats.add(LabelsReader.read(InputFile.of(file), e -> { }, rejects));
            case "list-ofac", "list-opensanctions", "list-csl", "list-un", "list-ofac-advanced" -> {
                EntityList l = ListLoader.load(file, feed.substring("list-".length()), rejects);
                stats.addAll(l.files());
            }
            case "list" -> {
                EntityList l = ListLoader.load(file, null, rejects);
                stats.addAll(l.files());
            }
            default -> throw new IllegalArgumentException(feed);
        }
        return new Result(stats, rejects);
    }
}
