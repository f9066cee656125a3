package org.sanctionsmonitor.trade;

import org.sanctionsmonitor.model.VesselEvent;

/** A vessel event whose position lies inside a watch area (trade-areas.csv). */
public record InArea(VesselEvent event, WatchArea area) {
}
