package org.sanctionsmonitor.finding;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.model.Provenance;

/**
 * A finding as bytes and back, for the findings a {@link FindingSorter} spills to disk: every
 * field, null kept apart from empty, each evidence item's facts in their iteration order (which
 * findings.json keeps), every string exactly as it was (unpaired surrogates too). Read back, a
 * finding is {@code equals} to the one written. Not a file format: the bytes live only for one run.
 */
public final class FindingCodec {

    private static final Severity[] SEVERITIES = Severity.values();
    private static final Category[] CATEGORIES = Category.values();
    /** Strings of at most this many chars fit DataOutput.writeUTF's 65,535-byte limit whatever they hold. */
    private static final int UTF_CHARS = 65_535 / 3;

    private FindingCodec() {
    }

    public static void write(Finding f, DataOutput out) throws IOException {
        out.writeByte(1); // a record follows (the end of a run is the end of its file)
        string(out, f.findingId());
        string(out, f.ruleId());
        string(out, f.ruleName());
        out.writeByte(f.category().ordinal());
        out.writeByte(f.severity().ordinal());
        string(out, f.subjectType());
        string(out, f.subjectId());
        string(out, f.listSource());
        string(out, f.listEntryId());
        string(out, f.listEntryName());
        string(out, f.programs());
        string(out, f.matchedValue());
        if (f.score() == null) {
            out.writeBoolean(false);
        } else {
            out.writeBoolean(true);
            out.writeDouble(f.score());
        }
        string(out, f.explanation());
        provenance(out, f.source());
        string(out, f.ruleFile());
        string(out, f.legalBasis());
        out.writeInt(f.evidence().size());
        for (Evidence e : f.evidence()) {
            string(out, e.role());
            string(out, e.type());
            string(out, e.id());
            provenance(out, e.source());
            Map<String, String> facts = e.facts();
            if (facts == null) {
                out.writeInt(-1);
            } else {
                out.writeInt(facts.size());
                for (Map.Entry<String, String> x : facts.entrySet()) {
                    string(out, x.getKey());
                    string(out, x.getValue());
                }
            }
        }
    }

    /** The next finding, or null at the end of the input. */
    public static Finding read(DataInput in) throws IOException {
        int marker;
        try {
            marker = in.readUnsignedByte();
        } catch (EOFException end) {
            return null;
        }
        if (marker != 1) {
            throw new IOException("not a spilled finding (marker " + marker + ")");
        }
        String findingId = string(in);
        String ruleId = string(in);
        String ruleName = string(in);
        Category category = CATEGORIES[in.readUnsignedByte()];
        Severity severity = SEVERITIES[in.readUnsignedByte()];
        String subjectType = string(in);
        String subjectId = string(in);
        String listSource = string(in);
        String listEntryId = string(in);
        String listEntryName = string(in);
        String programs = string(in);
        String matchedValue = string(in);
        Double score = in.readBoolean() ? in.readDouble() : null;
        String explanation = string(in);
        Provenance source = provenance(in);
        String ruleFile = string(in);
        String legalBasis = string(in);
        int n = in.readInt();
        List<Evidence> evidence = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String role = string(in);
            String type = string(in);
            String id = string(in);
            Provenance at = provenance(in);
            int k = in.readInt();
            Map<String, String> facts = null;
            if (k >= 0) {
                facts = new LinkedHashMap<>(k * 2);
                for (int j = 0; j < k; j++) {
                    String key = string(in);
                    facts.put(key, string(in));
                }
                facts = java.util.Collections.unmodifiableMap(facts);
            }
            evidence.add(new Evidence(role, type, id, at, facts));
        }
        return new Finding(findingId, ruleId, ruleName, category, severity, subjectType, subjectId, listSource,
                listEntryId, listEntryName, programs, matchedValue, score, explanation, source, ruleFile, legalBasis,
                evidence);
    }

    private static void provenance(DataOutput out, Provenance p) throws IOException {
        if (p == null) {
            out.writeBoolean(false);
            return;
        }
        out.writeBoolean(true);
        string(out, p.file());
        out.writeLong(p.line());
    }

    private static Provenance provenance(DataInput in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        String file = string(in);
        return new Provenance(file, in.readLong());
    }

    /** 0: null; 1: modified UTF-8 (exact for any string); 2: a string too long for it, as chars. */
    private static void string(DataOutput out, String s) throws IOException {
        if (s == null) {
            out.writeByte(0);
        } else if (s.length() <= UTF_CHARS) {
            out.writeByte(1);
            out.writeUTF(s);
        } else {
            out.writeByte(2);
            out.writeInt(s.length());
            out.writeChars(s);
        }
    }

    private static String string(DataInput in) throws IOException {
        int kind = in.readUnsignedByte();
        switch (kind) {
            case 0:
                return null;
            case 1:
                return in.readUTF();
            case 2: {
                int n = in.readInt();
                char[] c = new char[n];
                for (int i = 0; i < n; i++) {
                    c[i] = in.readChar();
                }
                return new String(c);
            }
            default:
                throw new IOException("not a spilled string (kind " + kind + ")");
        }
    }
}
