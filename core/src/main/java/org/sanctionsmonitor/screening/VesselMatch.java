package org.sanctionsmonitor.screening;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.normalize.Names;

/** A shipment carried by a vessel whose IMO number is listed, whatever name it sails under now. */
public record VesselMatch(Shipment shipment, ListedEntity entity, String imo, String method) implements Match {

    /** How a vessel was matched: by its IMO number (the only way a shipment's vessel is matched today). */
    public static final String BY_IMO = "imo";

    /** A match of the shipment's vessel_imo with a listed IMO number. */
    public VesselMatch(Shipment shipment, ListedEntity entity, String imo) {
        this(shipment, entity, imo, BY_IMO);
    }


    @Override
    public Subject subject() {
        return shipment;
    }

    @Override
    public String matchedValue() {
        return imo;
    }

    @Override
    public Double score() {
        return 1.0;
    }

    /** True when the shipment names the vessel differently from the list (a renamed vessel). */
    public boolean renamed() {
        String n = shipment.vesselName();
        return n != null && !Names.normalize(n).equals(Names.normalize(entity.name()));
    }

    @Override
    public String explanation() {
        String sailing = shipment.vesselName() == null ? ""
                : renamed() ? " (sailing as " + shipment.vesselName() + ")" : " (" + shipment.vesselName() + ")";
        return "vessel_imo " + imo + sailing + " is the IMO number of the listed vessel " + entity.label() + ".";
    }
}
