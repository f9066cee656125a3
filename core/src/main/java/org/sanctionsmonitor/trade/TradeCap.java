package org.sanctionsmonitor.trade;

import java.math.BigDecimal;

import org.sanctionsmonitor.finding.ReferenceFact;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.normalize.Quantities;

/**
 * A quantity cap from {@code rules/reference/trade-caps.csv}: supplies to the DPRK of goods under
 * an HS prefix, summed per calendar year in {@code limitUnit} (bbl or t), may not exceed
 * {@code limit}. {@code nearThreshold} (limit × near_cap_ratio, computed when the table is read) is where the near-cap warning
 * starts; {@code notifyEach} marks caps whose every supply Member States must notify.
 */
public record TradeCap(String capId, String hsPrefix, String product, BigDecimal limit, String limitUnit,
        BigDecimal nearCapRatio, BigDecimal nearThreshold, String resolution, String paragraph, boolean notifyEach, String checked,
        ReferenceRow row) implements ReferenceFact {

    public String citation() {
        return resolution + " " + paragraph;
    }

    /** "500,000 bbl": the limit as explanations write it. */
    public String limitText() {
        return Quantities.display(limit, 3) + " " + limitUnit;
    }
}
