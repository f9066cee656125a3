package org.sanctionsmonitor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sanctionsmonitor.bench.CheckBench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: its options; the benchmark itself (seeded synthetic data with planted hits, the
 * full check timed against a parse-only baseline of the same files) is {@link CheckBench} (module tools).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: the full check against merely parsing the same synthetic files.",
            "The last line printed is 'check/parse ratio: N.NN'. Exit 1 when a planted hit was missed",
            "(or a warm run's findings differ from the first run's)."})
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--transfers", defaultValue = "1000000", description = "Transfers to generate (default: ${DEFAULT-VALUE}).")
    int transfers;

    @Option(names = "--shipments", defaultValue = "200000", description = "Shipments to generate (default: ${DEFAULT-VALUE}).")
    int shipments;

    @Option(names = "--payments", defaultValue = "200000", description = "Payments to generate (default: ${DEFAULT-VALUE}).")
    int payments;

    @Option(names = "--list-entries", defaultValue = "20000", description = "List entries (default: ${DEFAULT-VALUE}).")
    int listEntries;

    @Option(names = "--addresses", defaultValue = "200000", description = "Distinct addresses per chain (default: ${DEFAULT-VALUE}).")
    int addresses;

    @Option(names = "--scale", defaultValue = "1", description = "Multiply the feed sizes (e.g. 0.25, 0.5, 1) (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--hubs", defaultValue = "0", description = {"Exchange-like hub addresses per chain (default: ${DEFAULT-VALUE}):",
        "half of the transfers then go into or out of one, listed addresses deposit into them, and no labels",
        "file is given (the unlabelled-exchange case: each hub is reported as CYB-004 and stops exposure)."})
    int hubs;

    @Option(names = "--seed", defaultValue = "20261129", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warm-runs", defaultValue = "0", description = {
        "Run the check this many more times in the same JVM once the code is compiled, and print their time",
        "and CPU: the steady-state cost, without the JIT's warm-up (every run of the check command starts cold,",
        "and the ratio stays the first, cold run's). Their findings must equal the first run's (default: ${DEFAULT-VALUE})."})
    int warmRuns;

    @Option(names = "--dir", defaultValue = "target/bench", description = "Where the data and reports go (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local", description = {
        "local: the check in this JVM (default). spark: also the Spark job (bin/sanctions-monitor-spark, run as its own",
        "process, embedded in local mode) on the same files; prints both times and whether their findings.csv are",
        "byte-identical (exit 1 when not)."})
    String engine;

    @Option(names = "--spark-master", paramLabel = "URL", defaultValue = "local[*]",
            description = "The Spark job's --master with --engine spark (default: ${DEFAULT-VALUE}).")
    String sparkMaster;


    @Override
    public Integer call() throws IOException {
        CheckBench bench;
        try {
            bench = new CheckBench(new CheckBench.Options(transfers, shipments, payments, listEntries, addresses, scale, hubs, seed,
                    warmRuns, dir, engine, sparkMaster));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return bench.run(spec.commandLine().getOut());
    }
}
