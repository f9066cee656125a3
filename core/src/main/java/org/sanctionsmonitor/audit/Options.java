package org.sanctionsmonitor.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.sanctionsmonitor.check.CheckOptions;

/** The check options the auditor commands build: the one place that constructs {@link CheckOptions}. */
final class Options {

    private Options() {
    }

    /** A scenario case: its own lists, feeds, address labels and ownership links, the rule folder under test, a scratch output folder. */
    static CheckOptions scenario(List<Path> lists, List<Path> transfers, List<Path> shipments, List<Path> payments,
            List<Path> vesselEvents, List<Path> labels, List<Path> ownership, Path rules, Path out, LocalDate asOf) {
        return CheckOptions.builder().lists(lists).transfers(transfers).shipments(shipments).payments(payments)
                .vesselEvents(vesselEvents).labels(labels).ownership(ownership).rules(rules).out(out).asOf(asOf).build();
    }

    /** The same run with other rules into another folder, without --fail-on (for the baseline of an impact analysis). */
    static CheckOptions withRules(CheckOptions o, Path rules, Path out) {
        return o.toBuilder().rules(rules).out(out).failOn(null).build();
    }
}
