package org.sanctionsmonitor.trade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.model.VesselEvent;
import org.sanctionsmonitor.normalize.Quantities;

/**
 * The per-year tallies behind the UNSCR 2397 caps: the cross-record aggregation that a rule
 * engine should not do. Records are offered as they stream past; only capped supplies to the DPRK
 * are kept (a few per run): shipments whose destination_country is North Korea, and STS events
 * with a DPRK-flagged or listed vessel, whose hs_code falls under a cap in trade-caps.csv.
 * {@link #tallies()} then orders them by date, input file and line, sums them per cap and
 * calendar year, and returns one {@link CapTally} per record and cap for the rules to judge.
 */
public final class CapLedger {

    /** A capped supply to the DPRK kept by {@link #offer}: the record, its date, source, goods and quantity. */
    public record Entry(LocalDate date, Provenance source, Subject subject, String hsCode, BigDecimal quantity, String unit) {
    }

    /** The order of the running totals: date, input file and line, subject id. */
    public static final Comparator<Entry> ORDER = Comparator.comparing(Entry::date)
            .thenComparing(Entry::source)
            .thenComparing(e -> e.subject().subjectId());

    private final TradeReference reference;
    private final List<Entry> entries = new ArrayList<>();

    public CapLedger(TradeReference reference) {
        this.reference = reference;
    }

    /** Keeps a shipment when it is a capped supply to the DPRK. */
    public void offer(Shipment s) {
        if ("KP".equals(s.destinationCountry()) && !reference.capsFor(s.hsCode()).isEmpty()) {
            entries.add(new Entry(s.date(), s.source(), s, s.hsCode(), s.quantity(), s.unit()));
        }
    }

    /**
     * Keeps an STS event of capped goods with a DPRK-flagged vessel, or with a listed vessel (one
     * of the screening's candidates is an {@link EventVesselMatch}): such a transfer is presumed
     * to supply the DPRK, the pattern the UN Panel of Experts reports.
     */
    public void offer(VesselEvent e, List<?> candidates) {
        if (!VesselEvent.STS.equals(e.eventType()) || reference.capsFor(e.hsCode()).isEmpty()) {
            return;
        }
        boolean listed = candidates.stream().anyMatch(c -> c instanceof EventVesselMatch);
        if (e.dprkFlagged() || listed) {
            entries.add(new Entry(e.date(), e.source(), e, e.hsCode(), e.quantity(), e.unit()));
        }
    }

    public int size() {
        return entries.size();
    }

    /** The kept supplies, in the order offered. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The caps of the reference tables, in their order (a cap's index names it across JVMs). */
    public List<TradeCap> caps() {
        return reference.caps();
    }

    /** Whether {@code cap} covers the supply's goods. */
    public boolean covers(TradeCap cap, Entry e) {
        return reference.capsFor(e.hsCode()).contains(cap);
    }

    /** One tally per kept record and cap that covers it, in date, file, line order. */
    public List<CapTally> tallies() {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        List<CapTally> out = new ArrayList<>();
        for (TradeCap cap : reference.caps()) {
            Map<Integer, BigDecimal> running = new HashMap<>();
            for (Entry e : sorted) {
                if (!covers(cap, e)) {
                    continue;
                }
                int year = e.date().getYear();
                CapTally t = tally(cap, e, running.getOrDefault(year, BigDecimal.ZERO));
                running.put(year, t.runningTotal());
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The tally of supply {@code e} under {@code cap} with {@code before} the cap's running total
     * of its year before it (the supplies of that cap and year in {@link #ORDER}): its quantity
     * converted to the cap's unit (or why it cannot be), and the total after it.
     */
    public CapTally tally(TradeCap cap, Entry e, BigDecimal before) {
        int year = e.date().getYear();
        TonneFactor factor = null;
        BigDecimal converted = null;
        String uncounted = null;
        if (e.quantity() == null) {
            uncounted = "the record gives no quantity";
        } else if (e.unit() == null) {
            uncounted = "the record gives no unit";
        } else if (Quantities.isVolume(e.unit()) || Quantities.isMass(e.unit())) {
            boolean sameKind = "bbl".equals(cap.limitUnit()) == Quantities.isVolume(e.unit());
            if (sameKind) {
                converted = "bbl".equals(cap.limitUnit()) ? Quantities.barrels(e.quantity(), e.unit())
                        : Quantities.tonnes(e.quantity(), e.unit());
            } else {
                factor = reference.tonneFactor(e.hsCode());
                if (factor == null) {
                    uncounted = "no barrels-per-tonne factor in trade-tonne-factors.csv covers hs_code " + e.hsCode();
                } else if ("bbl".equals(cap.limitUnit())) {
                    converted = Quantities.tonnes(e.quantity(), e.unit()).multiply(factor.barrelsPerTonne());
                } else {
                    converted = Quantities.barrels(e.quantity(), e.unit()).divide(factor.barrelsPerTonne(), MathContext.DECIMAL128);
                }
            }
        } else {
            uncounted = "unit '" + e.unit() + "' cannot be converted to " + cap.limitUnit();
        }
        BigDecimal after = converted == null ? before : before.add(converted);
        return new CapTally(e.subject(), e.date(), cap, year, e.hsCode(), e.quantity(), e.unit(), converted,
                factor, before, after, uncounted);
    }
}
