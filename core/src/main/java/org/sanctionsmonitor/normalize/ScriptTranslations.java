package org.sanctionsmonitor.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.lang.UScript;

/**
 * English readings of the words a company name in another script is made of, and the spelling
 * rules that read an English loanword written in Cyrillic back into English; both from reviewed
 * tables:
 * <ul>
 * <li>{@code rules/reference/name-script-translations.csv} (script,words,english,rationale): a word
 * or phrase of Cyrillic or Arabic script (words as {@link Transliteration#scriptWord} folds them),
 * or a run of Han or Hangul characters (these scripts write no spaces), and its English: شرکت →
 * company, توسعه → development, общество с ограниченной ответственностью → limited liability
 * company, 有限公司 → co ltd, 무역회사 → trading corporation; a Cyrillic row ending in * is the stem
 * of a word's forms (коммерческ*), an English of - a word OFAC leaves out (市, city). OFAC translates such words in its
 * Latin names rather than transliterating them (شرکت گروه توسعه اقتصادی تدبیر / TADBIR ECONOMIC
 * DEVELOPMENT GROUP);</li>
 * <li>{@code rules/reference/name-cyrillic-loanwords.csv} (cyrillic,latin,rationale): spelling
 * rules from a Cyrillic letter sequence (^ at the start of a word, $ at its end) to its English
 * spelling, longest first, every letter covered: Маритайм → maritime, Ассистанс → assistance,
 * Шиппинг → shipping.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class ScriptTranslations {

    public static final String FILE = "reference/name-script-translations.csv";
    public static final String LOANWORDS_FILE = "reference/name-cyrillic-loanwords.csv";

    /** No translations, no loanword rules. */
    public static final ScriptTranslations NONE = new ScriptTranslations(Map.of(), Map.of(), Map.of());

    /** A part of a name: an English translation, or a word (or run of characters) the table does not hold. */
    public record Piece(String text, boolean translated) {
    }

    private final Map<String, String> words; // folded words of a phrase, space-separated -> English
    private final int longestPhrase;
    private final Map<String, String> runs; // Han / Hangul characters -> English
    private final Map<String, String> furtherRuns; // Han / Hangul characters -> the English of the table's further row
    private final int longestRun;
    private final Map<String, String> loan; // "^сеq", "сеq", "сеq$" -> Latin
    private final int longestLoan;

    /**
     * {@code words}: a Cyrillic or Arabic word or phrase (folded by {@link #key}, words separated by
     * one space) → English; {@code runs}: Han or Hangul characters → English; {@code loanwords}: a
     * lower-case Cyrillic sequence, with ^ or $ for the start or end of a word → its Latin spelling.
     */
    public ScriptTranslations(Map<String, String> words, Map<String, String> runs, Map<String, String> loanwords) {
        this(words, runs, Map.of(), loanwords);
    }

    /**
     * As above, with {@code furtherRuns}: a run of Han or Hangul characters the table translates a
     * second way (its further row: 科技 → technology, then science and technology) → that English.
     */
    public ScriptTranslations(Map<String, String> words, Map<String, String> runs, Map<String, String> furtherRuns,
                              Map<String, String> loanwords) {
        this.words = Map.copyOf(words);
        this.runs = Map.copyOf(runs);
        this.furtherRuns = Map.copyOf(furtherRuns);
        this.loan = Map.copyOf(loanwords);
        this.longestPhrase = words.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        this.longestRun = runs.keySet().stream().mapToInt(k -> k.codePointCount(0, k.length())).max().orElse(0);
        this.longestLoan = loanwords.keySet().stream().mapToInt(k -> k.replace("^", "").replace("$", "").length()).max().orElse(0);
    }

    public boolean isEmpty() {
        return words.isEmpty() && runs.isEmpty();
    }

    /**
     * A Cyrillic or Arabic word as the translation table keys it: as {@link Transliteration#scriptWord}
     * folds it, with the Latin letters that look like Cyrillic ones read as those in a word of
     * Cyrillic script or a word of nothing but such letters beside Cyrillic (OFAC writes "OOO" and
     * "Общество C ..." with Latin letters).
     */
    public static String key(String word, boolean cyrillicName) {
        String w = Transliteration.scriptWord(word);
        if (!cyrillicName) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            int at = "aceopxykmtbhi".indexOf(c);
            b.append(at < 0 ? c : "асеорхукмтвні".charAt(at));
        }
        String folded = b.toString();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c < 0x0400 && Character.isLetter(c)) {
                return w; // a Latin word with other letters: a word in Latin, left as it is
            }
        }
        return folded;
    }

    /**
     * The words of a Cyrillic or Arabic name with the phrases the table holds (longest first) as
     * their English, the others as written; null when the table holds none of them.
     */
    public List<Piece> translateWords(List<String> nameWords, boolean cyrillicName) {
        return translateWords(nameWords, cyrillicName, false);
    }

    /**
     * The same; with {@code phrasesOnly} only the rows of two words or more (the written-out legal
     * forms: общество с ограниченной ответственностью; in a Cyrillic name only those whose English is
     * a legal form's, every word in {@link #LEGAL_FORM_WORDS}) are translated, the other words kept.
     */
    public List<Piece> translateWords(List<String> nameWords, boolean cyrillicName, boolean phrasesOnly) {
        if (words.isEmpty()) {
            return null;
        }
        List<String> keys = new ArrayList<>(nameWords.size());
        for (String w : nameWords) {
            keys.add(key(w, cyrillicName));
        }
        List<Piece> out = new ArrayList<>(nameWords.size());
        boolean any = false;
        int i = 0;
        while (i < keys.size()) {
            String found = null;
            int len = Math.min(longestPhrase, keys.size() - i);
            for (; len >= (phrasesOnly ? 2 : 1) && found == null; len--) {
                found = words.get(String.join(" ", keys.subList(i, i + len)));
                if (found != null && phrasesOnly && cyrillicName && !legalForm(found)) {
                    found = null; // a phrase that is no legal form (торговый дом, trading house) stays as OFAC spells it
                }
            }
            if (found == null && !phrasesOnly) {
                found = oneWord(keys.get(i), cyrillicName);
                len = 0;
            }
            if (found != null) {
                if (!found.equals(OMITTED)) {
                    out.add(new Piece(found, true));
                }
                i += len + 1;
                any = true;
            } else {
                out.add(new Piece(nameWords.get(i), false));
                i++;
            }
        }
        return any ? out : null;
    }

    /**
     * The English words of the legal forms the table's phrases translate (limited liability company,
     * open joint stock company, autonomous non profit organization): OFAC often translates the legal
     * form of a Cyrillic name and transliterates the rest (Общество с ограниченной ответственностью
     * Торговый Дом Сдс Трейд / LIMITED LIABILITY COMPANY TORGOVYY DOM SDS TREYD).
     */
    static final java.util.Set<String> LEGAL_FORM_WORDS = java.util.Set.of("limited", "liability", "company", "joint", "stock",
            "public", "open", "closed", "private", "non", "profit", "autonomous", "organization");

    private static boolean legalForm(String english) {
        for (String w : english.split(" ")) {
            if (!LEGAL_FORM_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** The English of a table row that OFAC leaves out of its Latin names (市, city, in 深圳市): the run is not read. */
    public static final String OMITTED = "-";

    /** Arabic prefixes written joined to the next word: and, the, for the, for, by / with. */
    private static final List<String> ARABIC_PREFIXES = List.of("\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0648\u0644\u0644",
            "\u0644\u0644", "\u0627\u0644", "\u0648", "\u0644", "\u0628");

    /**
     * One word the table holds not as written but as a form of it: a Cyrillic word whose start is a
     * row ending in * (the stem of a word's forms: коммерческ* is коммерческий, коммерческое,
     * коммерческого), the longest such stem of at least three letters; an Arabic word with the
     * prefixes Arabic joins to a word (و and, ال the, لل for the, ل for, ب by) taken off, without
     * the article where the table writes it (مشتقات, المشتقات), or in another of its forms
     * ({@link #arabicForms}).
     */
    private String oneWord(String key, boolean cyrillicName) {
        if (cyrillicName) {
            for (int n = key.length() - 1; n >= 3; n--) {
                String f = words.get(key.substring(0, n) + "*");
                if (f != null) {
                    return f;
                }
            }
            return words.get(key + "*");
        }
        String f = arabicWord(key);
        if (f != null) {
            return f;
        }
        for (String form : arabicForms(key)) {
            f = words.get(form);
            if (f == null) {
                f = arabicWord(form);
            }
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** An Arabic word the table holds with the prefixes Arabic joins to a word taken off, or null. */
    private String arabicWord(String key) {
        for (String p : ARABIC_PREFIXES) {
            if (key.startsWith(p) && key.length() >= p.length() + 3) {
                String rest = key.substring(p.length());
                String f = words.get(rest);
                if (f == null && !rest.startsWith("\u0627\u0644")) {
                    f = words.get("\u0627\u0644" + rest); // للتجارة: for (the) trade, the table's التجارة
                }
                if (f != null) {
                    return f;
                }
            }
        }
        if (!key.startsWith("\u0627\u0644") && key.length() >= 3) {
            return words.get("\u0627\u0644" + key); // مشتقات: (the) derivatives, the table's المشتقات
        }
        return null;
    }

    private static final char TEH_MARBUTA = '\u0629';
    private static final char HEH = '\u0647';
    private static final char YEH = '\u06CC'; // as Transliteration#scriptWord folds ي and ى

    /**
     * The other forms in which Arabic and Persian write an Arabic word the table holds (as
     * {@link Transliteration#scriptWord} folds it), each grammar or spelling, not a word list: the
     * feminine ending ة written ه, as it often is in names and company registers (للتجاره العامه
     * is للتجارة العامة), and the converse; an adjective of relation (nisba) in the other gender, as
     * it agrees with its noun (الدولي, international, beside الشركة الدولية); Persian's plural
     * ending ها / های (with the ezafe) and the ezafe ی after a long vowel (کالای, kala-ye: کالا,
     * goods) taken off; a hamza's seat written without it (مؤسسه, موسسه).
     */
    static List<String> arabicForms(String key) {
        List<String> out = endings(key);
        // hamza on its seat (ؤ, ئ) written as the bare seat (و, ی), as many write it: مؤسسه is the table's موسسه
        String seat = key.replace('\u0624', '\u0648').replace('\u0626', YEH);
        if (!seat.equals(key)) {
            out.add(seat);
            out.addAll(endings(seat));
        }
        return out;
    }

    /** The forms of {@link #arabicForms} that change a word's ending. */
    private static List<String> endings(String key) {
        List<String> out = new ArrayList<>();
        int n = key.length();
        if (n < 3) {
            return out;
        }
        char last = key.charAt(n - 1);
        String stem = key.substring(0, n - 1);
        if (last == HEH) {
            out.add(stem + TEH_MARBUTA);
        } else if (last == TEH_MARBUTA) {
            out.add(stem + HEH);
        }
        if ((last == TEH_MARBUTA || last == HEH) && key.charAt(n - 2) == YEH) {
            out.add(stem); // الدولية → الدولي
        } else if (last == YEH && n >= 4) {
            out.add(key + TEH_MARBUTA); // الدولي → الدولية
        }
        if (key.endsWith("\u0647\u0627\u06CC") && n >= 6) {
            out.add(key.substring(0, n - 3)); // نیروهای → نیرو
        } else if (key.endsWith("\u0647\u0627") && n >= 5) {
            out.add(key.substring(0, n - 2)); // زندانها → زندان
        } else if (last == YEH && n >= 4 && (key.charAt(n - 2) == '\u0627' || key.charAt(n - 2) == '\u0648')) {
            out.add(stem); // کالای → کالا, نیروی → نیرو
        }
        return out;
    }

    /**
     * A name holding Han or Hangul with the runs of characters the table holds (longest first, from
     * the left) as their English, every other run of Han or Hangul characters as one piece, any
     * other character as itself; null when the table holds none of it.
     */
    public List<Piece> translateRuns(String name) {
        return runs.isEmpty() ? null : translateRuns(name, k -> false, null);
    }

    /**
     * The name read again for each run found that the table translates a second way, with that
     * run alone in its further English (the runs found are the same: only their English differs),
     * then, when there are two or more such runs, with all of them in it; empty when there is none.
     */
    public List<List<Piece>> translateFurtherRuns(String name) {
        if (runs.isEmpty() || furtherRuns.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        translateRuns(name, k -> false, keys);
        List<String> distinct = keys.stream().distinct().toList();
        List<List<Piece>> out = new ArrayList<>();
        for (String k : distinct) {
            out.add(translateRuns(name, k::equals, null));
        }
        if (distinct.size() > 1) {
            out.add(translateRuns(name, distinct::contains, null));
        }
        return out;
    }

    /** The runs found, each run {@code further} accepts in its further English; the runs with one collected into {@code found}. */
    private List<Piece> translateRuns(String name, java.util.function.Predicate<String> further, List<String> withFurther) {
        int[] cps = name.codePoints().toArray();
        List<Piece> out = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        boolean any = false;
        int i = 0;
        while (i < cps.length) {
            int sc = UScript.getScript(cps[i]);
            String found = null;
            int len = 0;
            if (sc == UScript.HAN || sc == UScript.HANGUL) {
                for (len = Math.min(longestRun, cps.length - i); len >= 1; len--) {
                    found = runs.get(new String(cps, i, len));
                    if (found != null) {
                        break;
                    }
                }
            }
            if (found != null) {
                String key = new String(cps, i, len);
                String other = furtherRuns.get(key);
                if (other != null && withFurther != null) {
                    withFurther.add(key);
                }
                if (other != null && further.test(key)) {
                    found = other;
                }
                if (rest.length() > 0) {
                    out.add(new Piece(rest.toString(), false));
                    rest.setLength(0);
                }
                out.add(new Piece(found.equals(OMITTED) ? " " : found, !found.equals(OMITTED)));
                i += len;
                any = true;
            } else {
                boolean cjk = sc == UScript.HAN || sc == UScript.HANGUL;
                if (!cjk && rest.length() > 0) {
                    out.add(new Piece(rest.toString(), false));
                    rest.setLength(0);
                }
                if (cjk) {
                    rest.appendCodePoint(cps[i]);
                } else {
                    out.add(new Piece(new String(cps, i, 1), false));
                }
                i++;
            }
        }
        if (rest.length() > 0) {
            out.add(new Piece(rest.toString(), false));
        }
        return any ? out : null;
    }

    /** True when the loanword rules are there. */
    public boolean hasLoanwords() {
        return !loan.isEmpty();
    }

    /**
     * A Cyrillic word spelt as the English loanword it may be: at each position the longest rule
     * (one anchored at the start or end of the word before one that is not); a Cyrillic letter no
     * rule covers (the hard and soft signs) is not written, any other character is kept. Null for a
     * word without Cyrillic letters, and for a word no rule but those of single letters applies to
     * (Хазар, Строй: a Russian word, left to the other readings).
     */
    public String loanword(String word) {
        String w = Transliteration.scriptWord(word);
        boolean cyrillic = false;
        for (int i = 0; i < w.length(); i++) {
            cyrillic |= Character.UnicodeScript.of(w.charAt(i)) == Character.UnicodeScript.CYRILLIC;
        }
        if (!cyrillic) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        boolean english = false;
        int i = 0;
        while (i < w.length()) {
            String found = null;
            int len = Math.min(longestLoan, w.length() - i);
            for (; len >= 1 && found == null; len--) {
                String s = w.substring(i, i + len);
                boolean start = i == 0;
                boolean end = i + len == w.length();
                if (start && end) {
                    found = loan.get("^" + s + "$");
                }
                if (found == null && start) {
                    found = loan.get("^" + s);
                }
                if (found == null && end) {
                    found = loan.get(s + "$");
                }
                if (found == null) {
                    found = loan.get(s);
                }
            }
            if (found != null) {
                b.append(found);
                english |= len + 1 > 1; // a rule of two letters or more: an English spelling
                i += len + 1;
            } else {
                char c = w.charAt(i);
                if (Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC) {
                    b.append(c); // a Cyrillic letter no rule covers (ъ, ь) is not written
                }
                i++;
            }
        }
        return english ? b.toString() : null;
    }

    /** The table's words for tests and the manifest: how many rows of each kind. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> m = new HashMap<>();
        m.put("words", words.size());
        m.put("runs", runs.size());
        m.put("further runs", furtherRuns.size());
        m.put("loanwords", loan.size());
        return m;
    }
}
