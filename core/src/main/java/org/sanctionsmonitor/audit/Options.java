package org.sanctionsmonitor.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.check.CheckOptions;
import org.sanctionsmonitor.check.Feed;

/** The check options the auditor commands build: the one place that constructs {@link CheckOptions}. */
final class Options {

    private Options() {
    }

    /** A scenario case: its own lists and feeds (each registered feed's file), the rule folder under test, a scratch output folder. */
    static CheckOptions scenario(List<Path> lists, Map<Feed, List<Path>> feeds, Path rules, Path out, LocalDate asOf) {
        CheckOptions.Builder b = CheckOptions.builder().lists(lists).rules(rules).out(out).asOf(asOf);
        feeds.forEach(b::feed);
        return b.build();
    }

    /** The same run with other rules into another folder, without --fail-on (for the baseline of an impact analysis). */
    static CheckOptions withRules(CheckOptions o, Path rules, Path out) {
        return o.toBuilder().rules(rules).out(out).failOn(null).build();
    }
}
