package org.sanctionsmonitor.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One asset's USD price on one UTC day, from the reviewed table or a user's prices file.
 *
 * @param asset  the asset code, upper case (ETH, XBT, ...)
 * @param source where the price comes from (a data set, an exchange), or null when not given
 */
public record DailyPrice(String asset, LocalDate date, BigDecimal usd, String source, Provenance provenance) {
}
