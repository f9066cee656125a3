package org.sanctionsmonitor.engine;

import org.sanctionsmonitor.finding.Category;
import org.sanctionsmonitor.finding.Severity;

/** A rule's catalogue entry, read from its DRL metadata, with the file and line that define it. */
public record RuleInfo(String id, String name, Category category, Severity severity, String legalBasis,
        String description, String file, int line) {
}
