package org.sanctionsmonitor.model;

/** A digital-currency address as a list publishes it: the asset code (XBT, ETH, USDT, ...) and the address. */
public record CryptoAddress(String asset, String address) {

    @Override
    public String toString() {
        return asset + ":" + address;
    }
}
