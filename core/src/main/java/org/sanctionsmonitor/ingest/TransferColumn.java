package org.sanctionsmonitor.ingest;

/** The transfers feed's columns (contract: feeds / transfers). */
public enum TransferColumn implements Column {
    TX_ID("tx_id", true),
    TIMESTAMP("timestamp", true),
    CHAIN("chain", true),
    ASSET("asset", true),
    FROM_ADDRESS("from_address", true),
    TO_ADDRESS("to_address", true),
    AMOUNT("amount", true),
    AMOUNT_USD("amount_usd", false),
    FROM_OWNER("from_owner", false),
    TO_OWNER("to_owner", false);

    private final String header;
    private final boolean required;

    TransferColumn(String header, boolean required) {
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
