package org.sanctionsmonitor.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;


import org.sanctionsmonitor.finding.Match;
import org.sanctionsmonitor.lists.EntityList;
import org.sanctionsmonitor.model.CryptoAddress;
import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Payment;
import org.sanctionsmonitor.model.Shipment;
import org.sanctionsmonitor.model.Subject;
import org.sanctionsmonitor.model.Transfer;
import org.sanctionsmonitor.normalize.Addresses;
import org.sanctionsmonitor.normalize.Chains;
import org.sanctionsmonitor.normalize.Eip55;
import org.sanctionsmonitor.normalize.Imo;
import org.sanctionsmonitor.normalize.Names;

/**
 * Indexes over the loaded lists (addresses, IMO numbers, BICs by their first eight characters,
 * and the fuzzy name index of {@link NameScreener}), and the screening of records against them. Screening emits candidate facts ({@link Match}); the
 * rules decide which become findings. Built once per run; read-only afterwards, so safe to share
 * between threads.
 */
public final class ScreeningIndex {

    private record ListedAddress(ListedEntity entity, CryptoAddress address) {
    }

    private final Map<String, List<ListedAddress>> byAddressKey = new HashMap<>();
    private final Map<String, List<ListedEntity>> byImo = new HashMap<>();
    /** Listed entities by their BICs' first six characters (bank and country codes): the floor of a BicMatch. */
    private final Map<String, List<ListedEntity>> byBic6 = new HashMap<>();
    /** Normalised listed names and strong aliases (not weak ones): exact lookups such as label names. */
    private final Map<String, List<ListedEntity>> byStrongName = new HashMap<>();
    private final NameScreener names;
    private final NameMatchingConfig config;

