package org.sanctionsmonitor.ownership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Match;

/**
 * The derived fact: under {@code test}'s regime, {@code entity} is blocked because blocked owners
 * ({@link ListedOwner}s or entities already blocked this way) hold {@code total} percent of it, or
 * one of them controls it ({@code basis}). The rules insert it once per regime and entity (it is
 * never retracted: see docs/ownership.md, "Why the derivation terminates"), and a later derivation
 * may rest on it, so chains of subsidiaries are blocked all the way down.
 *
 * <p>{@code links} are the entity's links to blocked owners that establish the block (sorted by
 * share, highest first), {@code owners} the owners' blocked facts in the same order.
 */
public final class BlockedByOwnership implements BlockedParty, Match {

    private final OwnershipTest test;
    private final OwnedEntity entity;
    private final String basis;
    private final BigDecimal total;
    private final List<OwnershipLink> links;
    private final List<BlockedParty> owners;

    private BlockedByOwnership(OwnershipTest test, OwnedEntity entity, String basis, BigDecimal total,
            List<OwnershipLink> links, List<BlockedParty> owners) {
        this.test = test;
        this.entity = entity;
        this.basis = basis;
        this.total = total;
        this.links = List.copyOf(links);
        this.owners = List.copyOf(owners);
    }

    /**
     * The block that the links (each to a blocked owner, in {@code owners} at the same position)
     * establish; {@code basis} is "aggregate", "single owner" or "control".
     */
    public static BlockedByOwnership of(OwnershipTest test, OwnedEntity entity, String basis, List<?> links, List<?> owners) {
        Map<String, BlockedParty> byKey = new LinkedHashMap<>();
        for (Object o : owners) {
            BlockedParty b = (BlockedParty) o;
            byKey.putIfAbsent(b.key(), b);
        }
        List<OwnershipLink> sorted = new ArrayList<>();
        for (Object o : links) {
            sorted.add((OwnershipLink) o);
        }
        sorted.sort(Comparator.comparing((OwnershipLink l) -> l.share() == null ? BigDecimal.ZERO : l.share()).reversed()
                .thenComparing(OwnershipLink::owner));
        List<BlockedParty> aligned = sorted.stream().map(l -> byKey.get(l.owner())).toList();
        BigDecimal total = sorted.stream().map(OwnershipLink::share).filter(s -> s != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BlockedByOwnership(test, entity, basis, total, sorted, aligned);
    }

    @Override
    public String regime() {
        return test.regime();
    }

    @Override
    public String key() {
        return entity.key();
    }

    @Override
    public Party party() {
        return entity.party();
    }

    public OwnershipTest test() {
        return test;
    }

    public OwnedEntity owned() {
        return entity;
    }

    public String basis() {
        return basis;
    }

    public BigDecimal total() {
        return total;
    }

    public List<OwnershipLink> links() {
        return links;
    }

    public List<BlockedParty> owners() {
        return owners;
    }

    /** How many links lie between the entity and the nearest listed owner (1: owned directly by one). */
    public int depth() {
        int d = Integer.MAX_VALUE;
        for (BlockedParty o : owners) {
            d = Math.min(d, o instanceof BlockedByOwnership b ? b.depth() + 1 : 1);
        }
        return d;
    }

    /**
     * The listed owner the block rests on most: the owner of the highest share (by key on a tie)
     * when it is listed, else the principal owner of that owner's block.
     */
    public ListedEntity principal() {
        BlockedParty first = owners.get(0);
        return first instanceof BlockedByOwnership b ? b.principal() : first.party().listed();
    }

    /** Every link from the listed owners down to this entity, each once, upper levels first. */
    public List<OwnershipLink> chain() {
        List<OwnershipLink> out = new ArrayList<>();
        addChain(out);
        return out;
    }

    private void addChain(List<OwnershipLink> out) {
        for (BlockedParty o : owners) {
            if (o instanceof BlockedByOwnership b) {
                b.addChain(out);
            }
        }
        for (OwnershipLink l : links) {
            if (!out.contains(l)) {
                out.add(l);
            }
        }
    }

    /** The chain as evidence (role "ownership"), each link with its owner's status under this regime. */
    public List<Evidence> chainEvidence() {
        List<Evidence> out = new ArrayList<>();
        Map<String, String> status = new LinkedHashMap<>();
        collectStatus(status);
        for (OwnershipLink l : chain()) {
            out.add(l.evidence(status.getOrDefault(l.owner(), "unlisted")));
        }
        return out;
    }

    private void collectStatus(Map<String, String> status) {
        for (BlockedParty o : owners) {
            if (o instanceof BlockedByOwnership b) {
                status.putIfAbsent(o.key(), "blocked by ownership (" + regime() + ")");
                b.collectStatus(status);
            } else {
                status.putIfAbsent(o.key(), "listed");
            }
        }
    }

    /** "60% + 25% = 85%" (aggregate), "60%" (single owner) or "control". */
    public String shareSum() {
        if ("control".equals(basis)) {
            return "control";
        }
        if (links.size() == 1) {
            return links.get(0).share().toPlainString() + "%";
        }
        return links.stream().map(l -> l.share().toPlainString() + "%").collect(Collectors.joining(" + "))
                + " = " + total.toPlainString() + "%";
    }

    @Override
    public Subject subject() {
        return entity;
    }

    @Override
    public ListedEntity entity() {
        return principal();
    }

    /** "OFAC: 25% + 25% = 50%", "UK: 60%" or "EU: control": the regime and what blocks under it. */
    @Override
    public String matchedValue() {
        return regime() + ": " + shareSum();
    }

    @Override
    public Double score() {
        return null;
    }

    @Override
    public String explanation() {
        String how = switch (basis) {
            case "control" -> "is controlled by a blocked owner";
            case "single owner" -> "is owned " + shareSum() + " by one blocked owner, " + test.thresholdText()
                    + " (shares of different owners are not added under " + regime() + ")";
            default -> "is owned " + shareSum() + " by blocked owners, " + test.thresholdText() + " in the aggregate";
        };
        return entity.party().label() + " " + how + " under " + regime() + ": "
                + links.stream().map(OwnershipLink::describe).collect(Collectors.joining("; "))
                + (depth() > 1 ? "; the chain from the listed owners is " + depth() + " links long" : "") + ".";
    }

    @Override
    public List<Evidence> extraEvidence() {
        return chainEvidence();
    }

    @Override
    public String toString() {
        return "BlockedByOwnership[" + regime() + " " + key() + " " + basis + " " + total + "]";
    }
}
