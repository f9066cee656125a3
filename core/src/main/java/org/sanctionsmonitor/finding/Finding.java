package org.sanctionsmonitor.finding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

import org.sanctionsmonitor.model.Provenance;

/**
 * One finding: which rule fired on which record, against which list entry, how sure, and why.
 * Columns follow the contract's findings.csv order; {@code source} is the input line of the
 * subject and {@code ruleFile} the DRL file of the rule.
 */
public record Finding(
        String findingId,
        String ruleId,
        String ruleName,
        Category category,
        Severity severity,
        String subjectType,
        String subjectId,
        String listSource,
        String listEntryId,
        String listEntryName,
        String programs,
        String matchedValue,
        Double score,
        String explanation,
        Provenance source,
        String ruleFile,
        String legalBasis,
        List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** The stable order of findings in every output: most severe first, then by rule and record. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::subjectType)
            .thenComparing(Finding::subjectId)
            .thenComparing(f -> nz(f.listSource()))
            .thenComparing(f -> nz(f.listEntryId()))
            .thenComparing(f -> nz(f.matchedValue()))
            .thenComparing(Finding::source)
            .thenComparing(Finding::findingId);

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The score as findings show it: at most three decimals, at least one ("1.0", "0.925"); empty when absent. */
    public String scoreText() {
        if (score == null) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        if (d.scale() < 1) {
            d = d.setScale(1);
        }
        return d.toPlainString();
    }

    public Finding withFindingId(String id) {
        return new Finding(id, ruleId, ruleName, category, severity, subjectType, subjectId, listSource, listEntryId,
                listEntryName, programs, matchedValue, score, explanation, source, ruleFile, legalBasis, evidence);
    }
}
