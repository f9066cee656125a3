package org.sanctionsmonitor.finding;

/**
 * One reviewed parameter from {@code rules/reference/*.csv}, inserted into every rule session so
 * rules compare against data rather than literals: {@code $min : Parameter(name == "peel_min_hops")}
 * then {@code PeelChain(steps >= $min.number)}. {@code number} is NaN for non-numeric values.
 */
public record Parameter(String name, String value, double number, String unit, String file, long line) {
}
