package org.sanctionsmonitor.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One shipment from the shipments feed. Country fields hold ISO 3166 alpha-2 codes after
 * normalisation (null when absent); the text as written is kept in {@link #facts()} through the
 * raw fields so explanations can quote it.
 */
public record Shipment(
        String shipmentId,
        LocalDate date,
        Party shipper,
        Party consignee,
        Party notifyParty,
        String originCountry,
        String originCountryRaw,
        String destinationCountry,
        String destinationCountryRaw,
        String portOfLoading,
        String portOfDischarge,
        List<String> transshipmentPorts,
        String vesselName,
        String vesselImo,
        String vesselFlag,
        String hsCode,
        String goodsDescription,
        BigDecimal quantity,
        String unit,
        BigDecimal valueUsd,
        Map<String, String> attributes,
        Provenance source) implements Subject {

    /**
     * The record's hash from its id and input line only (equal records have equal ones, as
     * {@link #equals} compares every component): rules join facts to their record by equality
     * ({@code subject == $s}), which hashes the record for Drools' index every time, and the
     * generated hash of every component, lists and maps included, cost far more.
     */
    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(shipmentId) + java.util.Objects.hashCode(source);
    }

    public Shipment {
        transshipmentPorts = List.copyOf(transshipmentPorts);
        attributes = Facts.frozen(attributes);
    }

    /** A named party on a shipment and the country given for it (ISO code, or null). */
    public record Party(String role, String name, String country) {
    }

    /** The parties that carry a name, in the order shipper, consignee, notify party. */
    public List<Party> parties() {
        return java.util.stream.Stream.of(shipper, consignee, notifyParty)
                .filter(p -> p != null && p.name() != null)
                .toList();
    }

    @Override
    public String subjectType() {
        return "shipment";
    }

    @Override
    public String subjectId() {
        return shipmentId;
    }

    @Override
    public Map<String, String> facts() {
        Map<String, String> m = new LinkedHashMap<>();
        Facts.put(m, "shipment_id", shipmentId);
        Facts.put(m, "date", date);
        for (Party p : new Party[] {shipper, consignee, notifyParty}) {
            if (p != null) {
                Facts.put(m, p.role(), p.name());
                Facts.put(m, p.role() + "_country", p.country());
            }
        }
        Facts.put(m, "origin_country", originCountryRaw);
        Facts.put(m, "destination_country", destinationCountryRaw);
        Facts.put(m, "port_of_loading", portOfLoading);
        Facts.put(m, "port_of_discharge", portOfDischarge);
        Facts.put(m, "transshipment_ports", transshipmentPorts);
        Facts.put(m, "vessel_name", vesselName);
        Facts.put(m, "vessel_imo", vesselImo);
        Facts.put(m, "vessel_flag", vesselFlag);
        Facts.put(m, "hs_code", hsCode);
        Facts.put(m, "goods_description", goodsDescription);
        Facts.put(m, "quantity", quantity);
        Facts.put(m, "unit", unit);
        Facts.put(m, "value_usd", valueUsd);
        Facts.putAll(m, attributes);
        return m;
    }

    /** EMB-001: the origin is North Korea; where the goods were loaded and what they are. */
    public String dprkOriginExplanation() {
        return "origin_country '" + originCountryRaw + "' is North Korea (KP)"
                + (portOfLoading == null ? "" : "; loaded at " + portOfLoading)
                + (goodsDescription == null ? "" : "; goods: " + goodsDescription) + ".";
    }

    /** EMB-002: the destination is North Korea; where the goods are discharged and what they are. */
    public String dprkDestinationExplanation() {
        return "destination_country '" + destinationCountryRaw + "' is North Korea (KP)"
                + (portOfDischarge == null ? "" : "; discharged at " + portOfDischarge)
                + (goodsDescription == null ? "" : "; goods: " + goodsDescription) + ".";
    }
}
