package org.sanctionsmonitor.trade;

import org.sanctionsmonitor.finding.ReferenceFact;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.model.Shipment;

/**
 * A commodity ban from {@code rules/reference/trade-hs-bans.csv}: goods under an HS prefix that
 * the DPRK may not export ({@code export_from_kp}) or that may not be supplied to it
 * ({@code supply_to_kp}), with the resolution and operative paragraph that ban them.
 *
 * @param hsPrefix the prefix's digits (27, 2701, 710231, ...)
 */
public record HsBan(String banId, String hsPrefix, String direction, String commodity, String resolution,
        String paragraph, String checked, ReferenceRow row) implements ReferenceFact {

    public static final String EXPORT_FROM_KP = "export_from_kp";
    public static final String SUPPLY_TO_KP = "supply_to_kp";

    /** "UNSCR 2371 (2017) OP8": how findings cite the ban. */
    public String citation() {
        return resolution + " " + paragraph;
    }

    /**
     * EMB-010 and EMB-011: the shipment's goods are under this ban, in its direction (the origin
     * and port of loading of an export from the DPRK, the destination and port of discharge of a
     * supply to it).
     */
    public String explanation(Shipment s) {
        boolean export = EXPORT_FROM_KP.equals(direction);
        String port = export ? s.portOfLoading() : s.portOfDischarge();
        return "hs_code " + s.hsCode() + (s.goodsDescription() == null ? "" : " (" + s.goodsDescription() + ")")
                + (export ? " of North Korean origin ('" + s.originCountryRaw() + "')" : " destined for North Korea ('" + s.destinationCountryRaw() + "')")
                + " is " + commodity + " (HS " + hsPrefix + "), whose " + (export ? "export from" : "supply to") + " the DPRK is banned by "
                + citation() + (port == null ? "" : (export ? "; loaded at " : "; discharged at ") + port) + ".";
    }
}
