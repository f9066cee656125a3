package org.sanctionsmonitor.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.sanctionsmonitor.cli.CheckCommand;
import org.sanctionsmonitor.cli.Main;

import picocli.CommandLine;

/**
 * {@code bin/sanctions-monitor-spark}: the {@code check} command, its options and exit codes
 * unchanged, with payments, shipments and transfers screened and ruled, exposure, pass-through,
 * structuring and the cap tallies computed on Spark (see {@link SparkEngine}),
 * plus {@code --master} (default {@code local[*]}: embedded, in this JVM) and
 * {@code --partitions}. Under {@code spark-submit} give {@code --master submitted}: the session is
 * then the one spark-submit configured.
 */
public final class SparkCheck {

    private SparkCheck() {
    }

    public static void main(String[] args) {
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs the check on Spark with these arguments (those of check, plus --master and --partitions). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = Main.commandLine(out, err);
        CommandLine check = cl.getSubcommands().get("check");
        CommandLine.Model.CommandSpec spec = check.getCommandSpec();
        spec.name("sanctions-monitor-spark");
        spec.usageMessage().description("The check (the same options, findings and exit codes) with payments, shipments and",
                "transfers screened and ruled, exposure, pass-through, structuring and the UNSCR 2397 cap tallies computed",
                "on Apache Spark. See docs/spark.md.");
        spec.addOption(CommandLine.Model.OptionSpec.builder("--master").paramLabel("URL").type(String.class)
                .defaultValue("local[*]")
                .description("Spark's master: local[N] or local[*] runs embedded in this JVM (default: ${DEFAULT-VALUE}); "
                        + "'submitted' takes the session spark-submit configured (its --master).").build());
        spec.addOption(CommandLine.Model.OptionSpec.builder("--partitions").paramLabel("N").type(int.class)
                .defaultValue("0")
                .description("At most N partitions per block of records and for the graph stages (default: 0, Spark's default "
                        + "parallelism).")
                .build());
        SparkSession[] started = new SparkSession[1];
        CheckCommand command = (CheckCommand) check.getCommand();
        command.engine(new SparkEngine(() -> {
            if (started[0] == null) {
                String master = spec.findOption("--master").getValue();
                if (!"submitted".equals(master) && !master.startsWith("local")) {
                    throw new CommandLine.ParameterException(check, "--master: '" + master + "' is not local[N], local[*] or "
                            + "'submitted'; a cluster's master is given to spark-submit (see docs/spark.md)");
                }
                started[0] = "submitted".equals(master) ? SparkSessions.submitted("sanctions-monitor")
                        : SparkSessions.local(master, "sanctions-monitor");
            }
            return started[0];
        }, partitionsOf(spec), org.sanctionsmonitor.engine.RuleRunner.BATCH, true));
        List<String> all = new ArrayList<>();
        all.add("check");
        all.addAll(List.of(args));
        try {
            return cl.execute(all.toArray(String[]::new));
        } finally {
            if (started[0] != null) {
                started[0].stop();
            }
        }
    }

    /** --partitions, read when the engine first needs it (after parsing). */
    private static java.util.function.IntSupplier partitionsOf(CommandLine.Model.CommandSpec spec) {
        return () -> spec.findOption("--partitions").getValue();
    }
}
