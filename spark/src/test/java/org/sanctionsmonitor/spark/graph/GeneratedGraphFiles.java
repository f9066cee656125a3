package org.sanctionsmonitor.spark.graph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVPrinter;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.report.FindingsCsv;

/**
 * {@link GraphCases#generated}'s set (two EVM chains, listed addresses, exchanges, bridges with
 * deposits that come out on the other chain, hack proceeds, pass-through and structuring shapes,
 * a hub) written as the check's input files, for the job-level conformance test.
 */
public final class GeneratedGraphFiles {

    private GeneratedGraphFiles() {
    }

    /** Writes transfers.csv, labels.csv and list.csv of {@code n} generated transfers into {@code dir}. */
    public static void write(Path dir, int n, long seed) throws IOException {
        write(dir, GraphCases.generated(n, seed));
    }

    /**
     * The same with the hubs of {@link HubStageConformanceTest#withHubs}, the fans of
     * {@link FanStageConformanceTest#withFans}, the mixers of
     * {@link MixerStageConformanceTest#withMixers} and the hack-proceeds labels of
     * {@link HackProceedsConformanceTest#withHackProceeds} (one of whose paths runs into a hub) added.
     */
    public static void writeWithHubsFansAndMixers(Path dir, int n, long seed) throws IOException {
        write(dir, HackProceedsConformanceTest.withHackProceeds(MixerStageConformanceTest.withMixers(
                FanStageConformanceTest.withFans(HubStageConformanceTest.withHubs(GraphCases.generated(n, seed))))));
    }

    private static void write(Path dir, GraphCases c) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("transfers.csv"), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord("tx_id", "timestamp", "chain", "asset", "from_address", "to_address", "amount", "amount_usd",
                    "from_owner", "to_owner");
            for (Transfer t : c.transfers) {
                p.printRecord(t.txId(), t.timestamp(), t.chain(), t.asset(), t.fromAddress(), t.toAddress(),
                        t.amount().toPlainString(), t.amountUsd() == null ? "" : t.amountUsd().toPlainString(),
                        t.fromOwner() == null ? "" : t.fromOwner(), t.toOwner() == null ? "" : t.toOwner());
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("labels.csv"), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord("chain", "address", "label_type", "name", "source");
            for (AddressLabel l : c.labels) {
                p.printRecord(l.chain(), l.address(), l.labelType(), l.name(), l.source());
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("list.csv"), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord("entity_id", "name", "type", "aliases", "weak_aliases", "programs", "countries", "imo",
                    "crypto_addresses", "bic", "list");
            for (ListedEntity e : c.entities) {
                p.printRecord(e.entityId(), e.name(), "entity", "", "", "DPRK3", "KP", "",
                        e.cryptoAddresses().stream().map(a -> a.asset() + ":" + a.address()).collect(Collectors.joining(";")),
                        "", "GENERATED");
            }
        }
    }
}
