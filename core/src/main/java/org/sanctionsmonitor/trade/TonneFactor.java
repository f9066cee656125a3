package org.sanctionsmonitor.trade;

import java.math.BigDecimal;

import org.sanctionsmonitor.finding.ReferenceFact;
import org.sanctionsmonitor.finding.ReferenceRow;

/** Barrels per tonne for a product (HS prefix), from {@code rules/reference/trade-tonne-factors.csv}. */
public record TonneFactor(String hsPrefix, String product, BigDecimal barrelsPerTonne, String source, ReferenceRow row)
        implements ReferenceFact {
}
