package org.sanctionsmonitor.screening;

/** What one feature of name matching measured: a score (or factor) and the explanation a finding shows. */
record FeatureScore(double score, String explanation) {
}
