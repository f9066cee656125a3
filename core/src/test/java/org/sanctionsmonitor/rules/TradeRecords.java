package org.sanctionsmonitor.rules;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Provenance;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.VesselEvent;
import org.sanctionsmonitor.normalize.Countries;

/**
 * Fluent construction of hand-made shipments and vessel events for engine tests that run them
 * through {@link RecordPipelineHarness}.
 */
public final class TradeRecords {

    private TradeRecords() {
    }

    public static ShipmentBuilder shipment(String id) {
        return new ShipmentBuilder(id);
    }

    public static EventBuilder event(String id, String type) {
        return new EventBuilder(id, type);
    }

    /** Fluent construction of test shipments: parties, countries, ports, vessel and the trade fields; the rest empty. */
    public static final class ShipmentBuilder {
        private final String id;
        private LocalDate date = LocalDate.of(2025, 2, 1);
        private Shipment.Party shipper;
        private Shipment.Party consignee;
        private Shipment.Party notify;
        private String origin;
        private String originRaw;
        private String destination;
        private String destinationRaw;
        private String loading;
        private String discharge;
        private List<String> via = List.of();
        private String vesselName;
        private String vesselImo;
        private String hs;
        private String goods;
        private BigDecimal quantity;
        private String unit;
        private String file = "test-shipments.csv";
        private long line = 2;

        ShipmentBuilder(String id) {
            this.id = id;
        }

        public ShipmentBuilder date(String d) {
            date = LocalDate.parse(d);
            return this;
        }

        public ShipmentBuilder origin(String raw) {
            originRaw = raw;
            origin = Countries.code(raw).orElseThrow();
            return this;
        }

        public ShipmentBuilder destination(String raw) {
            destinationRaw = raw;
            destination = Countries.code(raw).orElseThrow();
            return this;
        }

        public ShipmentBuilder ports(String l, String d, String... transshipment) {
            loading = l;
            discharge = d;
            via = List.of(transshipment);
            return this;
        }

        public ShipmentBuilder goods(String hsCode, String description) {
            hs = hsCode;
            goods = description;
            return this;
        }

        public ShipmentBuilder quantity(String q, String u) {
            quantity = q == null ? null : new BigDecimal(q);
            unit = u;
            return this;
        }

        public ShipmentBuilder shipper(String name) {
            shipper = new Shipment.Party("shipper", name, null);
            return this;
        }

        public ShipmentBuilder consignee(String name) {
            consignee = new Shipment.Party("consignee", name, null);
            return this;
        }

        public ShipmentBuilder notifyParty(String name) {
            notify = new Shipment.Party("notify_party", name, null);
            return this;
        }

        public ShipmentBuilder vessel(String name, String imo) {
            vesselName = name;
            vesselImo = imo;
            return this;
        }

        public ShipmentBuilder at(String f, long l) {
            file = f;
            line = l;
            return this;
        }

        public Shipment build() {
            return new Shipment(id, date, shipper, consignee, notify, origin, originRaw, destination, destinationRaw, loading,
                    discharge, via, vesselName, vesselImo, null, hs, goods, quantity, unit, null, Map.of(), new Provenance(file, line));
        }
    }

    /** Fluent construction of test vessel events. */
    public static final class EventBuilder {
        private final String id;
        private final String type;
        private Instant at = Instant.parse("2025-03-01T00:00:00Z");
        private String name;
        private String imo;
        private String flagRaw;
        private String otherName;
        private String otherImo;
        private String otherFlagRaw;
        private BigDecimal lat;
        private BigDecimal lon;
        private BigDecimal hours;
        private String hs;
        private BigDecimal quantity;
        private String unit;
        private String previousName;
        private String previousFlag;
        private long line = 2;

        EventBuilder(String id, String type) {
            this.id = id;
            this.type = type;
        }

        public EventBuilder at(String instant) {
            at = Instant.parse(instant);
            return this;
        }

        public EventBuilder line(long l) {
            line = l;
            return this;
        }

        public EventBuilder vessel(String n, String i, String flag) {
            name = n;
            imo = i;
            flagRaw = flag;
            return this;
        }

        public EventBuilder other(String n, String i, String flag) {
            otherName = n;
            otherImo = i;
            otherFlagRaw = flag;
            return this;
        }

        public EventBuilder position(String la, String lo) {
            lat = new BigDecimal(la);
            lon = new BigDecimal(lo);
            return this;
        }

        public EventBuilder hours(String h) {
            hours = new BigDecimal(h);
            return this;
        }

        public EventBuilder cargo(String hsCode, String q, String u) {
            hs = hsCode;
            quantity = q == null ? null : new BigDecimal(q);
            unit = u;
            return this;
        }

        public EventBuilder previous(String n, String flag) {
            previousName = n;
            previousFlag = flag == null ? null : Countries.code(flag).orElseThrow();
            return this;
        }

        private static String code(String raw) {
            return raw == null ? null : Countries.code(raw).orElseThrow();
        }

        public VesselEvent build() {
            return new VesselEvent(id, at, type, name, imo, code(flagRaw), flagRaw, otherName, otherImo, code(otherFlagRaw),
                    otherFlagRaw, lat, lon, hours, null, null, hs, quantity, unit, previousName, previousFlag, Map.of(),
                    new Provenance("test-events.csv", line));
        }
    }
}
