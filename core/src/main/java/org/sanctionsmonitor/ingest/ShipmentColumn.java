package org.sanctionsmonitor.ingest;

/** The shipments feed's columns (contract: feeds / shipments). */
public enum ShipmentColumn implements Column {
    SHIPMENT_ID("shipment_id", true),
    DATE("date", true),
    SHIPPER("shipper", false),
    SHIPPER_COUNTRY("shipper_country", false),
    CONSIGNEE("consignee", false),
    CONSIGNEE_COUNTRY("consignee_country", false),
    NOTIFY_PARTY("notify_party", false),
    NOTIFY_PARTY_COUNTRY("notify_party_country", false),
    ORIGIN_COUNTRY("origin_country", false),
    DESTINATION_COUNTRY("destination_country", false),
    PORT_OF_LOADING("port_of_loading", false),
    PORT_OF_DISCHARGE("port_of_discharge", false),
    TRANSSHIPMENT_PORTS("transshipment_ports", false),
    VESSEL_NAME("vessel_name", false),
    VESSEL_IMO("vessel_imo", false),
    VESSEL_FLAG("vessel_flag", false),
    HS_CODE("hs_code", false),
    GOODS_DESCRIPTION("goods_description", false),
    QUANTITY("quantity", false),
    UNIT("unit", false),
    VALUE_USD("value_usd", false);

    private final String header;
    private final boolean required;

    ShipmentColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public boolean required() {
        return required;
    }
}
