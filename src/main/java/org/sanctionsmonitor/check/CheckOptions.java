package org.sanctionsmonitor.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.sanctionsmonitor.report.Severity;

/**
 * What one batch check runs on. Paths are as resolved by the command (defaults already applied).
 *
 * @param maxRejectRatio the share of rows (rejected / read, over all inputs) that may be rejected
 *                       before the run fails; 0 means any reject fails it
 */
public record CheckOptions(
        List<Path> lists,
        String listFormat,
        List<Path> transfers,
        List<Path> shipments,
        Path rules,
        Path out,
        LocalDate asOf,
        Severity failOn,
        double maxRejectRatio,
        boolean samples,
        List<Path> labels) {

    public CheckOptions {
        labels = List.copyOf(labels);
        lists = List.copyOf(lists);
        transfers = List.copyOf(transfers);
        shipments = List.copyOf(shipments);
    }
}
