package org.sanctionsmonitor.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.sanctionsmonitor.engine.RuleBase;
import org.sanctionsmonitor.finding.Finding;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.lists.ListLoader;

/**
 * Compiles the real rules/ folder once and screens records against the real OFAC excerpt, the
 * way the batch check does, for the per-rule tests.
 */
public final class RulesHarness {

    private RulesHarness() {
    }

    /** The real rules/ folder, compiled once per test JVM (shared with RuleHarness). */
    public static RuleBase rules() {
        return RuleHarness.rules();
    }

    private static EntityList excerpt;

    /** The real OFAC excerpt (src/test/resources), loaded once. */
    public static synchronized EntityList ofacExcerpt() {
        if (excerpt == null) {
            excerpt = ListLoader.load(Path.of("core/src/test/resources/lists/ofac-sdn-dprk-excerpt"), null, new ArrayList<>());
        }
        return excerpt;
    }


    /** Screens the records and runs the rules as the check does; returns the findings. */
    public static List<Finding> run(Object... records) {
        return RecordPipelineHarness.run(rules(), List.of(ofacExcerpt()), List.of(), List.of(records), LocalDate.of(2025, 6, 1));
    }

    /** The IDs of the rules that fired. */
    public static Set<String> ids(List<Finding> findings) {
        Set<String> s = new TreeSet<>();
        findings.forEach(f -> s.add(f.ruleId()));
        return s;
    }
}
