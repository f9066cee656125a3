package org.sanctionsmonitor.trade;

import org.sanctionsmonitor.finding.ReferenceFact;
import org.sanctionsmonitor.finding.ReferenceRow;

/** Goods under an HS prefix treated as dual-use, from {@code rules/reference/trade-dual-use.csv}. */
public record DualUseItem(String itemId, String hsPrefix, String description, String basis, ReferenceRow row)
        implements ReferenceFact {
}
