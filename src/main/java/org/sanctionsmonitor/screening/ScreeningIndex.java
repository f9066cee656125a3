package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.normalize.Addresses;
import org.sanctionsmonitor.normalize.Chains;
import org.sanctionsmonitor.normalize.Imo;
import org.sanctionsmonitor.normalize.Names;

/**
 * Exact-identifier indexes over the loaded lists (addresses, IMO numbers, normalised names), and
 * the screening of records against them. Screening emits candidate facts ({@link Match}); the
 * rules decide which become findings. Built once per run; read-only afterwards, so safe to share
 * between threads.
 */
public final class ScreeningIndex {

    private record ListedAddress(ListedEntity entity, CryptoAddress address) {
    }

    private record ListedName(ListedEntity entity, String name, String nameType) {
    }

    private final Map<String, List<ListedAddress>> byAddressKey = new HashMap<>();
    private final Map<String, List<ListedEntity>> byImo = new HashMap<>();
    private final Map<String, List<ListedName>> byName = new HashMap<>();

    public ScreeningIndex(List<EntityList> lists) {
        for (EntityList list : lists) {
            for (ListedEntity e : list.entities()) {
                for (CryptoAddress a : e.cryptoAddresses()) {
                    String key = Addresses.key(a.address());
                    if (key != null) {
                        byAddressKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new ListedAddress(e, a));
                    }
                }
                for (String imo : e.imos()) {
                    List<ListedEntity> l = byImo.computeIfAbsent(imo, k -> new ArrayList<>());
                    if (!l.contains(e)) {
                        l.add(e);
                    }
                }
                addName(e, e.name(), "name");
                e.aliases().forEach(a -> addName(e, a, "alias"));
                e.weakAliases().forEach(a -> addName(e, a, "weak alias"));
            }
        }
    }

    private void addName(ListedEntity e, String name, String type) {
        String key = Names.normalize(name);
        if (key == null || key.isEmpty()) {
            return;
        }
        List<ListedName> l = byName.computeIfAbsent(key, k -> new ArrayList<>());
        // one candidate per entity and key: the strongest name type wins (name, then alias, then weak alias)
        for (ListedName n : l) {
            if (n.entity() == e) {
                return;
            }
        }
        l.add(new ListedName(e, name, type));
    }

    /**
     * Address matches of a transfer: one per listed entity and chain fit (same chain or another
     * EVM chain), however many assets list the address. An address that cannot be right (a bad
     * checksum, see {@link Addresses#problem}) is never matched: it gives an {@link IdentifierIssue}.
     */
    public void screen(Transfer t, Consumer<Match> out) {
        Map<ListedEntity, List<AddressMatch.Hit>> same = new LinkedHashMap<>();
        Map<ListedEntity, List<AddressMatch.Hit>> other = new LinkedHashMap<>();
        String chain = Chains.canonical(t.chain());
        addressHits(t, t.fromAddress(), "from", chain, same, other, out);
        addressHits(t, t.toAddress(), "to", chain, same, other, out);
        same.forEach((entity, hits) -> out.accept(new AddressMatch(t, entity, sides(hits), hits, true)));
        other.forEach((entity, hits) -> out.accept(new AddressMatch(t, entity, sides(hits), hits, false)));
    }

    private static String sides(List<AddressMatch.Hit> hits) {
        return String.join("+", hits.stream().map(AddressMatch.Hit::side).distinct().toList());
    }

    private void addressHits(Transfer t, String address, String side, String chain,
            Map<ListedEntity, List<AddressMatch.Hit>> same, Map<ListedEntity, List<AddressMatch.Hit>> other,
            Consumer<Match> out) {
        String problem = Addresses.problem(chain, address);
        if (problem != null) {
            out.accept(new IdentifierIssue(t, side + "_address", "ADDRESS", address, problem + " on " + t.chain()));
            return;
        }
        List<ListedAddress> listed = byAddressKey.get(Addresses.key(address));
        if (listed == null) {
            return;
        }
        Map<ListedEntity, List<CryptoAddress>> grouped = new LinkedHashMap<>();
        for (ListedAddress la : listed) {
            grouped.computeIfAbsent(la.entity(), k -> new ArrayList<>()).add(la.address());
        }
        boolean evm = Addresses.isEvm(address);
        grouped.forEach((entity, addrs) -> {
            boolean sameChain = !evm || addrs.stream().anyMatch(a -> Chains.chainOfAsset(a.asset()).map(chain::equals).orElse(true));
            (sameChain ? same : other).computeIfAbsent(entity, k -> new ArrayList<>()).add(new AddressMatch.Hit(side, address, addrs));
        });
    }

    /** The entities that list an address (by its comparison key, any asset), in list order; empty when none. */
    public List<ListedEntity> entitiesListing(String address) {
        List<ListedAddress> listed = byAddressKey.get(Addresses.key(address));
        return listed == null ? List.of() : listed.stream().map(ListedAddress::entity).distinct().toList();
    }

    /** The entities with this name or strong alias after normalisation (weak aliases are left out). */
    public List<ListedEntity> entitiesNamed(String name) {
        return byName.getOrDefault(Names.normalize(name), List.of()).stream()
                .filter(n -> !n.nameType().equals("weak alias")).map(ListedName::entity).distinct().toList();
    }

    /** Vessel and party matches of a shipment, and data-quality facts for identifiers that cannot be right. */
    public void screen(Shipment s, Consumer<Match> out) {
        String imoText = s.vesselImo();
        if (imoText != null) {
            String problem = Imo.problem(imoText);
            if (problem != null) {
                out.accept(new IdentifierIssue(s, "vessel_imo", "IMO", imoText, problem));
            } else {
                String imo = Imo.normalize(imoText).orElseThrow();
                for (ListedEntity e : byImo.getOrDefault(imo, List.of())) {
                    out.accept(new VesselMatch(s, e, imo));
                }
            }
        }
        for (Shipment.Party p : s.parties()) {
            String key = Names.normalize(p.name());
            for (ListedName n : byName.getOrDefault(key, List.of())) {
                out.accept(new NameMatch(s, p.role(), p.name(), n.entity(), n.name(), n.nameType(), "exact", 1.0));
            }
        }
    }
}
