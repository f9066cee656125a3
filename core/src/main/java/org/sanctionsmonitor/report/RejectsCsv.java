package org.sanctionsmonitor.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.sanctionsmonitor.ingest.Reject;

/**
 * rejects.csv: every row that could not be read, with file, line, reason and its text; cells are
 * {@linkplain SpreadsheetSafe neutralised} like findings.csv's, since a rejected row is raw feed text.
 */
public final class RejectsCsv {

    private RejectsCsv() {
    }

    public static void write(List<Reject> rejects, Writer w) throws IOException {
        List<Reject> sorted = rejects.stream()
                .sorted(Comparator.comparing(Reject::file).thenComparingLong(Reject::line))
                .toList();
        try (CSVPrinter p = new CSVPrinter(w, FindingsCsv.FORMAT)) {
            p.printRecord("file", "line", "reason", "raw");
            for (Reject r : sorted) {
                p.printRecord(FindingsCsv.safe(r.file(), r.line(), r.reason(), r.raw()));
            }
        }
    }
}
