package org.sanctionsmonitor.ingest;

import static org.sanctionsmonitor.ingest.ShipmentColumn.*;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Shipment.Party;
import org.sanctionsmonitor.normalize.Countries;

/**
 * Reads the shipments feed into {@link Shipment} facts. Country cells are normalised to ISO codes;
 * a country that is given but not recognised rejects the row, because a misspelt "Korea, Nroth"
 * silently read as "unknown" would hide exactly the trade the rules look for.
 */
public final class ShipmentsReader {

    private static final CsvFeedReader<ShipmentColumn> CSV = new CsvFeedReader<>(ShipmentColumn.class, "shipments");

    /** Units the contract names; quantities in other units cannot be compared with caps. */
    public static final Set<String> UNITS = Set.of("bbl", "kl", "m3", "l", "t", "kg", "pcs");

    private ShipmentsReader() {
    }

    public static ReadStats read(InputFile file, Consumer<Shipment> sink, List<Reject> rejects) {
        return CSV.read(file, ShipmentsReader::map, sink, rejects);
    }

    static Shipment map(Row<ShipmentColumn> r) {
        String unit = r.get(UNIT);
        if (unit != null) {
            unit = unit.toLowerCase(Locale.ROOT);
            if (!UNITS.contains(unit)) {
                throw new RowException("column 'unit': '" + r.get(UNIT) + "' is not one of " + String.join(", ", UNITS.stream().sorted().toList()));
            }
        }
        return new Shipment(
                r.require(SHIPMENT_ID),
                Values.date(DATE.header(), r.require(DATE)),
                party(r, "shipper", SHIPPER, SHIPPER_COUNTRY),
                party(r, "consignee", CONSIGNEE, CONSIGNEE_COUNTRY),
                party(r, "notify_party", NOTIFY_PARTY, NOTIFY_PARTY_COUNTRY),
                country(r, ORIGIN_COUNTRY),
                r.get(ORIGIN_COUNTRY),
                country(r, DESTINATION_COUNTRY),
                r.get(DESTINATION_COUNTRY),
                r.get(PORT_OF_LOADING),
                r.get(PORT_OF_DISCHARGE),
                Values.multi(r.get(TRANSSHIPMENT_PORTS)),
                r.get(VESSEL_NAME),
                r.get(VESSEL_IMO),
                r.get(VESSEL_FLAG),
                r.get(HS_CODE),
                r.get(GOODS_DESCRIPTION),
                Values.amount(QUANTITY.header(), r.get(QUANTITY)),
                unit,
                Values.amount(VALUE_USD.header(), r.get(VALUE_USD)),
                r.attributes(),
                r.source());
    }

    private static Party party(Row<ShipmentColumn> r, String role, ShipmentColumn name, ShipmentColumn country) {
        String n = r.get(name);
        String c = country(r, country);
        return n == null && c == null ? null : new Party(role, n, c);
    }

    /** The ISO code of a country cell; a RowException when it is given but unknown. */
    static String country(Row<ShipmentColumn> r, ShipmentColumn column) {
        String text = r.get(column);
        if (text == null) {
            return null;
        }
        return Countries.code(text).orElseThrow(() -> new RowException(
                "column '" + column.header() + "': '" + text + "' is not a known country name or ISO 3166 code"));
    }
}
