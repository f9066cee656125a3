package org.sanctionsmonitor.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A label on an address from the labels feed: the address belongs to a mixer, a bridge, an
 * exchange, hack proceeds, ... {@code chain} is canonical ({@link org.sanctionsmonitor.normalize.Chains})
 * and {@code labelType} lower case.
 */
public record AddressLabel(String chain, String address, String labelType, String name, String source,
        Map<String, String> attributes, Provenance provenance) {

    public AddressLabel {
        attributes = Facts.frozen(attributes);
    }

    /** "mixer 'Tornado Cash'" or "mixer": how explanations name a label. */
    public String describe() {
        return labelType.replace('_', ' ') + (name == null ? "" : " '" + name + "'");
    }

    public Map<String, String> facts() {
        Map<String, String> m = new LinkedHashMap<>();
        Facts.put(m, "chain", chain);
        Facts.put(m, "address", address);
        Facts.put(m, "label_type", labelType);
        Facts.put(m, "name", name);
        Facts.put(m, "source", source);
        Facts.putAll(m, attributes);
        return m;
    }
}
