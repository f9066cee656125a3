package org.sanctionsmonitor.trade;

import java.util.List;

import org.sanctionsmonitor.finding.Cited;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Subject;

/**
 * A shipment routed through a port that trade-ports.csv marks as high-risk.
 *
 * @param role     port_of_loading, port_of_discharge or transshipment_ports
 * @param portName the port as the shipment writes it
 */
public record RoutedPort(Shipment shipment, String role, String portName, RiskPort port) implements Match, Cited {

    @Override
    public Subject subject() {
        return shipment;
    }

    @Override
    public ListedEntity entity() {
        return null;
    }

    @Override
    public String matchedValue() {
        return portName;
    }

    @Override
    public Double score() {
        return null;
    }

    @Override
    public String explanation() {
        return role + " '" + portName + "' is " + port.name() + " (" + port.country() + "), marked "
                + port.risk() + " in trade-ports.csv: " + port.reason() + ".";
    }

    /** EMB-013: the route through a transshipment hub, with the banned class of the goods and where they are declared from. */
    public String viaHubExplanation() {
        return explanation().replaceFirst("\\.$", "") + "; the goods (hs_code " + shipment.hsCode()
                + ") are of a class banned in DPRK trade (trade-hs-bans.csv) and declared from '" + shipment.originCountryRaw() + "'.";
    }

    @Override
    public List<ReferenceRow> citedRows() {
        return List.of(port.row());
    }
}
