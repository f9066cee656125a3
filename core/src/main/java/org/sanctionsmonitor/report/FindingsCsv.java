package org.sanctionsmonitor.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.sanctionsmonitor.finding.Finding;

/**
 * findings.csv: the contract's columns in order, then the input file, the rule file and the legal
 * basis, then (appended later, as the contract asks) the record's date, the field that matched
 * and, with {@code --previous}, whether the finding is new or was seen in the previous run
 * ({@link FindingFields}; empty where there is none). {@code rule_name} is the rule's name without
 * its ID, which {@code rule_id} holds. The input line is deliberately not a column: the same inputs in any row order give a
 * byte-identical findings.csv; findings.json carries the file and line of every fact.
 * Text cells are {@linkplain SpreadsheetSafe neutralised} against formula injection when the file
 * is opened in a spreadsheet; findings.json holds the raw values.
 */
public final class FindingsCsv {

    public static final List<String> COLUMNS = List.of(
            "finding_id", "rule_id", "rule_name", "category", "severity", "subject_type", "subject_id",
            "list_source", "list_entry_id", "list_entry_name", "programs", "matched_value", "score", "explanation",
            "source_file", "rule_file", "legal_basis", "record_date", "matched_field", "status");

    /** Output dialect: RFC 4180 with LF line ends everywhere, so files are byte-identical across platforms. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private FindingsCsv() {
    }

    /** The cells of one record, each made {@linkplain SpreadsheetSafe#cell(Object) safe to open in a spreadsheet}. */
    static Object[] safe(Object... cells) {
        Object[] out = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = SpreadsheetSafe.cell(cells[i]);
        }
        return out;
    }

    public static void write(List<Finding> findings, Writer w) throws IOException {
        write(findings, Map.of(), w);
    }

    /** With a status per finding id ({@code new}/{@code seen}); a finding not in the map has an empty status. */
    public static void write(List<Finding> findings, Map<String, String> status, Writer w) throws IOException {
        write(findings, status::get, w);
    }

    /**
     * The findings as they come (one at a time: a {@link org.sanctionsmonitor.finding.SortedFindings}
     * read from disk is never held whole), with a status per finding id (null: empty).
     */
    public static void write(Iterable<Finding> findings, Function<String, String> status, Writer w) throws IOException {
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(COLUMNS);
            for (Finding f : findings) {
                p.printRecord(safe(f.findingId(), f.ruleId(), FindingFields.ruleTitle(f), f.category(), f.severity(),
                        f.subjectType(), f.subjectId(), f.listSource(), f.listEntryId(), f.listEntryName(), f.programs(),
                        f.matchedValue(), f.scoreText(), f.explanation(), f.source().file(),
                        f.ruleFile(), f.legalBasis(), FindingFields.recordDate(f), FindingFields.matchedField(f),
                        status.apply(f.findingId())));
            }
        }
    }
}
