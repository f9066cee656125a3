package org.sanctionsmonitor.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.sanctionsmonitor.finding.Severity;

/**
 * What one batch check runs on. Paths are as resolved by the command (defaults already applied).
 * Build one with {@link #builder()}: feeds are many lists of the same type, so positional
 * construction invites swapping them.
 *
 * @param maxRejectRatio the share of rows (rejected / read, over all inputs) that may be rejected
 *                       before the run fails; 0 means any reject fails it
 */
public record CheckOptions(
        List<Path> lists,
        String listFormat,
        List<Path> transfers,
        List<Path> shipments,
        List<Path> payments,
        List<Path> vesselEvents,
        List<Path> labels,
        Path rules,
        Path out,
        LocalDate asOf,
        Severity failOn,
        double maxRejectRatio,
        boolean samples) {

    public CheckOptions {
        lists = List.copyOf(lists);
        transfers = List.copyOf(transfers);
        shipments = List.copyOf(shipments);
        payments = List.copyOf(payments);
        vesselEvents = List.copyOf(vesselEvents);
        labels = List.copyOf(labels);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder().lists(lists).listFormat(listFormat).transfers(transfers).shipments(shipments)
                .payments(payments).vesselEvents(vesselEvents).labels(labels).rules(rules).out(out).asOf(asOf).failOn(failOn)
                .maxRejectRatio(maxRejectRatio).samples(samples);
    }

    /** Named construction of {@link CheckOptions}; feeds default to none. */
    public static final class Builder {
        private List<Path> lists = List.of();
        private String listFormat;
        private List<Path> transfers = List.of();
        private List<Path> shipments = List.of();
        private List<Path> payments = List.of();
        private List<Path> vesselEvents = List.of();
        private List<Path> labels = List.of();
        private Path rules = Path.of("rules");
        private Path out = Path.of("out");
        private LocalDate asOf = LocalDate.of(2026, 1, 1);
        private Severity failOn;
        private double maxRejectRatio;
        private boolean samples;

        public Builder lists(List<Path> v) {
            lists = v;
            return this;
        }

        public Builder listFormat(String v) {
            listFormat = v;
            return this;
        }

        public Builder transfers(List<Path> v) {
            transfers = v;
            return this;
        }

        public Builder shipments(List<Path> v) {
            shipments = v;
            return this;
        }

        public Builder payments(List<Path> v) {
            payments = v;
            return this;
        }

        public Builder vesselEvents(List<Path> v) {
            vesselEvents = v;
            return this;
        }

        public Builder labels(List<Path> v) {
            labels = v;
            return this;
        }

        public Builder rules(Path v) {
            rules = v;
            return this;
        }

        public Builder out(Path v) {
            out = v;
            return this;
        }

        public Builder asOf(LocalDate v) {
            asOf = v;
            return this;
        }

        public Builder failOn(Severity v) {
            failOn = v;
            return this;
        }

        public Builder maxRejectRatio(double v) {
            maxRejectRatio = v;
            return this;
        }

        public Builder samples(boolean v) {
            samples = v;
            return this;
        }

        public CheckOptions build() {
            return new CheckOptions(lists, listFormat, transfers, shipments, payments, vesselEvents, labels, rules, out, asOf,
                    failOn, maxRejectRatio, samples);
        }
    }
}
