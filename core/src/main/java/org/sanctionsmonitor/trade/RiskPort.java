package org.sanctionsmonitor.trade;

import java.util.List;

import org.sanctionsmonitor.finding.ReferenceFact;
import org.sanctionsmonitor.finding.ReferenceRow;

/**
 * A port that {@code rules/reference/trade-ports.csv} marks as high-risk for DPRK trade: a port in
 * the DPRK ({@code DPRK_PORT}) or a third-country port documented as a transshipment point for
 * DPRK goods ({@code TRANSSHIPMENT_HUB}).
 */
public record RiskPort(String portId, String name, List<String> aliases, String country, String risk, String reason,
        ReferenceRow row) implements ReferenceFact {

    public static final String DPRK_PORT = "DPRK_PORT";
    public static final String TRANSSHIPMENT_HUB = "TRANSSHIPMENT_HUB";

    public RiskPort {
        aliases = List.copyOf(aliases);
    }
}