    public ScreeningIndex(List<EntityList> lists, NameMatchingConfig config) {
        this.config = config;
        List<ListedEntity> all = new ArrayList<>();
        for (EntityList list : lists) {
            all.addAll(list.entities());
            for (ListedEntity e : list.entities()) {
                for (String bic : e.bics()) {
                    if (bic.length() >= 8) {
                        List<ListedEntity> l = byBic6.computeIfAbsent(bic.substring(0, 6), k -> new ArrayList<>());
                        if (!l.contains(e)) {
                            l.add(e);
                        }
                    }
                }
            }
        }
        this.names = new NameScreener(all, config);
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
                List<String> strong = new ArrayList<>(e.aliases());
                strong.add(0, e.name());
                for (String n : strong) {
                    String key = Names.normalize(n);
                    if (key != null && !key.isEmpty()) {
                        List<ListedEntity> l = byStrongName.computeIfAbsent(key, k -> new ArrayList<>());
                        if (!l.contains(e)) {
                            l.add(e);
                        }
                    }
                }
            }
        }
    }

    public NameScreener names() {
        return names;
    }

    /**
     * Address matches of a transfer: one per listed entity and chain fit (same chain or another
     * EVM chain), however many assets list the address. An address that cannot be right (a bad
     * checksum, see {@link Addresses#problem}) is never matched: it gives an {@link IdentifierIssue}.
     * An EVM address in mixed case with a wrong EIP-55 checksum gives an issue of kind
     * ADDRESS_CHECKSUM and is still matched on its lower-case key.
     */
    public void screen(Transfer t, Consumer<Match> out) {
        String chain = Chains.canonical(t.chain());
        Hits hits = addressHits(t, t.fromAddress(), "from", chain, null, out);
        hits = addressHits(t, t.toAddress(), "to", chain, hits, out);
        if (hits != null) {
            hits.same.forEach((entity, h) -> out.accept(new AddressMatch(t, entity, sides(h), h, true)));
            hits.other.forEach((entity, h) -> out.accept(new AddressMatch(t, entity, sides(h), h, false)));
        }
    }

    /** A transfer's listed-address hits by entity: on the transfer's chain, and on another EVM chain. Made only when there is one. */
    private static final class Hits {
        final Map<ListedEntity, List<AddressMatch.Hit>> same = new LinkedHashMap<>();
        final Map<ListedEntity, List<AddressMatch.Hit>> other = new LinkedHashMap<>();
    }

    private static String sides(List<AddressMatch.Hit> hits) {
        return String.join("+", hits.stream().map(AddressMatch.Hit::side).distinct().toList());
    }

    private Hits addressHits(Transfer t, String address, String side, String chain, Hits found, Consumer<Match> out) {
        String problem = Addresses.problem(chain, address);
        if (problem != null) {
            out.accept(new IdentifierIssue(t, side + "_address", "ADDRESS", address, problem + " on " + t.chain()));
            return found;
        }
        if (Addresses.isEvm(address)) {
            String checksum = Eip55.problem(address);
            if (checksum != null) { // still screened below: the lower-case key is the same address
                out.accept(new IdentifierIssue(t, side + "_address", IdentifierIssue.ADDRESS_CHECKSUM, address, checksum));
            }
        }
        List<ListedAddress> listed = byAddressKey.get(Addresses.key(address));
        if (listed == null) {
            return found;
        }
        Hits hits = found != null ? found : new Hits();
        Map<ListedEntity, List<CryptoAddress>> grouped = new LinkedHashMap<>();
        for (ListedAddress la : listed) {
            grouped.computeIfAbsent(la.entity(), k -> new ArrayList<>()).add(la.address());
        }
        boolean evm = Addresses.isEvm(address);
        grouped.forEach((entity, addrs) -> {
            boolean sameChain = !evm || addrs.stream().anyMatch(a -> Chains.chainOfAsset(a.asset()).map(chain::equals).orElse(true));
            (sameChain ? hits.same : hits.other).computeIfAbsent(entity, k -> new ArrayList<>())
                    .add(new AddressMatch.Hit(side, address, addrs));
        });
        return hits;
    }

    /** The entities that list an address (by its comparison key, any asset), in list order; empty when none. */
    public List<ListedEntity> entitiesListing(String address) {
        List<ListedAddress> listed = byAddressKey.get(Addresses.key(address));
        return listed == null ? List.of() : listed.stream().map(ListedAddress::entity).distinct().toList();
    }

    /** The entities with this name or strong alias after normalisation (weak aliases are left out). */
    public List<ListedEntity> entitiesNamed(String name) {
        String key = Names.normalize(name);
        return key == null ? List.of() : List.copyOf(byStrongName.getOrDefault(key, List.of()));
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
            screenName(s, p.role(), p.name(), null, null, out);
        }
    }

    /** Bank BICs and party names of a payment. */
    public void screen(Payment p, Consumer<Match> out) {
        screenBic(p, "beneficiary_bank_bic", p.beneficiaryBankBic(), out);
        screenBic(p, "originator_bank_bic", p.originatorBankBic(), out);
        screenName(p, "originator", p.originator(), null, null, out);
        screenName(p, "beneficiary", p.beneficiary(), p.beneficiaryDob(), p.beneficiaryNationality(), out);
    }

    private void screenBic(Payment p, String field, String bic, Consumer<Match> out) {
        if (bic == null || bic.length() < 8) {
            return;
        }
        for (ListedEntity e : byBic6.getOrDefault(bic.substring(0, 6), List.of())) {
            // the entity's listed BIC sharing the most leading characters (the first such in list order)
            String listed = null;
            for (String b : e.bics()) {
                if (b.length() >= 8 && b.startsWith(bic.substring(0, 6))
                        && (listed == null || BicMatch.commonPrefix(bic, b) > BicMatch.commonPrefix(bic, listed))) {
                    listed = b;
                }
            }
            out.accept(new BicMatch(p, e, field, bic, listed));
        }
    }

    /**
     * Name matches of one party: each listed entry the screener proposes (at or above floor.score),
     * with the score discounted when the record's date of birth or nationality conflicts with the
     * entry. No band: the rules compare the measurements with name-parameters.csv.
     */
    /** The parameters the name rules compare NameMatch facts with (rules/reference/name-parameters.csv). */
    public List<org.sanctionsmonitor.finding.Parameter> nameParameters() {
        return config.parameters();
    }

    public void screenName(Subject subject, String role, String name, LocalDate dob, String nationality, Consumer<Match> out) {
        if (name == null || name.isBlank()) {
            return;
        }
        for (NameScreener.Hit h : names.screen(name)) {
            ListedEntity e = h.entry().entity();
            SecondaryEvidence ev = SecondaryEvidence.of(e, role, dob, nationality, config);
            double score = h.score() * ev.factor();
            if (score < config.floor()) {
                continue; // the discount took it below the floor: no rule could report it
            }
            String text = ev.text();
            if (ev.conflict()) {
                text += String.format(java.util.Locale.ROOT, "; score discounted from %.3f to %.3f", h.score(), score);
            }
            out.accept(new NameMatch(subject, role, name, e, h.entry().listedName(), h.entry().nameType(), h.method(),
                    score, h.score(), h.distinctive(), ev.conflict(), h.detail(), text));
        }
    }
}
