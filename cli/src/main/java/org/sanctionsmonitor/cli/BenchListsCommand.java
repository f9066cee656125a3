package org.sanctionsmonitor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.sanctionsmonitor.bench.ListsBench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench-lists}: its options; the benchmark itself is {@link ListsBench} (module tools). */
@Command(name = "bench-lists", mixinStandardHelpOptions = true,
        description = {"Benchmark: loading XML lists (UN consolidated, OFAC Advanced) against a plain StAX pass over the same file.",
            "Default lists: the reference files in ../shared/reference when present."})
public final class BenchListsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lists", description = "An XML list file (repeatable; default: the reference files).")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs of each, after one warm-up run; the best counts (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--dir", defaultValue = "target/bench-lists", description = "Where a decompressed copy of a .bz2 goes (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws IOException {
        ListsBench bench;
        try {
            bench = new ListsBench(lists, runs, dir);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return bench.run(spec.commandLine().getOut());
    }
}
