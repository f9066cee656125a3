package org.sanctionsmonitor.trade;

import java.math.BigDecimal;

import org.sanctionsmonitor.finding.ReferenceFact;
import org.sanctionsmonitor.finding.ReferenceRow;

/** A named threshold from {@code rules/reference/trade-settings.csv} (e.g. ais_gap_hours). */
public record TradeSetting(String key, BigDecimal value, String unit, ReferenceRow row) implements ReferenceFact {

    public static final String AIS_GAP_HOURS = "ais_gap_hours";
    public static final String VESSEL_NAME_MATCH_SCORE = "vessel_name_match_score";
}
