package org.sanctionsmonitor.normalize;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Volume and mass conversions for capped commodities. Volumes convert to US barrels exactly
 * through the definition 1 bbl = 42 US gallons = 158.987294928 litres; masses (t, kg) need a
 * product-specific barrels-per-tonne factor, which comes from reference data and is named in
 * the findings. Results keep 34 significant digits (DECIMAL128); explanations round for display.
 */
public final class Quantities {

    /** Litres in one US barrel, exactly (42 × 3.785411784). */
    public static final BigDecimal LITRES_PER_BARREL = new BigDecimal("158.987294928");

    private static final MathContext MC = MathContext.DECIMAL128;

    private Quantities() {
    }

    /** True for the volume units the contract names (bbl, kl, m3, l). */
    public static boolean isVolume(String unit) {
        return unit != null && switch (unit) {
            case "bbl", "kl", "m3", "l" -> true;
            default -> false;
        };
    }

    /** True for the mass units the contract names (t, kg). */
    public static boolean isMass(String unit) {
        return "t".equals(unit) || "kg".equals(unit);
    }

    /** A volume in barrels; null when the unit is not a volume. */
    public static BigDecimal barrels(BigDecimal quantity, String unit) {
        return switch (unit == null ? "" : unit) {
            case "bbl" -> quantity;
            case "kl", "m3" -> quantity.multiply(BigDecimal.valueOf(1000)).divide(LITRES_PER_BARREL, MC);
            case "l" -> quantity.divide(LITRES_PER_BARREL, MC);
            default -> null;
        };
    }

    /** A mass in tonnes; null when the unit is not a mass. */
    public static BigDecimal tonnes(BigDecimal quantity, String unit) {
        return switch (unit == null ? "" : unit) {
            case "t" -> quantity;
            case "kg" -> quantity.divide(BigDecimal.valueOf(1000), MC);
            default -> null;
        };
    }

    /** A number for explanations: at most {@code scale} decimals, thousands separated by commas. */
    public static String display(BigDecimal value, int scale) {
        BigDecimal v = value.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        String plain = v.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot);
        boolean neg = whole.startsWith("-");
        if (neg) {
            whole = whole.substring(1);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        return (neg ? "-" : "") + sb + frac;
    }
}
