package org.sanctionsmonitor.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of a sanctions list, whatever the list's format. {@code listSource} is the list's name
 * (as findings report it in list_source) and {@code entityId} the entry's own id in that list.
 */
public record ListedEntity(
        String listSource,
        String entityId,
        String name,
        String type,
        List<String> aliases,
        List<String> weakAliases,
        List<String> programs,
        List<String> countries,
        List<String> imos,
        List<CryptoAddress> cryptoAddresses,
        List<String> bics,
        List<String> dobs,
        List<String> nationalities,
        List<String> linkedTo,
        Map<String, String> attributes,
        Provenance source) {

    public ListedEntity {
        aliases = List.copyOf(aliases);
        weakAliases = List.copyOf(weakAliases);
        programs = List.copyOf(programs);
        countries = List.copyOf(countries);
        imos = List.copyOf(imos);
        cryptoAddresses = List.copyOf(cryptoAddresses);
        bics = List.copyOf(bics);
        dobs = List.copyOf(dobs);
        nationalities = List.copyOf(nationalities);
        linkedTo = List.copyOf(linkedTo);
        attributes = Facts.frozen(attributes);
    }

    /** Programs joined as the findings' programs column shows them. */
    public String programsText() {
        return String.join(";", programs);
    }

    /** "LAZARUS GROUP (OFAC-SDN 27307)": how explanations name an entry. */
    public String label() {
        return name + " (" + listSource + " " + entityId + ")";
    }

    public Map<String, String> facts() {
        Map<String, String> m = new LinkedHashMap<>();
        Facts.put(m, "list", listSource);
        Facts.put(m, "entity_id", entityId);
        Facts.put(m, "name", name);
        Facts.put(m, "type", type);
        Facts.put(m, "aliases", aliases);
        Facts.put(m, "weak_aliases", weakAliases);
        Facts.put(m, "programs", programs);
        Facts.put(m, "countries", countries);
        Facts.put(m, "imo", imos);
        Facts.put(m, "crypto_addresses", cryptoAddresses);
        Facts.put(m, "bic", bics);
        Facts.put(m, "dob", dobs);
        Facts.put(m, "nationality", nationalities);
        Facts.put(m, "linked_to", linkedTo);
        Facts.putAll(m, attributes);
        return m;
    }
}
