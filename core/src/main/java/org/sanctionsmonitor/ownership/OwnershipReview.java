package org.sanctionsmonitor.ownership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Match;

/**
 * What an ownership rule that does not block reports about an entity (a share under the line,
 * control without ownership, shares over 100%, conflicting statements): the entity and the links
 * the rule looked at, sorted by share (highest first) then owner. Built in the rule's consequence
 * from the links its condition collected; the sentence of each rule is built here.
 */
public record OwnershipReview(String regime, OwnedEntity owned, List<OwnershipLink> links, BigDecimal total, Map<String, String> status)
        implements Match {

    public OwnershipReview {
        links = List.copyOf(links);
        status = Map.copyOf(status);
    }

    /**
     * The links to blocked owners under {@code regime} (collected by an accumulate, with the owners'
     * blocked facts), sorted; their shares summed.
     */
    public static OwnershipReview of(String regime, OwnedEntity entity, List<?> links, List<?> owners) {
        Map<String, String> status = new HashMap<>();
        for (Object o : owners) {
            BlockedParty b = (BlockedParty) o;
            status.putIfAbsent(b.key(), b instanceof BlockedByOwnership d ? "blocked by ownership (" + d.regime() + ")" : "listed");
        }
        return of(regime, entity, links, status);
    }

    /** The links (a collected list from an accumulate), sorted; their shares summed; no regime (data quality). */
    public static OwnershipReview of(OwnedEntity entity, List<?> links) {
        return of(null, entity, links, Map.of());
    }

    private static OwnershipReview of(String regime, OwnedEntity entity, List<?> links, Map<String, String> status) {
        List<OwnershipLink> sorted = new ArrayList<>();
        for (Object o : links) {
            sorted.add((OwnershipLink) o);
        }
        sorted.sort(Comparator.comparing((OwnershipLink l) -> l.share() == null ? BigDecimal.ZERO : l.share()).reversed()
                .thenComparing(OwnershipLink::owner));
        BigDecimal total = sorted.stream().map(OwnershipLink::share).filter(s -> s != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new OwnershipReview(regime, entity, sorted, total, status);
    }

    /** "KOMID (OFAC-SDN 9345) owns 30% of ...; ...": every link described with its sources. */
    public String describe() {
        return links.stream().map(OwnershipLink::describe).collect(Collectors.joining("; "));
    }

    /** "30% + 19.9% = 49.9%", or the one link's share ("10%, control"). */
    public String shareSum() {
        if (links.size() == 1) {
            return links.get(0).shareText();
        }
        List<String> shares = links.stream().filter(l -> l.share() != null).map(l -> l.share().toPlainString() + "%").toList();
        return shares.size() == 1 ? shares.get(0) : String.join(" + ", shares) + " = " + total.toPlainString() + "%";
    }

    /** For OWN-091: "60% per Companies House (file:2) against 45% per ... (file:9)". */
    public String conflictText() {
        OwnershipLink l = links.get(0);
        return l.statements().stream().map(s -> s.cite()).collect(Collectors.joining(" against "));
    }

    /** OWN-020: not blocked under {@code t}, but blocked owners hold at least its review share. */
    public String reviewShareExplanation(OwnershipTest t) {
        return owned.party().label() + " is not blocked under " + t.regime() + " (" + t.thresholdText()
                + (t.aggregate() ? " in the aggregate" : " by one owner") + "), but blocked owners hold " + shareSum()
                + ", at or above the review share of " + t.reviewShare().toPlainString() + "%: " + describe() + ".";
    }

    /** OWN-021: controlled by a blocked owner, which does not block under {@code t}. */
    public String controlExplanation(OwnershipTest t) {
        return owned.party().label() + " is controlled by a blocked owner, which does not block it under " + t.regime()
                + " (ownership of " + t.thresholdText() + " does): " + describe() + ".";
    }

    /** OWN-090: the owners' shares add up to more than 100%. */
    public String overHundredExplanation() {
        return "the owners' shares of " + owned.party().label() + " add up to " + shareSum() + ", more than 100%: " + describe() + ".";
    }

    /** OWN-091: the statements of the (one) link give different shares; the higher is used. */
    public String conflictExplanation() {
        OwnershipLink l = links.get(0);
        return "the statements give different shares of " + l.ownedEntity().party().label() + " held by " + l.ownerParty().label()
                + ": " + conflictText() + "; the higher, " + l.share().toPlainString() + "%, is used.";
    }

    @Override
    public Subject subject() {
        return owned;
    }

    /** The listed owner of the highest share among the links, or null when none is listed. */
    @Override
    public ListedEntity entity() {
        return links.stream().map(l -> l.ownerParty().listed()).filter(e -> e != null).findFirst().orElse(null);
    }

    /** "EU: 30% + 20% = 50%" (the regime and the shares the rule looked at), or the shares alone when no regime applies. */
    @Override
    public String matchedValue() {
        return (regime == null ? "" : regime + ": ") + shareSum();
    }

    @Override
    public Double score() {
        return null;
    }

    @Override
    public String explanation() {
        return describe();
    }

    @Override
    public List<Evidence> extraEvidence() {
        return links.stream().map(l -> l.evidence(status.getOrDefault(l.owner(), l.ownerParty().isListed() ? "listed" : "unlisted")))
                .toList();
    }
}
