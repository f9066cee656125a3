package org.sanctionsmonitor.ingest;

import static org.sanctionsmonitor.ingest.VesselEventColumn.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.sanctionsmonitor.model.VesselEvent;
import org.sanctionsmonitor.normalize.Countries;

/**
 * Reads the vessel-events feed into {@link VesselEvent} facts. The event type must be one the
 * contract names (case-insensitive); flags are countries (a flag that is given but unknown rejects
 * the row, as a misspelt DPRK flag must not read as "no flag"); latitude must lie within ±90 and
 * longitude within ±180 (signed decimal degrees); duration, quantity: non-negative decimals.
 */
public final class VesselEventsReader {

    private static final CsvFeedReader<VesselEventColumn> CSV = new CsvFeedReader<>(VesselEventColumn.class, "vessel-events");

    public static final Set<String> EVENT_TYPES = Set.of(VesselEvent.STS, VesselEvent.AIS_GAP, VesselEvent.FLAG_CHANGE,
            VesselEvent.NAME_CHANGE, VesselEvent.PORT_CALL);

    private VesselEventsReader() {
    }

    public static ReadStats read(InputFile file, Consumer<VesselEvent> sink, List<Reject> rejects) {
        return CSV.read(file, VesselEventsReader::map, sink, rejects);
    }

    static VesselEvent map(Row<VesselEventColumn> r) {
        String type = r.require(EVENT_TYPE).toUpperCase(Locale.ROOT);
        if (!EVENT_TYPES.contains(type)) {
            throw new RowException("column 'event_type': '" + r.get(EVENT_TYPE) + "' is not one of "
                    + String.join(", ", EVENT_TYPES.stream().sorted().toList()));
        }
        String unit = r.get(UNIT);
        if (unit != null) {
            unit = unit.toLowerCase(Locale.ROOT);
            if (!ShipmentsReader.UNITS.contains(unit)) {
                throw new RowException("column 'unit': '" + r.get(UNIT) + "' is not one of "
                        + String.join(", ", ShipmentsReader.UNITS.stream().sorted().toList()));
            }
        }
        return new VesselEvent(
                r.require(EVENT_ID),
                Values.instant(TIMESTAMP.header(), r.require(TIMESTAMP)),
                type,
                r.get(VESSEL_NAME),
                r.get(VESSEL_IMO),
                flag(r, VESSEL_FLAG),
                r.get(VESSEL_FLAG),
                r.get(OTHER_VESSEL_NAME),
                r.get(OTHER_VESSEL_IMO),
                flag(r, OTHER_VESSEL_FLAG),
                r.get(OTHER_VESSEL_FLAG),
                coordinate(r, LATITUDE, 90),
                coordinate(r, LONGITUDE, 180),
                Values.amount(DURATION_HOURS.header(), r.get(DURATION_HOURS)),
                r.get(PORT),
                r.get(CARGO),
                r.get(HS_CODE),
                Values.amount(QUANTITY.header(), r.get(QUANTITY)),
                unit,
                r.get(PREVIOUS_NAME),
                flag(r, PREVIOUS_FLAG),
                r.attributes(),
                r.source());
    }

    private static String flag(Row<VesselEventColumn> r, VesselEventColumn column) {
        String text = r.get(column);
        if (text == null) {
            return null;
        }
        return Countries.code(text).orElseThrow(() -> new RowException(
                "column '" + column.header() + "': '" + text + "' is not a known country name or ISO 3166 code"));
    }

    private static BigDecimal coordinate(Row<VesselEventColumn> r, VesselEventColumn column, int bound) {
        String text = r.get(column);
        if (text == null) {
            return null;
        }
        if (!text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new RowException("column '" + column.header() + "': '" + text + "' is not a decimal number of degrees");
        }
        BigDecimal v = new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
        if (v.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
            throw new RowException("column '" + column.header() + "': " + text + " is outside ±" + bound + " degrees");
        }
        return v;
    }
}
