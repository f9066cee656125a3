package org.sanctionsmonitor.cli;

import java.io.PrintWriter;

import org.sanctionsmonitor.engine.Versions;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.ingest.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code sanctions-monitor check [options]}. */
@Command(name = "sanctions-monitor",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Rule-based sanctions monitoring: CSV feeds and sanctions lists in, auditable findings out.",
        subcommands = {CheckCommand.class, RulesCommand.class, EvalNamesCommand.class, BenchNamesCommand.class,
            BenchGraphCommand.class, org.sanctionsmonitor.bench.BenchCommand.class,
            org.sanctionsmonitor.bench.BenchListsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the run completed (and, with --fail-on, nothing at or above it)",
            "1:findings at or above --fail-on",
            "2:bad usage or unusable input",
            "3:the rules do not compile or fail verification"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: check, rules)");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code (for tests and main). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof RuleException ? ExitCodes.RULES : ExitCodes.INPUT);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof RuleException re) {
                e.println("error: the rules cannot be used:");
                re.problems().forEach(p -> e.println("  " + p));
                e.flush();
                return ExitCodes.RULES;
            }
            if (ex instanceof InputException ie) {
                e.println("error: " + ie.getMessage());
                e.flush();
                return ExitCodes.INPUT;
            }
            if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
                e.println("error: " + ex.getMessage());
                e.flush();
                return ExitCodes.INPUT;
            }
            throw ex;
        });
        return cl;
    }

    /** The version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sanctions-monitor " + Versions.tool() + " (Drools " + Versions.drools() + ")"};
        }
    }
}
