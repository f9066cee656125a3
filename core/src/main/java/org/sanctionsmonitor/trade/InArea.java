package org.sanctionsmonitor.trade;

import java.math.BigDecimal;

import org.sanctionsmonitor.model.VesselEvent;

/** A vessel event whose position lies inside a watch area (trade-areas.csv). */
public record InArea(VesselEvent event, WatchArea area) {

    /** The gap as VES-001 reports it: "36 h". */
    public String gapText() {
        return event.durationHours().toPlainString() + " h";
    }

    /** VES-001: an AIS gap over {@code maxHours} inside this area, where and by which vessel. */
    public String gapExplanation(BigDecimal maxHours) {
        VesselEvent e = event;
        return "AIS gap of " + e.durationHours().toPlainString() + " hours (over the " + maxHours.toPlainString()
                + "-hour threshold) at " + e.latitude().toPlainString() + ", " + e.longitude().toPlainString()
                + ", inside " + area.name() + (e.vesselName() == null ? "" : "; vessel " + e.vesselName())
                + (e.vesselImo() == null ? "" : " (IMO " + e.vesselImo() + ")") + ".";
    }
}
