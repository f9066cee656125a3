package org.sanctionsmonitor.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.sanctionsmonitor.check.CheckOptions;

/** The check options the auditor commands build: the one place that constructs {@link CheckOptions}. */
final class Options {

    private Options() {
    }

    /** A scenario case: its own lists and feeds, the rule folder under test, a scratch output folder. */
    static CheckOptions scenario(List<Path> lists, List<Path> transfers, List<Path> shipments, List<Path> vesselEvents,
            Path rules, Path out, LocalDate asOf) {
        return new CheckOptions(lists, null, transfers, shipments, vesselEvents, rules, out, asOf, null, 0, false);
    }

    /** The same run with other rules into another folder, without --fail-on (for the baseline of an impact analysis). */
    static CheckOptions withRules(CheckOptions o, Path rules, Path out) {
        return new CheckOptions(o.lists(), o.listFormat(), o.transfers(), o.shipments(), o.vesselEvents(), rules, out,
                o.asOf(), null,
                o.maxRejectRatio(), o.samples());
    }
}
