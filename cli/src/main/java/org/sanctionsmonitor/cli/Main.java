package org.sanctionsmonitor.cli;

import java.io.PrintWriter;
import java.util.List;

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
        subcommands = {CheckCommand.class, RulesCommand.class, ListsCommand.class, EvalNamesCommand.class, BenchNamesCommand.class,
            BenchGraphCommand.class, BenchCommand.class,
            BenchListsCommand.class, CommandLine.HelpCommand.class},
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
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: check, rules, lists)");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code (for tests and main). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof RuleException ? ExitCodes.RULES : ExitCodes.INPUT);
        cl.setUsageHelpAutoWidth(true);
        cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
        // a usage error is the error and one line pointing to --help, not the whole help
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            PrintWriter e = c.getErr();
            e.println("error: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, e);
            e.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for the options.");
            e.flush();
            return ExitCodes.INPUT;
        });
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
            if (ex instanceof java.io.IOException io) {
                e.println("error: " + describe(io));
                e.flush();
                return ExitCodes.INPUT;
            }
            if (ex instanceof java.io.UncheckedIOException uio) {
                e.println("error: " + describe(uio.getCause()));
                e.flush();
                return ExitCodes.INPUT;
            }
            throw ex;
        });
        return cl;
    }

    /**
     * An I/O error that says why: Java's file exceptions carry only the path as their message
     * ("error: out" says nothing), so the kind of failure is named after it.
     */
    static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.FileSystemException fs) {
            String file = fs.getFile() == null ? "" : fs.getFile();
            String why = e instanceof java.nio.file.FileAlreadyExistsException ? "exists and is a file, where a folder is needed"
                    : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.NotDirectoryException ? "is not a folder"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.DirectoryNotEmptyException ? "the folder is not empty"
                    : fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            String other = fs.getOtherFile() == null ? "" : " (and " + fs.getOtherFile() + ")";
            return file + other + ": " + why;
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * The command list of the help: each command with the first sentence of its description, whole
     * (picocli's own list shows the description's first line, which may stop mid-sentence).
     */
    static String commandList(CommandLine.Help help) {
        var subs = help.subcommands();
        if (subs.isEmpty()) {
            return "";
        }
        int nameWidth = subs.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        int width = Math.max(60, help.commandSpec().usageMessage().width());
        StringBuilder sb = new StringBuilder();
        for (var e : subs.entrySet()) {
            String[] d = e.getValue().commandSpec().usageMessage().description();
            String text = firstSentence(String.join(" ", d).replace("%n", " ").replaceAll("\\s+", " ").strip());
            List<String> lines = wrap(text, width - 2 - nameWidth);
            for (int i = 0; i < lines.size(); i++) {
                String name = i == 0 ? e.getKey() : "";
                sb.append("  ").append(name).append(" ".repeat(nameWidth - name.length())).append(lines.get(i))
                        .append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    static String firstSentence(String text) {
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
            // "e.g. x" and "vs. y" do not end a sentence; a lower-case word after the stop continues it
            if (i + 2 < text.length() && Character.isUpperCase(text.charAt(i + 2))) {
                return text.substring(0, i + 1);
            }
        }
        return text;
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sanctions-monitor " + Versions.tool() + " (Drools " + Versions.drools() + ")"};
        }
    }
}
