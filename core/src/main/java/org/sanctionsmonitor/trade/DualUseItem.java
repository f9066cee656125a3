package org.sanctionsmonitor.trade;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.finding.ReferenceFact;
import org.sanctionsmonitor.finding.ReferenceRow;

/** Goods under an HS prefix treated as dual-use, from {@code rules/reference/trade-dual-use.csv}. */
public record DualUseItem(String itemId, String hsPrefix, String description, String basis, ReferenceRow row)
        implements ReferenceFact {

    /** EMB-014: goods under this item's prefix ({@code hsCode}) consigned to the party of a name match. */
    public String consignedExplanation(String hsCode, Match party) {
        return "hs_code " + hsCode + " (" + description + ", dual-use screen " + itemId + ") is consigned to a listed party: "
                + party.explanation();
    }
}
