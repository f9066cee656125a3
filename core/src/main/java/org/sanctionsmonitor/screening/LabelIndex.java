package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.model.AddressLabel;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.normalize.Addresses;
import org.sanctionsmonitor.normalize.Chains;

/**
 * The labels feed indexed by chain and address key, each label resolved once against the lists:
 * a labelled service is listed when its address is a listed address or its name is a listed name
 * or strong alias. Screening a transfer emits one {@link LabelHit} per labelled end and listed
 * entry (one unlisted hit when no entry lists it).
 */
public final class LabelIndex {

    /** A label with the list entries found for it and how. */
    public record Resolved(AddressLabel label, List<ListedEntity> entities, String listedBy) {
    }

    private final Map<String, List<Resolved>> byKey = new HashMap<>();
    private int size;

    public LabelIndex(List<AddressLabel> labels, ScreeningIndex lists) {
        for (AddressLabel l : labels) {
            List<ListedEntity> byAddress = lists.entitiesListing(l.address());
            List<ListedEntity> es = byAddress;
            String how = "address";
            if (es.isEmpty() && l.name() != null) {
                es = lists.entitiesNamed(l.name());
                how = "name";
            }
            byKey.computeIfAbsent(key(l.chain(), l.address()), k -> new ArrayList<>()).add(new Resolved(l, es, es.isEmpty() ? null : how));
            size++;
        }
    }

    public static LabelIndex empty() {
        return new LabelIndex(List.of(), null);
    }

    static String key(String chain, String address) {
        return Chains.canonical(chain) + "|" + Addresses.key(address);
    }

    /** Every label with its resolution, in file order. */
    public List<Resolved> all() {
        return byKey.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparing(r -> r.label().provenance())).toList();
    }

    public int size() {
        return size;
    }

    /** The labels on an address on a chain; empty when none. */
    public List<Resolved> labels(String chain, String address) {
        return byKey.getOrDefault(key(chain, address), List.of());
    }

    /** The first label of a type on an address, or null. */
    public Resolved label(String chain, String address, String labelType) {
        for (Resolved r : labels(chain, address)) {
            if (r.label().labelType().equals(labelType)) {
                return r;
            }
        }
        return null;
    }

    public void screen(Transfer t, Consumer<Match> out) {
        if (byKey.isEmpty()) {
            return;
        }
        emit(t, "from", t.fromAddress(), out);
        emit(t, "to", t.toAddress(), out);
    }

    private void emit(Transfer t, String side, String address, Consumer<Match> out) {
        for (Resolved r : labels(t.chain(), address)) {
            if (r.entities().isEmpty()) {
                out.accept(new LabelHit(t, side, r.label().labelType(), r.label(), null, null));
            } else {
                for (ListedEntity e : r.entities()) {
                    out.accept(new LabelHit(t, side, r.label().labelType(), r.label(), e, r.listedBy()));
                }
            }
        }
    }
}
