package org.sanctionsmonitor.trade;

import java.math.BigDecimal;

import org.sanctionsmonitor.finding.ReferenceFact;
import org.sanctionsmonitor.finding.ReferenceRow;

/**
 * A latitude/longitude box from {@code rules/reference/trade-areas.csv} (e.g. the waters off the
 * DPRK's west coast). Boundaries are inclusive; boxes do not cross the antimeridian.
 */
public record WatchArea(String areaId, String name, BigDecimal minLat, BigDecimal maxLat, BigDecimal minLon,
        BigDecimal maxLon, ReferenceRow row) implements ReferenceFact {

    public boolean contains(BigDecimal lat, BigDecimal lon) {
        return lat != null && lon != null
                && lat.compareTo(minLat) >= 0 && lat.compareTo(maxLat) <= 0
                && lon.compareTo(minLon) >= 0 && lon.compareTo(maxLon) <= 0;
    }
}
