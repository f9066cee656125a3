package org.sanctionsmonitor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.sanctionsmonitor.evaluation.NamesEval;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval-names}: its options; the evaluation itself is {@link NamesEval} (module tools).
 * Exit 0 when the held-out split meets every target, 1 otherwise, 2 on bad input.
 */
@Command(name = "eval-names",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates name screening on a list: variations generated from its names and strong aliases",
            "(sets people, companies), the cases of any --cases files (e.g. scripts, un-aliases, innocent;",
            "built by eval/tools/build_cases.py) and built-in innocents, at the settings in <rules>/reference/.",
            "Figures are given for the development and the held-out split; only development misses are listed.",
            "Exit 0 when the held-out split meets the targets (people >= 0.95, companies >= 0.90,",
            "scripts >= 0.80 found at alert; innocents at alert <= 1 in 50,000; no alert on generic words alone)."})
public final class EvalNamesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lists", paramLabel = "PATH", description = "The list to evaluate on (default: samples/lists/ofac).")
    List<Path> lists = new ArrayList<>();

    @Option(names = "--list-format", paramLabel = "FORMAT", description = "Force the list format: native, ofac, ofac-advanced, un, opensanctions, csl.")
    String listFormat;

    @Option(names = "--cases", paramLabel = "CSV", description = "A case file (set,kind,name,expected_id,split); repeatable.")
    List<Path> caseFiles = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "The rule folder holding reference/name-matching.csv (default: rules/).")
    Path rules;

    @Option(names = {"-v", "--verbose"}, description = "Print every development case with its score.")
    boolean verbose;

    @Option(names = "--show-heldout", description = "Also list the held-out misses (after tuning is done, never during).")
    boolean showHeldout;


    @Override
    public Integer call() {
        try {
            return new NamesEval(lists, listFormat, caseFiles, rules, verbose, showHeldout).run(spec.commandLine().getOut());
        } catch (NamesEval.BadCaseFile e) {
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("eval-names: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.INPUT;
        }
    }
}
