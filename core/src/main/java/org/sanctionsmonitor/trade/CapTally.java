package org.sanctionsmonitor.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanctionsmonitor.finding.Cited;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.normalize.Quantities;

/**
 * One capped supply to the DPRK (a shipment or an STS event) and where it leaves the year's tally
 * for one cap: the quantity converted into the cap's unit, the total before it and the running
 * total after it. Java computes the tally (records in date, file, line order); the rules compare
 * the totals with the cap and decide what is a finding.
 *
 * @param converted     the quantity in the cap's unit; null when it could not be counted
 * @param factor        the tonne factor used for a mass-volume conversion, or null
 * @param uncounted     why the quantity was not counted (no quantity, unit pcs, no factor), or null
 */
public record CapTally(Subject subject, LocalDate date, TradeCap cap, int year, String hsCode, BigDecimal quantity,
        String unit, BigDecimal converted, TonneFactor factor, BigDecimal previousTotal, BigDecimal runningTotal,
        String uncounted) implements Match, Cited {

    public boolean counted() {
        return converted != null;
    }

    /** How far the running total is over the cap (0 when it is not). */
    public BigDecimal excess() {
        BigDecimal e = runningTotal.subtract(cap.limit());
        return e.signum() > 0 ? e : BigDecimal.ZERO;
    }

    @Override
    public ListedEntity entity() {
        return null;
    }

    @Override
    public String matchedValue() {
        return hsCode;
    }

    @Override
    public Double score() {
        return null;
    }

    private String amount(BigDecimal v) {
        return Quantities.display(v, 3) + " " + cap.limitUnit();
    }

    /** "40,000 kl (251,592.4 bbl, 1 bbl = 158.987294928 l)": the quantity as given and as counted. */
    public String quantityText() {
        if (quantity == null) {
            return "no quantity";
        }
        String given = Quantities.display(quantity, 3) + (unit == null ? " (no unit)" : " " + unit);
        if (converted == null || cap.limitUnit().equals(unit)) {
            return given;
        }
        String how = factor != null
                ? factor.barrelsPerTonne().toPlainString() + " bbl/t for " + factor.product() + " (trade-tonne-factors.csv " + factor.hsPrefix() + ")"
                : "1 bbl = " + Quantities.LITRES_PER_BARREL.toPlainString() + " l";
        return given + " = " + amount(converted) + " at " + how;
    }

    /** "running total 522,330.5 bbl (was 459,432.4 bbl)". */
    public String totalsText() {
        return year + " running total " + amount(runningTotal) + " (was " + amount(previousTotal) + ")";
    }

    /** The shared opening of every cap explanation. */
    public String summary() {
        String how = subject instanceof org.sanctionsmonitor.model.VesselEvent
                ? " by ship-to-ship transfer with a DPRK-flagged or listed vessel (presumed to supply North Korea)"
                : " to North Korea";
        return cap.product() + " (hs_code " + hsCode + ")" + how + " on " + date + ": " + quantityText();
    }

    public String excessText() {
        return amount(excess());
    }

    public String nearThresholdText() {
        return amount(cap.nearThreshold());
    }

    @Override
    public String explanation() {
        return summary() + "; " + totalsText() + " against the " + cap.citation() + " cap of " + cap.limitText() + ".";
    }

    /** CAP-001: the running total goes over the cap, by how much. */
    public String crossingExplanation() {
        return summary() + "; " + totalsText() + " crosses the " + cap.citation() + " cap of " + cap.limitText() + " by " + excessText() + ".";
    }

    /** CAP-002: the total was already over the cap before this supply. */
    public String beyondCapExplanation() {
        return summary() + "; the " + year + " total was already over the " + cap.citation() + " cap of " + cap.limitText() + "; "
                + totalsText() + ", " + excessText() + " over.";
    }

    /** CAP-003: the running total reaches the near-cap threshold. */
    public String nearCapExplanation() {
        return summary() + "; " + totalsText() + " reaches the near-cap threshold of " + nearThresholdText() + " of the "
                + cap.citation() + " cap of " + cap.limitText() + ".";
    }

    /** CAP-004: a supply to notify, with the total it leaves (or why it was not counted). */
    public String notificationExplanation() {
        return summary() + "; " + (counted() ? totalsText() + " of" : "not counted (" + uncounted + ") toward") + " the "
                + cap.citation() + " cap of " + cap.limitText() + "; the supply must be notified to the 1718 Committee.";
    }

    /** DQ-002: why the supply could not be counted toward the cap. */
    public String uncountedExplanation() {
        return summary() + "; it was not counted toward the " + cap.citation() + " cap (" + uncounted + ").";
    }

    @Override
    public List<ReferenceRow> citedRows() {
        // the cap's own row is cited by the rules (it is part of the finding's id)
        List<ReferenceRow> rows = new ArrayList<>();
        if (factor != null) {
            rows.add(factor.row());
        }
        return rows;
    }
}
