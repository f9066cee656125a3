package org.sanctionsmonitor.screening;

/**
 * A word of a name as screening sees it: as written (lower case), folded (romanisation-neutral,
 * {@link org.sanctionsmonitor.normalize.NameTokens#fold}), its weight ({@code weight.generic} for
 * generic words and places, else 1), whether it is a number, and whether it is a known name that
 * is not taken for a typo of another.
 */
record NameToken(String text, String folded, double weight, boolean number, boolean known) {
}
