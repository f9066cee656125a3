package org.sanctionsmonitor.ownership;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanctionsmonitor.model.Facts;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.finding.Cited;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.finding.Evidence;
import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.screening.NameMatch;

/**
 * A payment or shipment party whose name matches an entity blocked by ownership: the name match
 * (scored by the name screener against the derived entities; its score, distinctive words and
 * {@code conflict} are measured as for listed names and OWN-010 decides with SAN-003's parameters) and the entity's blocks, one per regime that blocks it. The finding's list
 * entry is the listed owner the first block rests on; its evidence is the ownership chain.
 */
public record OwnershipMatch(NameMatch name, List<BlockedByOwnership> blocks) implements Match, Cited {

    public OwnershipMatch {
        blocks = List.copyOf(blocks);
    }

    /** "name", "alias" or "weak alias": which name of the derived entity matched. */
    public String nameType() {
        return name.nameType();
    }

    /** The name score, as SAN-003 compares it. */
    public double nameScore() {
        return name.nameScore();
    }

    /** Words of the entity's name found that are not generic words or places. */
    public int distinctiveWords() {
        return name.distinctiveWords();
    }

    public boolean conflict() {
        return name.conflict();
    }

    /** "OFAC, EU": the regimes that block the entity. */
    public String regimes() {
        return blocks.stream().map(BlockedByOwnership::regime).collect(Collectors.joining(", "));
    }

    @Override
    public Subject subject() {
        return name.subject();
    }

    @Override
    public ListedEntity entity() {
        return blocks.get(0).principal();
    }

    @Override
    public String matchedValue() {
        return name.name();
    }

    @Override
    public Double score() {
        return name.score();
    }

    @Override
    public String explanation() {
        BlockedByOwnership first = blocks.get(0);
        String how = "exact".equals(name.method()) ? "equals" : String.format(java.util.Locale.ROOT, "matches (score %.3f)", name.nameScore());
        return name.role() + " '" + name.name() + "' " + how + " '" + name.listedName() + "', an entity blocked by ownership under "
                + regimes() + ": " + first.explanation();
    }

    @Override
    public List<ReferenceRow> citedRows() {
        return blocks.stream().map(b -> b.test().row()).toList();
    }

    @Override
    public List<Evidence> extraEvidence() {
        List<Evidence> out = new ArrayList<>();
        BlockedByOwnership first = blocks.get(0);
        Map<String, String> m = new LinkedHashMap<>();
        Facts.put(m, "name", first.owned().party().name());
        Facts.put(m, "id", first.owned().party().id());
        Facts.put(m, "key", first.key());
        Facts.put(m, "blocked_under", regimes());
        Facts.put(m, "basis", blocks.stream().map(b -> b.regime() + ": " + b.basis() + " " + b.shareSum())
                .collect(Collectors.joining("; ")));
        out.add(new Evidence("derived_entity", OwnedEntity.TYPE, first.key(), first.owned().source(), m));
        List<String> seen = new ArrayList<>();
        for (BlockedByOwnership b : blocks) {
            for (Evidence e : b.chainEvidence()) {
                if (!seen.contains(e.id())) {
                    seen.add(e.id());
                    out.add(e);
                }
            }
        }
        return out;
    }
}
