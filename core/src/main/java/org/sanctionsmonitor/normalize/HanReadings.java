package org.sanctionsmonitor.normalize;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The further readings of a Chinese name, beside ICU's Mandarin (Hanyu Pinyin): the same Mandarin
 * in Wade–Giles (瑞邦 → jui pang, as Taiwan and older registers write it), the other readings of a
 * polyphone (長安 → chang an as well as zhang an) and Cantonese in the Hong Kong Government
 * romanisation (陳國基 → chan kwok kei). Every reading comes from a reviewed table:
 * <ul>
 * <li>{@code rules/reference/han-wade-giles.csv}: Pinyin syllable → its Wade–Giles spellings
 * (apostrophes and diacritics folded, as names are written);</li>
 * <li>{@code rules/reference/han-mandarin-readings.csv}: the polyphones (Unihan kMandarin and
 * kXHC1983), every reading, the customary first;</li>
 * <li>{@code rules/reference/han-cantonese-readings.csv}: Unihan kCantonese (Jyutping);</li>
 * <li>{@code rules/reference/han-cantonese-spellings.csv}: Jyutping → the Hong Kong spellings, by
 * whole syllable, else by initial and final.</li>
 * </ul>
 */
public final class HanReadings {
    public static final String WADE_GILES = "reference/han-wade-giles.csv";
    public static final String MANDARIN = "reference/han-mandarin-readings.csv";
    public static final String CANTONESE = "reference/han-cantonese-readings.csv";
    public static final String CANTONESE_SPELLINGS = "reference/han-cantonese-spellings.csv";

    /** No tables: no further readings. */
    public static final HanReadings NONE = new HanReadings(Map.of(), Map.of(), Map.of(), Map.of());

    /** At most this many readings that vary one syllable, per kind. */
    static final int VARIANTS = 4;

    /** Jyutping initials, longest first. */
    private static final String[] INITIALS = {"gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j"};

    private final Map<String, String[]> wadeGiles;
    private final Map<Integer, String[]> polyphones;
    private final Map<Integer, String[]> cantonese;
    private final Map<String, String[]> spellings;

    /**
     * @param wadeGiles  Pinyin syllable (toneless, ü kept) → Wade–Giles spellings, the first Giles's
     * @param polyphones Han code point → its toneless Mandarin readings (ü kept), the customary first
     * @param cantonese  Han code point → its toneless Jyutping readings
     * @param spellings  Jyutping syllable, initial (b-) or final (-oeng) → Hong Kong spellings
     */
    public HanReadings(Map<String, String[]> wadeGiles, Map<Integer, String[]> polyphones, Map<Integer, String[]> cantonese,
                       Map<String, String[]> spellings) {
        this.wadeGiles = Map.copyOf(wadeGiles);
        this.polyphones = Map.copyOf(polyphones);
        this.cantonese = Map.copyOf(cantonese);
        this.spellings = Map.copyOf(spellings);
    }

    public boolean isEmpty() {
        return wadeGiles.isEmpty() && polyphones.isEmpty() && cantonese.isEmpty();
    }

    /** A reading and how it was made. */
    public record Text(String text, String how) {
    }

    /** The Mandarin readings of a character: ICU's ({@code icu}, toneless, ü kept) first, then the table's others. */
    List<String> mandarin(int cp, String icu) {
        Set<String> out = new LinkedHashSet<>();
        if (!icu.isEmpty()) {
            out.add(icu);
        }
        String[] more = polyphones.get(cp);
        if (more != null) {
            out.addAll(List.of(more));
        }
        return new ArrayList<>(out);
    }

    /** The Wade–Giles spellings of a Pinyin syllable (toneless, ü kept); the syllable itself when the table lacks it. */
    List<String> wadeGiles(String pinyin) {
        String[] s = wadeGiles.get(pinyin);
        return s == null ? List.of(plain(pinyin)) : List.of(s);
    }

    /** The Hong Kong spellings of a character's Cantonese readings, the first reading's first; empty when the table lacks it. */
    List<String> cantonese(int cp) {
        String[] jyutping = cantonese.get(cp);
        if (jyutping == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String j : jyutping) {
            out.addAll(hongKong(j));
        }
        return new ArrayList<>(out);
    }

