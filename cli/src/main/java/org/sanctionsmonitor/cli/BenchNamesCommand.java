package org.sanctionsmonitor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.sanctionsmonitor.bench.NamesBench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-names}: its options; the benchmark itself is {@link NamesBench} (module tools). */
@Command(name = "bench-names",
        mixinStandardHelpOptions = true,
        description = {"Benchmark of name screening on synthetic data (deterministic seeds): prints names/second,",
            "mean candidates proposed and scored per name, and the time relative to tokenising the same names."})
public final class BenchNamesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--names", defaultValue = "200000", description = "Distinct party names (default: ${DEFAULT-VALUE}).")
    int names;

    @Option(names = "--entries", defaultValue = "20000", description = "List entries, each with 0-3 aliases (default: ${DEFAULT-VALUE}).")
    int entries;

    @Option(names = "--rounds", defaultValue = "1", description = "Screen the names this many times, each round with a fresh screener"
            + " (empty caches), and print each round's CPU time: the later rounds run compiled code (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rule folder holding reference/name-matching.csv (default: rules/).")
    Path rules;

    @Override
    public Integer call() {
        return new NamesBench(names, entries, rounds, rules).run(spec.commandLine().getOut());
    }
}
