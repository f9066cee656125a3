package org.sanctionsmonitor.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a list's XML and everything inside it, read from a stream one record at a time
 * (a UN INDIVIDUAL, an OFAC DistinctParty): the readers never hold more of a file than the record
 * they map. {@code line} is where the element starts.
 */
record XmlNode(String name, Map<String, String> attributes, List<XmlNode> children, String text, long line) {

    private static final java.util.regex.Pattern WHITE = java.util.regex.Pattern.compile("\\s+");

    XmlNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** The attribute's value, or null. */
    String attr(String key) {
        return attributes.get(key);
    }

    /** The first child element of that name, or null. */
    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** Every child element of that name, in document order. */
    List<XmlNode> all(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Every descendant element of that name, in document order. */
    List<XmlNode> descendants(String descendantName) {
        List<XmlNode> out = new ArrayList<>();
        collect(descendantName, out);
        return out;
    }

    private void collect(String descendantName, List<XmlNode> out) {
        for (XmlNode c : children) {
            if (c.name.equals(descendantName)) {
                out.add(c);
            }
            c.collect(descendantName, out);
        }
    }

    /** The element's own text, white space folded and stripped; null when it has none. */
    String value() {
        if (text == null) {
            return null;
        }
        String v = text.strip();
        if (v.isEmpty()) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == ' ' && v.charAt(i + 1) == ' ') {
                return WHITE.matcher(v).replaceAll(" ");
            }
        }
        return v;
    }

    /** The text of the first child of that name, or null. */
    String value(String childName) {
        XmlNode c = child(childName);
        return c == null ? null : c.value();
    }
}
