package org.sanctionsmonitor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.ingest.Reject;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListDiff;
import org.sanctionsmonitor.lists.ListLoader;
import org.sanctionsmonitor.lists.ListSources;
import org.sanctionsmonitor.lists.ListUpdater;
import org.sanctionsmonitor.report.AtomicOutput;
import org.sanctionsmonitor.report.SpreadsheetSafe;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lists}: versions of the sanctions lists: what changed between two, and fetching the current ones. */
@Command(name = "lists",
        mixinStandardHelpOptions = true,
        description = "Sanctions list versions: what changed between two versions (diff), and fetching the current publications (update).",
        subcommands = {ListsCommand.DiffCommand.class, ListsCommand.UpdateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad usage or unusable input (a list that cannot be read, a download that failed or could not be verified)"})
public final class ListsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: diff or update");
    }

    /** Entries the diff summary names one by one; the CSV has them all. */
    static final int MAX_SUMMARY_LINES = 40;

    /** The columns of the diff CSV, in order. */
    static final List<String> DIFF_COLUMNS = List.of("change", "list", "entity_id", "entity_name", "field", "old_value", "new_value");

    /** {@code lists diff OLD NEW}: which entries, names, addresses, IMOs and BICs were added, removed or changed. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            header = "What a newer version of a list added, removed and changed.",
            description = {"Compares two versions of a list (any format the tool reads, each detected from its content, or a list store"
                    + " version folder): entries by list and id; names, aliases, addresses (by their comparison key, so a change of"
                    + " letter case in an EVM address is no change), IMO numbers, BICs, programs, countries, nationalities, dates of"
                    + " birth and links, value by value.",
                "Writes one CSV row per change (" + "change,list,entity_id,entity_name,field,old_value,new_value) to --out, or to"
                    + " standard output, and a short summary (to standard output with --out, else to standard error)."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:compared (whether or not anything changed)", "2:bad usage or a list that cannot be read"})
    static final class DiffCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "OLD", description = "The earlier version of the list.")
        Path older;

        @Parameters(index = "1", paramLabel = "NEW", description = "The later version of the list.")
        Path newer;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the CSV here (atomically) instead of to standard output.")
        Path out;

        @Option(names = "--list-format", paramLabel = "FORMAT", description = "Force the format of both versions instead of detecting it.")
        String listFormat;

        @Override
        public Integer call() throws IOException {
            List<Reject> rejects = new ArrayList<>();
            EntityList before = ListLoader.load(older, listFormat, rejects);
            EntityList after = ListLoader.load(newer, listFormat, rejects);
            ListDiff.Result d = ListDiff.of(before.entities(), after.entities());
            PrintWriter stdout = spec.commandLine().getOut();
            PrintWriter summary = out != null ? stdout : spec.commandLine().getErr();
            if (out != null) {
                Path dir = out.toAbsolutePath().getParent();
                try (AtomicOutput ao = new AtomicOutput(dir)) {
                    ao.write(out.getFileName().toString(), w -> writeCsv(d, w));
                    ao.commit();
                }
            } else {
                writeCsv(d, stdout);
                stdout.flush();
            }
            summary.printf(Locale.ROOT, "lists diff: %s (%s, %,d entries%s) -> %s (%s, %,d entries%s)%n",
                    DisplayPaths.display(older), before.format(), before.entities().size(), dated(before),
                    DisplayPaths.display(newer), after.format(), after.entities().size(), dated(after));
            summary.printf(Locale.ROOT, "  entries: %,d added, %,d removed, %,d changed, %,d unchanged%n", d.added().size(),
                    d.removed().size(), d.changed().size(), d.unchanged());
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Long>> values = (Map<String, Map<String, Long>>) d.counts().get("values");
            values.forEach((field, c) -> summary.printf(Locale.ROOT, "  %-12s %s%n", field + ":", c.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey())).reduce((a, b) -> a + ", " + b).orElse("")));
            int shown = 0;
            Map<String, StringBuilder> lines = new java.util.LinkedHashMap<>();
            for (ListDiff.Change c : d.changes()) {
                String key = c.list() + " " + c.entityId() + " " + Summary.clean(c.entityName());
                if (c.field().equals("entry")) {
                    lines.put(c.change() + "  " + key, new StringBuilder());
                } else if (d.changed().stream().anyMatch(e -> e.listSource().equals(c.list()) && e.entityId().equals(c.entityId()))) {
                    StringBuilder sb = lines.computeIfAbsent("changed  " + key, k -> new StringBuilder());
                    sb.append(sb.length() == 0 ? ": " : "; ").append(c.field()).append(' ').append(c.change()).append(' ')
                            .append(Summary.clean(c.change().equals(ListDiff.REMOVED) ? c.oldValue() : c.newValue()));
                }
            }
            for (var e : lines.entrySet()) {
                if (shown++ == MAX_SUMMARY_LINES) {
                    summary.printf(Locale.ROOT, "  ... and %,d more entries (see the CSV)%n", lines.size() - MAX_SUMMARY_LINES);
                    break;
                }
                summary.println("  " + Summary.clip(e.getKey() + e.getValue()));
            }
            if (!rejects.isEmpty()) {
                summary.printf(Locale.ROOT, "  %,d rows of the two versions could not be read and are not compared (first: %s:%d %s)%n",
                        rejects.size(), rejects.get(0).file(), rejects.get(0).line(), rejects.get(0).reason());
            }
            before.warnings().forEach(w -> summary.println("  WARNING (OLD): " + Summary.clean(w)));
            after.warnings().forEach(w -> summary.println("  WARNING (NEW): " + Summary.clean(w)));
            summary.flush();
            return ExitCodes.OK;
        }

        private static String dated(EntityList l) {
            return l.published() == null ? "" : ", published " + l.published();
        }

        static void writeCsv(ListDiff.Result d, Writer w) throws IOException {
            CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            p.printRecord(DIFF_COLUMNS);
            for (ListDiff.Change c : d.changes()) {
                p.printRecord(SpreadsheetSafe.cell(c.change()), SpreadsheetSafe.cell(c.list()), SpreadsheetSafe.cell(c.entityId()),
                        SpreadsheetSafe.cell(c.entityName()), SpreadsheetSafe.cell(c.field()), SpreadsheetSafe.cell(c.oldValue()),
                        SpreadsheetSafe.cell(c.newValue()));
            }
            p.flush();
        }
    }

    /** {@code lists update --store DIR}: fetch the current publications into dated versions. */
    @Command(name = "update", mixinStandardHelpOptions = true,
            header = "Fetch the current publications of the lists into a list store.",
            description = {"Downloads each list of the reviewed sources table (rules/reference/list-sources.csv: id, format, official"
                    + " url(s), checksum source) into DIR/<id>/<yyyy-MM-dd>/ (the publication date where the file states one, else"
                    + " the day it was fetched), with version.json recording where, when and how each file was verified.",
                "A file whose publisher gives a checksum must match it; every download must read as its format. A failed or"
                    + " unverified download leaves nothing behind, and earlier versions are never overwritten; a publication"
                    + " already stored is not stored again. check --lists DIR then screens against the newest version of each list"
                    + " (or the newest on or before --as-of)."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every list stored or unchanged", "2:bad usage, or a list failed (nothing of it was stored)"})
    static final class UpdateCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--store", paramLabel = "DIR", required = true, description = "The list store (created if missing).")
        Path store;

        @Option(names = "--sources", paramLabel = "FILE",
                description = "The sources table (default: rules/reference/list-sources.csv under the tool's home).")
        Path sources;

        @Option(names = "--list", paramLabel = "ID", split = ",",
                description = "Only these lists (ids of the sources table); default: every list whose format this build reads.")
        List<String> only = new ArrayList<>();

        /** The updater; tests replace it. */
        ListUpdater updater = ListUpdater.standard();

        @Override
        public Integer call() throws IOException {
            Path table = sources != null ? sources : DisplayPaths.home().resolve("rules").resolve("reference").resolve(ListSources.FILE);
            ListSources s = ListSources.load(table);
            List<ListUpdater.Outcome> outcomes = updater.update(s, store, new LinkedHashSet<>(only));
            PrintWriter w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "lists update: %s into %s%n", DisplayPaths.display(table), DisplayPaths.display(store));
            int failed = 0;
            for (ListUpdater.Outcome o : outcomes) {
                w.printf(Locale.ROOT, "  %-24s %-9s %s%s%n", o.id(), o.status(), o.version() == null ? "" : o.version() + ": ",
                        Summary.clean(o.detail()));
                if (o.status().equals(ListUpdater.FAILED)) {
                    failed++;
                }
            }
            w.flush();
            if (failed > 0) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("error: " + failed + " list" + (failed == 1 ? "" : "s") + " failed; nothing of " + (failed == 1 ? "it" : "them")
                        + " was stored (see above)");
                err.flush();
                return ExitCodes.INPUT;
            }
            return ExitCodes.OK;
        }
    }
}
