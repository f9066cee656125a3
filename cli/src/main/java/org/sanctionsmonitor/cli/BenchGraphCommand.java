package org.sanctionsmonitor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sanctionsmonitor.bench.GraphBench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-graph}: its options; the benchmark itself is {@link GraphBench} (module tools). */
@Command(name = "bench-graph", mixinStandardHelpOptions = true,
        description = {"Benchmark (not a test): exposure analysis over a generated transfer graph, against the time to",
            "merely parse the same file, and the peak heap. Run with SANCTIONS_MONITOR_JAVA_OPTS=-Xmx1g to check the heap bound."})
public final class BenchGraphCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--transfers", defaultValue = "1000000", description = "Transfers to generate (default ${DEFAULT-VALUE}).")
    int transfers;

    @Option(names = "--addresses", defaultValue = "200000", description = "Distinct addresses (default ${DEFAULT-VALUE}).")
    int addresses;

    @Option(names = "--listed", defaultValue = "100", description = "Listed source addresses (default ${DEFAULT-VALUE}).")
    int listed;

    @Option(names = "--days", defaultValue = "30", description = "Days the transfers span (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--seed", defaultValue = "20250311", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--dir", defaultValue = "target/bench-graph", description = "Where the generated files go (default ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rule folder whose reference parameters apply (default: rules/).")
    Path rules;


    @Override
    public Integer call() throws IOException {
        GraphBench bench;
        try {
            bench = new GraphBench(transfers, addresses, listed, days, seed, dir, rules);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return bench.run(spec.commandLine().getOut());
    }
}