    /** A Jyutping syllable (toneless) in the Hong Kong Government romanisation: every spelling, the commonest first. */
    public List<String> hongKong(String jyutping) {
        String[] whole = spellings.get(jyutping);
        if (whole != null) {
            return List.of(whole);
        }
        String initial = "";
        for (String i : INITIALS) {
            if (jyutping.startsWith(i) && jyutping.length() > i.length()) {
                initial = i;
                break;
            }
        }
        String fin = jyutping.substring(initial.length());
        String[] is = initial.isEmpty() ? new String[] {""} : spellings.get(initial + "-");
        String[] fs = spellings.get("-" + fin);
        if (is == null || fs == null) {
            return List.of(jyutping);
        }
        if (initial.equals("j") && fin.startsWith("yu")) {
            fs = new String[] {"yu".equals(fin) ? "u" : fs[0]}; // jyu is yu, jyun yuen: the y is written once
        }
        Set<String> out = new LinkedHashSet<>();
        for (String f : fs) {
            for (String i : is) {
                out.add(i + f);
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * The further readings of {@code name} (Han characters, each a word of its own, other characters
     * kept): {@code icu} gives a character's Mandarin as ICU reads it (toneless, ü kept).
     * Polyphones read their other readings, one character at a time; the Mandarin in Wade–Giles
     * (and each spelling variant once); Cantonese in the Hong Kong spellings (and each other
     * spelling or reading once), at most {@link #VARIANTS} variants of each kind.
     */
    public List<Text> readings(String name, IntFunction<String> icu) {
        List<Text> out = new ArrayList<>();
        if (isEmpty()) {
            return out;
        }
        List<Object> parts = parts(name);
        List<List<String>> mandarin = new ArrayList<>();
        List<List<String>> wg = new ArrayList<>();
        List<List<String>> hk = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Integer cp) {
                List<String> m = mandarin(cp, icu.apply(cp));
                mandarin.add(plainAll(m));
                List<String> w = new ArrayList<>();
                for (String s : m) {
                    for (String x : wadeGiles(s)) {
                        if (!w.contains(x)) {
                            w.add(x);
                        }
                    }
                }
                wg.add(w);
                hk.add(cantonese(cp));
            } else {
                mandarin.add(List.of((String) p));
                wg.add(List.of((String) p));
                hk.add(List.of((String) p));
            }
        }
        for (String v : variants(mandarin, false)) {
            out.add(new Text(v, "Han read in Mandarin with another reading of a polyphone (Unihan kXHC1983, han-mandarin-readings.csv)"));
        }
        for (String v : variants(wg, true)) {
            out.add(new Text(v, "Han read in Mandarin, spelt in Wade-Giles (han-wade-giles.csv)"));
        }
        if (hk.stream().noneMatch(List::isEmpty)) {
            for (String v : variants(hk, true)) {
                out.add(new Text(v, "Han read in Cantonese (Unihan kCantonese), spelt as Hong Kong romanises it (han-cantonese-spellings.csv)"));
            }
        }
        return out;
    }

    /**
     * A run of Han characters (a company name's words the translation table lacks) in Wade–Giles and
     * in the Hong Kong spellings, each syllable its first spelling; either null when a character
     * has no reading.
     */
    public List<Text> runs(String run, IntFunction<String> icu) {
        List<Text> out = new ArrayList<>();
        if (isEmpty()) {
            return out;
        }
        StringBuilder poly = new StringBuilder();
        StringBuilder w = new StringBuilder();
        StringBuilder h = new StringBuilder();
        boolean canto = true;
        boolean anyPoly = false;
        for (Object p : parts(run)) {
            if (p instanceof Integer cp) {
                String m = icu.apply(cp);
                List<String> all = mandarin(cp, m);
                anyPoly |= all.size() > 1;
                poly.append(' ').append(plain(all.size() > 1 ? all.get(1) : all.isEmpty() ? "" : all.get(0))).append(' ');
                w.append(' ').append(wadeGiles(m).get(0)).append(' ');
                List<String> c = cantonese(cp);
                canto &= !c.isEmpty();
                h.append(' ').append(c.isEmpty() ? "" : c.get(0)).append(' ');
            } else {
                poly.append((String) p);
                w.append((String) p);
                h.append((String) p);
            }
        }
        if (anyPoly) {
            out.add(new Text(poly.toString(), "polyphones read their other reading (han-mandarin-readings.csv)"));
        }
        out.add(new Text(w.toString(), "spelt in Wade-Giles (han-wade-giles.csv)"));
        if (canto) {
            out.add(new Text(h.toString(), "read in Cantonese, spelt as Hong Kong romanises it (han-cantonese-spellings.csv)"));
        }
        return out;
    }

    /** The name as Han code points (Integer) and the text between them (String). */
    private static List<Object> parts(String s) {
        List<Object> out = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (com.ibm.icu.lang.UScript.getScript(cp) == com.ibm.icu.lang.UScript.HAN) {
                if (other.length() > 0) {
                    out.add(other.toString());
                    other.setLength(0);
                }
                out.add(cp);
            } else {
                other.appendCodePoint(cp);
            }
        }
        if (other.length() > 0) {
            out.add(other.toString());
        }
        return out;
    }

    /**
     * Readings from each position's options: with {@code withFirst} the first options everywhere,
     * then (either way) one position at a time set to each further option, at most {@link #VARIANTS} of those.
     */
    private static List<String> variants(List<List<String>> options, boolean withFirst) {
        List<String> out = new ArrayList<>();
        List<String> first = new ArrayList<>();
        for (List<String> o : options) {
            first.add(o.isEmpty() ? "" : o.get(0));
        }
        if (withFirst) {
            out.add(join(first));
        }
        int made = 0;
        for (int i = 0; i < options.size() && made < VARIANTS; i++) {
            for (int k = 1; k < options.get(i).size() && made < VARIANTS; k++) {
                List<String> r = new ArrayList<>(first);
                r.set(i, options.get(i).get(k));
                out.add(join(r));
                made++;
            }
        }
        return out;
    }

    private static String join(List<String> parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            b.append(' ').append(p).append(' ');
        }
        return b.toString().strip().replaceAll("\\s+", " ");
    }

    private static String plain(String pinyin) {
        return pinyin.replace('ü', 'u');
    }

    private static List<String> plainAll(List<String> l) {
        List<String> out = new ArrayList<>();
        for (String s : l) {
            String p = plain(s);
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
