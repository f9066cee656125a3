package org.sanctionsmonitor.model;

/**
 * A relationship between two entries of a list, or between a list entry and another party, as the
 * list (or an ownership feed) states it: "Owned or Controlled By", "Linked To", "Associate Of"...
 *
 * <p>{@code fromEntityId} is the entry the relationship is stated on (the owned or linked one);
 * {@code toEntityId} the other end. Both are ids in {@code listSource}. {@code relationType} is the
 * list's own wording, kept as published. {@code sharePercent} is the ownership share where the
 * source gives one, else {@code null}: a link without a share is not a 0% share.
 */
public record EntityRelation(
        String listSource,
        String fromEntityId,
        String toEntityId,
        String relationType,
        Double sharePercent,
        Provenance source) {
}
