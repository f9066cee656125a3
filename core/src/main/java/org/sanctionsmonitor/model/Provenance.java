package org.sanctionsmonitor.model;

/**
 * Where a fact came from: the input file (as shown to the user) and the 1-based line on which its
 * record starts. Every fact and every finding carries one, so an auditor can open the exact line.
 */
public record Provenance(String file, long line) implements Comparable<Provenance> {

    @Override
    public String toString() {
        return file + ":" + line;
    }

    @Override
    public int compareTo(Provenance o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Long.compare(line, o.line);
    }
}
