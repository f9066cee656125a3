package org.sanctionsmonitor.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.finding.Severity;

/**
 * What one batch check runs on. Paths are as resolved by the command (defaults already applied).
 * Build one with {@link #builder()}: feeds are many lists of the same type, so positional
 * construction invites swapping them.
 *
 * @param feeds          the files of each {@link Feed} (a feed not given has none)
 * @param maxRejectRatio the share of rows (rejected / read, over all inputs) that may be rejected
 *                       before the run fails; 0 means any reject fails it
 * @param listDate       --list-date: the publication date of the lists given, for lists whose file
 *                       gives none; null when not given
 * @param failOnStaleLists exit 2 when a list is older than the reviewed maximum age against asOf
 * @param sinceLists     --since-list: earlier versions of the lists; the run screens only against
 *                       what each list added or changed since its earlier version (empty: all)
 * @param previous       a previous run's output folder (--previous): each finding is marked new or
 *                       seen, and those gone are listed in resolved.csv; null for none
 * @param maxFindings    the most findings kept and written (--max-findings): beyond it the first ones
 *                       in the findings' order are kept, the rest counted per rule, and the run warns
 * @param reportMaxFindings the most findings report.html embeds (--report-max-findings), the first
 *                       in the findings' order; all are in findings.csv and findings.json
 */
public record CheckOptions(
        List<Path> lists,
        String listFormat,
        Map<Feed, List<Path>> feeds,
        Path rules,
        Path out,
        LocalDate asOf,
        Severity failOn,
        double maxRejectRatio,
        boolean samples,
        LocalDate listDate,
        boolean failOnStaleLists,
        List<Path> sinceLists,
        Path previous,
        int maxFindings,
        int reportMaxFindings) {

    /** Default of --max-findings: the most findings a run keeps in memory and writes. */
    public static final int DEFAULT_MAX_FINDINGS = 250_000;
    /** Default of --report-max-findings: the most findings report.html embeds (it loads in about a second at this size). */
    public static final int DEFAULT_REPORT_MAX_FINDINGS = 25_000;

    public CheckOptions {
        lists = List.copyOf(lists);
        EnumMap<Feed, List<Path>> copy = new EnumMap<>(Feed.class);
        for (Feed f : Feed.values()) {
            copy.put(f, List.copyOf(feeds.getOrDefault(f, List.of())));
        }
        feeds = Collections.unmodifiableMap(copy);
        sinceLists = List.copyOf(sinceLists);
    }

    /** The files given for a feed (none when not given). */
    public List<Path> files(Feed feed) {
        return feeds.get(feed);
    }

    public List<Path> transfers() {
        return files(Feed.TRANSFERS);
    }

    public List<Path> shipments() {
        return files(Feed.SHIPMENTS);
    }

    public List<Path> payments() {
        return files(Feed.PAYMENTS);
    }

    public List<Path> vesselEvents() {
        return files(Feed.VESSEL_EVENTS);
    }

    public List<Path> labels() {
        return files(Feed.LABELS);
    }

    /** Daily USD price files ({@code --prices}) for transfers without amount_usd. */
    public List<Path> prices() {
        return files(Feed.PRICES);
    }

    /** Ownership and control links (the 50 percent rule). */
    public List<Path> ownership() {
        return files(Feed.OWNERSHIP);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these options, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder().lists(lists).listFormat(listFormat).rules(rules).out(out).asOf(asOf).failOn(failOn)
                .maxRejectRatio(maxRejectRatio).samples(samples).listDate(listDate).failOnStaleLists(failOnStaleLists)
                .sinceLists(sinceLists).previous(previous).maxFindings(maxFindings)
                .reportMaxFindings(reportMaxFindings);
        feeds.forEach(b::feed);
        return b;
    }

    /** Named construction of {@link CheckOptions}; feeds default to none. */
    public static final class Builder {
        private List<Path> lists = List.of();
        private String listFormat;
        private final Map<Feed, List<Path>> feeds = new EnumMap<>(Feed.class);
        private Path rules = Path.of("rules");
        private Path out = Path.of("out");
        private LocalDate asOf = LocalDate.of(2026, 1, 1);
        private Severity failOn;
        private double maxRejectRatio;
        private boolean samples;
        private Path previous;
        private int maxFindings = DEFAULT_MAX_FINDINGS;
        private int reportMaxFindings = DEFAULT_REPORT_MAX_FINDINGS;
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
            return feed(Feed.TRANSFERS, v);
        }

        public Builder shipments(List<Path> v) {
            return feed(Feed.SHIPMENTS, v);
        }

        public Builder payments(List<Path> v) {
            return feed(Feed.PAYMENTS, v);
        }

        public Builder vesselEvents(List<Path> v) {
            return feed(Feed.VESSEL_EVENTS, v);
        }

        public Builder labels(List<Path> v) {
            return feed(Feed.LABELS, v);
        }

        /** Ownership and control links (the 50 percent rule). */
        public Builder ownership(List<Path> v) {
            return feed(Feed.OWNERSHIP, v);
        }

        /** The files of one feed. */
        public Builder feed(Feed f, List<Path> v) {
            feeds.put(f, v);
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
            return feed(Feed.PRICES, v);
        }

        public Builder samples(boolean v) {
            samples = v;
            return this;
        }

        public Builder maxFindings(int v) {
            maxFindings = v;
            return this;
        }

        public Builder reportMaxFindings(int v) {
            reportMaxFindings = v;
            return this;
        }

        public Builder previous(Path v) {
            previous = v;
            return this;
        }

        public CheckOptions build() {
            return new CheckOptions(lists, listFormat, feeds, rules, out, asOf,
                    failOn, maxRejectRatio, samples, listDate, failOnStaleLists, sinceLists, previous, maxFindings,
                    reportMaxFindings);
        }
    }
}
