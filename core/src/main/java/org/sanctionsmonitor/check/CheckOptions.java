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
 * @param listDate       --list-date: the publication date of the lists given, for lists whose file
 *                       gives none; null when not given
 * @param failOnStaleLists exit 2 when a list is older than the reviewed maximum age against asOf
 * @param sinceLists     --since-list: earlier versions of the lists; the run screens only against
 *                       what each list added or changed since its earlier version (empty: all)
 * @param previous       a previous run's output folder (--previous): each finding is marked new or
 *                       seen, and those gone are listed in resolved.csv; null for none
 */
public record CheckOptions(
        List<Path> lists,
        String listFormat,
        List<Path> transfers,
        List<Path> shipments,
        List<Path> payments,
        List<Path> vesselEvents,
        List<Path> labels,
        List<Path> ownership,
        Path rules,
        Path out,
        LocalDate asOf,
        Severity failOn,
        double maxRejectRatio,
        boolean samples,
        LocalDate listDate,
        boolean failOnStaleLists,
        List<Path> sinceLists,
        List<Path> prices,
        Path previous) {

    public CheckOptions {
        lists = List.copyOf(lists);
        transfers = List.copyOf(transfers);
        shipments = List.copyOf(shipments);
        payments = List.copyOf(payments);
        vesselEvents = List.copyOf(vesselEvents);
        labels = List.copyOf(labels);
        sinceLists = List.copyOf(sinceLists);
        prices = List.copyOf(prices);
        ownership = List.copyOf(ownership);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        return new Builder().lists(lists).listFormat(listFormat).transfers(transfers).shipments(shipments)
                .payments(payments).vesselEvents(vesselEvents).labels(labels).ownership(ownership).rules(rules).out(out).asOf(asOf).failOn(failOn)
                .maxRejectRatio(maxRejectRatio).samples(samples).listDate(listDate).failOnStaleLists(failOnStaleLists)
                .sinceLists(sinceLists).prices(prices).previous(previous);
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
        private List<Path> prices = List.of();
        private List<Path> ownership = List.of();
        private Path rules = Path.of("rules");
        private Path out = Path.of("out");
        private LocalDate asOf = LocalDate.of(2026, 1, 1);
        private Severity failOn;
        private double maxRejectRatio;
        private boolean samples;
        private Path previous;
        private LocalDate listDate;
        private boolean failOnStaleLists;
        private List<Path> sinceLists = List.of();

        public Builder listDate(LocalDate v) {
            listDate = v;
            return this;
        }

        public Builder failOnStaleLists(boolean v) {
            failOnStaleLists = v;
            return this;
        }

        public Builder sinceLists(List<Path> v) {
            sinceLists = v;
            return this;
        }

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

        /** Ownership and control links (the 50 percent rule). */
        public Builder ownership(List<Path> v) {
            ownership = v;
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

        /** Daily USD price files ({@code --prices}) for transfers without amount_usd. */
        public Builder prices(List<Path> v) {
            prices = v;
            return this;
        }

        public Builder samples(boolean v) {
            samples = v;
            return this;
        }

        public Builder previous(Path v) {
            previous = v;
            return this;
        }

        public CheckOptions build() {
            return new CheckOptions(lists, listFormat, transfers, shipments, payments, vesselEvents, labels, ownership, rules, out, asOf,
                    failOn, maxRejectRatio, samples, listDate, failOnStaleLists, sinceLists, prices, previous);
        }
    }
}
