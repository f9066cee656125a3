package org.sanctionsmonitor.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * Latin readings of a name written in another script, with ICU4J's transliterators:
 * <ul>
 * <li>Hangul syllable by syllable (ICU's Hangul-Latin, Revised Romanisation): 김정은 → gim jeong eun,
 * so that each syllable is a word as in the listed KIM Jong Un (a whole word would run the
 * syllables together);</li>
 * <li>Han twice: with its Korean readings (the Unicode Unihan kHangul field, as the reviewed table
 * {@code rules/reference/han-korean-readings.csv}; every reading of the first character, the
 * surname, and the first reading of the others), then as Hangul above: 金正恩 → gim jeong eun; and
 * in Mandarin (ICU's Han-Latin without tones), syllable by syllable: 张建 → zhang jian;</li>
 * <li>Cyrillic with BGN/PCGN (ICU's Russian-Latin/BGN): Владимир Путин → vladimir putin;</li>
 * <li>any other script with ICU's Any-Latin.</li>
 * </ul>
 * Cyrillic and Arabic names are also read word by word through the table
 * {@code rules/reference/name-script-words.csv} (how OFAC spells a word of that script in Latin,
 * learnt from the development split of its own two-script names: Александр → aleksandr,
 * محمد → mohammad), with the transliterator for the words it does not hold; that reading comes
 * first. 
 * A name in Latin script has no other reading. Instances are thread-safe.
 */
public final class Transliteration {

    public static final String FILE = "reference/han-korean-readings.csv";
    public static final String WORDS_FILE = "reference/name-script-words.csv";

    /** A Latin reading and how it was made (for the explanation). */
    public record Reading(String text, String how) {
    }

    private final Map<Integer, String[]> hanKorean;
    private final Map<String, String> scriptWords;
    private final Map<String, List<String>> otherSpellings;
    private final ScriptTranslations translations;
    private final ThreadLocal<Map<String, Transliterator>> icu = ThreadLocal.withInitial(HashMap::new);

    public Transliteration(Map<Integer, String[]> hanKorean) {
        this(hanKorean, Map.of());
    }

    /** {@code scriptWords}: a Cyrillic or Arabic word (as {@link #scriptWord} folds it) → its Latin spelling. */
    public Transliteration(Map<Integer, String[]> hanKorean, Map<String, String> scriptWords) {
        this(hanKorean, scriptWords, ScriptTranslations.NONE);
    }

    /** The same, with the company words of other scripts and the Cyrillic loanword rules ({@link ScriptTranslations}). */
    public Transliteration(Map<Integer, String[]> hanKorean, Map<String, String> scriptWords, ScriptTranslations translations) {
        this(hanKorean, scriptWords, Map.of(), translations);
    }

    /**
     * The same, with {@code otherSpellings}: a word of the script-word table → the other spellings
     * OFAC uses for it, most frequent first (Александр: alexander, then aleksandr).
     */
    public Transliteration(Map<Integer, String[]> hanKorean, Map<String, String> scriptWords, Map<String, List<String>> otherSpellings,
                           ScriptTranslations translations) {
        this.hanKorean = Map.copyOf(hanKorean);
        this.scriptWords = Map.copyOf(scriptWords);
        this.otherSpellings = Map.copyOf(otherSpellings);
        this.translations = translations;
        this.hanReadings = HanReadings.NONE;
    }

    /**
     * The same, with {@code hanReadings}: a Chinese name's further readings (Wade–Giles, the other
     * readings of polyphones, Cantonese in the Hong Kong spellings).
     */
    public Transliteration(Map<Integer, String[]> hanKorean, Map<String, String> scriptWords, Map<String, List<String>> otherSpellings,
                           ScriptTranslations translations, HanReadings hanReadings) {
        this.hanKorean = Map.copyOf(hanKorean);
        this.scriptWords = Map.copyOf(scriptWords);
        this.otherSpellings = Map.copyOf(otherSpellings);
        this.translations = translations;
        this.hanReadings = hanReadings;
    }

    private final HanReadings hanReadings;

    /** At most this many readings with other spellings per name. */
    private static final int OTHER_SPELLINGS = 6;

    /**
     * Readings of the name word by word as {@link #byWords} reads it with one word of the
     * script-word table spelt another way OFAC spells it (each of its other spellings in turn, word
     * after word), then with every such word spelt its second way; at most {@link #OTHER_SPELLINGS}.
     */
    private void otherSpellings(Map<String, Reading> out, String s, String id, java.util.function.UnaryOperator<String> spelling) {
        List<String> read = new ArrayList<>();
        List<List<String>> others = new ArrayList<>();
        boolean any = false;
        for (String w : s.split("[\\s,;()]+")) {
            if (w.isEmpty()) {
                continue;
            }
            read.add(word(w, id, spelling));
            List<String> o = otherSpellings.get(scriptWord(w));
            others.add(o == null ? List.of() : o);
            any |= o != null;
        }
        if (!any) {
            return;
        }
        String how = "read word by word with another spelling OFAC uses for a word (name-script-words.csv)";
        int made = 0;
        for (int i = 0; i < read.size() && made < OTHER_SPELLINGS; i++) {
            for (String o : others.get(i)) {
                if (made++ >= OTHER_SPELLINGS) {
                    break;
                }
                List<String> r = new ArrayList<>(read);
                r.set(i, o);
                add(out, String.join(" ", r), how);
            }
        }
        List<String> all = new ArrayList<>(read);
        for (int i = 0; i < all.size(); i++) {
            if (!others.get(i).isEmpty()) {
                all.set(i, others.get(i).get(0));
            }
        }
        add(out, String.join(" ", all), how);
    }

    /**
     * A Cyrillic or Arabic word as the script-word table keys it: lower case, without diacritics
     * (harakat), format characters (bidi marks) and tatweel; Arabic and Persian letter forms of kaf
     * and yeh, heh and the alef with hamza or madda as one; ё as е.
     */
    public static String scriptWord(String w) {
        String s = java.text.Normalizer.normalize(arabicLetters(w), java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT || cp == 0x0640) {
                continue;
            }
            cp = switch (cp) {
                case 0x0643 -> 0x06A9; // ك → ک
                case 0x064A, 0x0649 -> 0x06CC; // ي ى → ی
                case 0x06BE -> 0x0647; // ھ → ه
                case 0x0623, 0x0625, 0x0622, 0x0671 -> 0x0627; // أ إ آ ٱ → ا
                case 0x0451 -> 0x0435; // ё → е
                default -> cp;
            };
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    /**
     * The text with Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF: the isolated, initial,
     * medial and final shapes and ligatures of the letters, which some sources store instead of the
     * letters: ﺻﺍﻠﺡ, اﺣﻤﺪ) replaced by the letters they show, as Unicode's compatibility
     * decomposition (NFKC) maps them; other text unchanged.
     */
    static String arabicLetters(String w) {
        if (w.chars().noneMatch(Transliteration::presentationForm)) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        for (int j = 0; j < w.length(); j++) {
            char d = w.charAt(j);
            b.append(presentationForm(d) ? java.text.Normalizer.normalize(String.valueOf(d), java.text.Normalizer.Form.NFKC) : String.valueOf(d));
        }
        return b.toString();
    }

    /** An Arabic presentation form (U+FB50–U+FDFF, U+FE70–U+FEFE; U+FEFF is the byte-order mark, not one). */
    private static boolean presentationForm(int c) {
        return c >= '\uFB50' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFE';
    }

    /** True when the name has a letter outside the Latin script. */
    public static boolean needsReading(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                int sc = UScript.getScript(cp);
                if (sc != UScript.LATIN && sc != UScript.COMMON && sc != UScript.INHERITED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The company words of other scripts in English (name-script-translations.csv). */
    public ScriptTranslations translations() {
        return translations;
    }

    /** The Latin readings of a name (empty for a name in Latin script), most likely first, distinct. */
    public List<Reading> readings(String name) {
        return readings(name, w -> null);
    }

    /**
     * The same, with {@code spelling} (a word of the name as {@link #scriptWord} folds it → a Latin
     * spelling, or null) tried for a Cyrillic or Arabic word the script-word table does not hold,
     * before the transliterator: the screening passes the list's own spellings of Arabic words.
     */
    public List<Reading> readings(String name, java.util.function.UnaryOperator<String> spelling) {
        return readings(name, spelling, w -> null);
    }

    /**
     * The same, with {@code loanword} (a word of the name as {@link #scriptWord} folds it → the
     * listed English word it may be written for, or null) read for the words of a company name in
     * Arabic script the translation table does not hold, as one more reading: an English brand
     * written in Arabic script (ماكس ماريتايم سوليوشنز م م ح → max maritime solutions fze).
     */
    public List<Reading> readings(String name, java.util.function.UnaryOperator<String> spelling,
                                  java.util.function.UnaryOperator<String> loanword) {
        if (name == null || !needsReading(name)) {
            return List.of();
        }
        Map<String, Reading> out = new LinkedHashMap<>();
        boolean han = false;
        boolean hangul = false;
        boolean cyrillic = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            int sc = UScript.getScript(cp);
            han |= sc == UScript.HAN;
            hangul |= sc == UScript.HANGUL;
            cyrillic |= sc == UScript.CYRILLIC;
        }
        if (han) {
            for (String korean : koreanReadings(name)) {
                add(out, bySyllable(korean), "Han read in Korean (Unihan kHangul), then Hangul romanised syllable by syllable");
            }
            add(out, hanMandarin(name), "Han read in Mandarin (ICU Han-Latin)");
            if (chinese(name)) {
                for (HanReadings.Text t : hanReadings.readings(name, this::pinyin)) {
                    add(out, t.text(), t.how());
                }
            }
        } else if (hangul) {
            add(out, bySyllable(name), "Hangul romanised syllable by syllable (ICU Hangul-Latin)");
        } else if (cyrillic) {
            if (!scriptWords.isEmpty()) {
                add(out, byWords(name, "Russian-Latin/BGN; Any-Latin; Latin-ASCII; [\\u02B9\\u02BA\\u0027\\u2019\\u00B7] Remove", spelling),
                        "Cyrillic read word by word as OFAC spells the words (name-script-words.csv), else by BGN/PCGN");
            }
            add(out, apply("Russian-Latin/BGN; Any-Latin; Latin-ASCII; [\\u02B9\\u02BA\\u0027\\u2019\\u00B7] Remove", name),
                    "Cyrillic romanised by BGN/PCGN (ICU Russian-Latin/BGN)");
        } else {
            if (!scriptWords.isEmpty()) {
                add(out, byWords(name, "Any-Latin; Latin-ASCII; [\\u02B9-\\u02BF\\u0027\\u2019\\u00B7] Remove", spelling),
                        "read word by word as OFAC spells the words (name-script-words.csv), else as the list spells them, else by ICU Any-Latin");
            }
            add(out, apply("Any-Latin; Latin-ASCII; [\\u02B9-\\u02BF\\u0027\\u2019\\u00B7] Remove", name), "romanised by ICU Any-Latin");
        }
        if ((cyrillic || !han && !hangul) && !otherSpellings.isEmpty()) {
            otherSpellings(out, name, cyrillic ? CYRILLIC : OTHER, spelling);
        }
        translated(out, name, han, hangul, cyrillic, spelling, loanword);
        return List.copyOf(out.values());
    }

    private static final String CYRILLIC = "Russian-Latin/BGN; Any-Latin; Latin-ASCII; [\\u02B9\\u02BA\\u0027\\u2019\\u00B7] Remove";
    private static final String OTHER = "Any-Latin; Latin-ASCII; [\\u02B9-\\u02BF\\u0027\\u2019\\u00B7] Remove";

    /**
     * The readings of a company name whose words the translation table holds, after the others
     * (so that they only add hits): Cyrillic with the table's words in English and the others as
     * {@link #byWords} reads them, then with only its phrases (written-out legal forms) in English,
     * then with the others read back as English loanwords; Arabic
     * script likewise, then with the words in reverse order (Persian and Arabic put the head noun
     * first: شرکت توسعه حفاری تدبیر, company development drilling Tadbir, is TADBIR DRILLING
     * DEVELOPMENT COMPANY); Han and Hangul with the table's runs in English and every other run
     * romanised syllable by syllable, then each such run joined into one word (深圳 → shenzhen).
     */
    private void translated(Map<String, Reading> out, String name, boolean han, boolean hangul, boolean cyrillic,
                            java.util.function.UnaryOperator<String> spelling, java.util.function.UnaryOperator<String> loanword) {
        if (translations.isEmpty()) {
            return;
        }
        if (han || hangul) {
            List<ScriptTranslations.Piece> pieces = translations.translateRuns(name);
            if (pieces == null) {
                return;
            }
            runsRead(out, pieces, han, "");
            for (List<ScriptTranslations.Piece> further : translations.translateFurtherRuns(name)) {
                runsRead(out, further, han, ", with the further English of a run the table translates two ways");
            }
            if (han && chinese(name) && !hanReadings.isEmpty()) {
                otherRuns(out, pieces);
            }
            return;
        }
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s,;()]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        List<ScriptTranslations.Piece> pieces = translations.translateWords(words, cyrillic);
        if (pieces == null) {
            return;
        }
        String id = cyrillic ? CYRILLIC : OTHER;
        List<String> read = new ArrayList<>();
        List<String> loan = new ArrayList<>();
        List<String> tableFirst = new ArrayList<>();
        for (ScriptTranslations.Piece p : pieces) {
            String w = p.translated() ? p.text() : word(p.text(), id, spelling);
            read.add(w);
            String l = p.translated() ? null : cyrillic ? translations.loanword(p.text()) : loanword.apply(scriptWord(p.text()));
            loan.add(l != null ? l : w);
            tableFirst.add(l != null && !scriptWords.containsKey(scriptWord(p.text())) ? l : w);
        }
        add(out, String.join(" ", read), "company words translated (name-script-translations.csv), the others as OFAC spells them, else transliterated");
        List<ScriptTranslations.Piece> forms = translations.translateWords(words, cyrillic, true);
        if (forms != null) {
            List<String> r = new ArrayList<>();
            for (ScriptTranslations.Piece p : forms) {
                r.add(p.translated() ? p.text() : word(p.text(), id, spelling));
            }
            add(out, String.join(" ", r), "written-out legal form translated (name-script-translations.csv), the other words as OFAC spells them, else transliterated");
        }
        if (cyrillic) {
            add(out, String.join(" ", loan), "company words translated (name-script-translations.csv), the others read as English loanwords (name-cyrillic-loanwords.csv)");
        } else {
            List<String> reversed = new ArrayList<>(read);
            java.util.Collections.reverse(reversed);
            add(out, String.join(" ", reversed), "company words translated (name-script-translations.csv), in English order (head noun last)");
            if (!loan.equals(read)) {
                add(out, String.join(" ", loan), "company words translated (name-script-translations.csv), the others read as English loanwords"
                        + " (the listed words with the same consonants as English says them)");
                List<String> loanReversed = new ArrayList<>(loan);
                java.util.Collections.reverse(loanReversed);
                add(out, String.join(" ", loanReversed), "company words translated (name-script-translations.csv), the others read as English"
                        + " loanwords (the listed words with the same consonants as English says them), in English order (head noun last)");
                add(out, String.join(" ", tableFirst), "company words translated (name-script-translations.csv), the others as OFAC spells"
                        + " them (name-script-words.csv), else read as English loanwords (the listed words with the same consonants)");
            }
        }
    }

    /** The readings of a Han or Hangul name's pieces: syllable by syllable, then each untranslated run joined into a word. */
    private void runsRead(Map<String, Reading> out, List<ScriptTranslations.Piece> pieces, boolean han, String how) {
        StringBuilder split = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        for (ScriptTranslations.Piece p : pieces) {
            if (p.translated()) {
                split.append(' ').append(p.text()).append(' ');
                joined.append(' ').append(p.text()).append(' ');
            } else if (needsReading(p.text())) {
                String syllables = han ? hanMandarin(p.text()) : bySyllable(p.text());
                split.append(' ').append(syllables).append(' ');
                joined.append(' ').append(syllables.replaceAll("[\\s'-]+", "")).append(' ');
            } else {
                split.append(p.text());
                joined.append(p.text());
            }
        }
        add(out, split.toString(), "company words translated (name-script-translations.csv), the rest romanised syllable by syllable" + how);
        add(out, joined.toString(), "company words translated (name-script-translations.csv), the rest romanised and joined into words" + how);
    }

    /**
     * A Chinese company name's runs the translation table lacks read again in each further way of
     * {@link HanReadings#runs} (the other reading of polyphones, Wade–Giles, Cantonese in the Hong
     * Kong spellings), the translated words in English: syllable by syllable, then each run joined.
     */
    private void otherRuns(Map<String, Reading> out, List<ScriptTranslations.Piece> pieces) {
        List<List<HanReadings.Text>> runs = new ArrayList<>();
        for (ScriptTranslations.Piece p : pieces) {
            if (!p.translated() && needsReading(p.text())) {
                List<HanReadings.Text> r = hanReadings.runs(p.text(), this::pinyin);
                runs.add(r);
            }
        }
        for (String kind : List.of("polyphones", "Wade-Giles", "Cantonese")) {
            StringBuilder split = new StringBuilder();
            StringBuilder joined = new StringBuilder();
            String how = null;
            int run = 0;
            boolean complete = true;
            for (ScriptTranslations.Piece p : pieces) {
                if (p.translated()) {
                    split.append(' ').append(p.text()).append(' ');
                    joined.append(' ').append(p.text()).append(' ');
                } else if (needsReading(p.text())) {
                    HanReadings.Text t = null;
                    for (HanReadings.Text x : runs.get(run)) {
                        if (x.how().contains(kind)) {
                            t = x;
                        }
                    }
                    if (t == null && kind.equals("polyphones")) {
                        t = new HanReadings.Text(hanMandarin(p.text()), "");
                    } else if (t == null) {
                        complete = false;
                        break;
                    } else {
                        how = t.how();
                    }
                    run++;
                    split.append(' ').append(t.text()).append(' ');
                    joined.append(' ').append(t.text().replaceAll("[\\s'-]+", "")).append(' ');
                } else {
                    split.append(p.text());
                    joined.append(p.text());
                }
            }
            if (complete && how != null) {
                add(out, split.toString(), "company words translated (name-script-translations.csv), the rest " + how + ", syllable by syllable");
                add(out, joined.toString(), "company words translated (name-script-translations.csv), the rest " + how + ", joined into words");
            }
        }
    }

    /** True for a name in Han characters without Hangul or kana: a Chinese name, as far as its script tells. */
    private static boolean chinese(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            int sc = UScript.getScript(cp);
            if (sc == UScript.HANGUL || sc == UScript.HIRAGANA || sc == UScript.KATAKANA) {
                return false;
            }
        }
        return true;
    }

    /** A Han character's Mandarin as ICU reads it: toneless, lower case, ü kept (lü). */
    private String pinyin(int cp) {
        String r = apply("Han-Latin", new String(Character.toChars(cp)));
        String d = java.text.Normalizer.normalize(r.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK || c == '\u0308') {
                b.append(c);
            }
        }
        String p = java.text.Normalizer.normalize(b.toString(), java.text.Normalizer.Form.NFC).strip();
        return needsReading(p) ? "" : p;
    }

    /**
     * One word as {@link #byWords} reads it: the script-word table (an Arabic word with the article
     * ال joined as al and the word), else {@code spelling}, else the transliterator {@code id}.
     */
    private String word(String w, String id, java.util.function.UnaryOperator<String> spelling) {
        String folded = scriptWord(w);
        String latin = scriptWords.get(folded);
        if (latin == null && folded.length() > 3 && folded.startsWith("\u0627\u0644")) {
            String rest = scriptWords.get(folded.substring(2)); // the article joined to a word the table holds: العلی, al ali
            latin = rest == null ? null : "al " + rest;
        }
        if (latin == null && !folded.isEmpty()) {
            latin = spelling.apply(folded);
        }
        return latin != null ? latin : apply(id, w);
    }

    private static void add(Map<String, Reading> out, String text, String how) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (!t.isEmpty() && !needsReading(t)) {
            out.putIfAbsent(t, new Reading(t, how));
        }
    }

    /**
     * The name word by word (words split at spaces, commas, semicolons and brackets): a word the
     * script-word table holds is replaced by its Latin spelling, else by {@code spelling}'s, any other
     * is transliterated by {@code id}.
     */
    private String byWords(String s, String id, java.util.function.UnaryOperator<String> spelling) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split("[\\s,;()]+")) {
            if (w.isEmpty()) {
                continue;
            }
            b.append(' ').append(word(w, id, spelling));
        }
        return b.toString();
    }

    /**
     * A name in Arabic script word by word with {@code spelling} (the list's spelling of a word's
     * consonant skeleton) tried first, then the script-word table, then ICU Any-Latin: a reading
     * that follows the list where the table holds one spelling of an ambiguous word (ناصر: nasser
     * in the table, Nasr in the list). Empty for a name without Arabic script.
     */
    public String bySpellingFirst(String name, java.util.function.UnaryOperator<String> spelling) {
        if (name == null || !needsReading(name)) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s,;()]+")) {
            if (w.isEmpty()) {
                continue;
            }
            String folded = scriptWord(w);
            String latin = folded.isEmpty() ? null : spelling.apply(folded);
            b.append(' ').append(latin != null ? latin : word(w, OTHER, x -> null));
        }
        String t = b.toString().strip().replaceAll("\\s+", " ");
        return needsReading(t) ? "" : t;
    }

    /** Hangul (and any Latin) romanised with every Hangul syllable a word of its own. */
    private String bySyllable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (UScript.getScript(cp) == UScript.HANGUL) {
                b.append(' ').append(apply("Hangul-Latin; Latin-ASCII", new String(Character.toChars(cp)))).append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** The Han characters replaced by their Korean readings: every reading of the first, the first reading of the others. */
    private List<String> koreanReadings(String s) {
        List<String> out = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (hanKorean.containsKey(cp)) {
                first = cp;
                break;
            }
            i += Character.charCount(cp);
        }
        if (first < 0) {
            return out;
        }
        for (String surname : hanKorean.get(first)) {
            StringBuilder b = new StringBuilder();
            boolean seen = false;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                String[] r = hanKorean.get(cp);
                if (r == null) {
                    b.appendCodePoint(cp);
                } else if (cp == first && !seen) {
                    b.append(surname);
                    seen = true;
                } else {
                    b.append(r[0]);
                }
            }
            out.add(b.toString());
        }
        return out;
    }

    /** Han in Mandarin, every character a word of its own, without tone marks. */
    private String hanMandarin(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            b.append(UScript.getScript(cp) == UScript.HAN ? " " + apply("Han-Latin; Latin-ASCII", ch) + " " : ch);
        }
        return apply("Any-Latin; Latin-ASCII", b.toString());
    }

    private String apply(String id, String s) {
        return icu.get().computeIfAbsent(id, Transliterator::getInstance).transliterate(s);
    }
}
