package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.NameTokens;
import org.sanctionsmonitor.normalize.Transliteration;

/**
 * Reads a name in Arabic script by the list's own Latin spellings. Arabic script writes consonants
 * and long vowels only (حسن is Hassan, Hasan or Husn), so no transliteration can restore the
 * vowels a list uses; but the consonants can be compared. Every word of the listed names is taken
 * apart into its consonant skeleton (in classes of the letters Arabic writes alike: q/k/gh, j/g/dj,
 * z/dh, s/th; doubled letters as one; w, v and y only at the start of a word, as Arabic writes them
 * elsewhere with its long-vowel letters) and the vowels between the consonants. A word of the party
 * name in Arabic script is taken apart the same way, its long vowels (ا, و, ی) standing in their
 * gaps, and read as the most frequent listed word with that skeleton whose vowels agree in every
 * gap where Arabic writes one (بشار → bashar, not bashir). A word no listed word agrees with, or
 * of a one-letter skeleton, is left to the transliterator. The article ال is read as "al".
 * <p>The reading only proposes spellings; the name is then scored like any other, so it finds a
 * listed name only when its every word has that name's consonants. Instances are immutable.
 */
public final class ArabicSkeletons {

    /** A word taken apart: consonant skeleton, and per gap (before, between and after them) its vowel classes. */
    record Parts(String skeleton, String[] gaps, boolean consonantFirst) {
    }

    private record Spelling(String word, Parts parts, int count) {
    }

    private final Map<String, List<Spelling>> spellings;
    /** Listed words of a one-consonant skeleton (Oji, Eyad, Isa), read only after a listed name ({@link #targets}). */
    private final Map<String, List<Spelling>> shortSpellings;
    /** The listed names (Latin script) by each of their words, each name once, in list order. */
    private final Map<String, List<String>> namesByWord;
    /** Listed words by their loose (loanword) key: consonants by their English sound, vowels left out. */
    private final Map<String, List<Spelling>> loose;

    public ArabicSkeletons(List<ListedEntity> entities) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, List<String>> byWord = new HashMap<>();
        for (ListedEntity e : entities) {
            List<String> names = new ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String n : names) {
                if (n == null || Transliteration.needsReading(n)) {
                    continue;
                }
                List<String> seen = new ArrayList<>();
                for (String w : NameTokens.tokens(n)) {
                    if (w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        counts.merge(w, 1, Integer::sum);
                        if (!seen.contains(w)) {
                            seen.add(w);
                            byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n);
                        }
                    }
                }
            }
        }
        Map<String, List<Spelling>> m = new HashMap<>();
        Map<String, List<Spelling>> sm = new HashMap<>();
        Map<String, List<Spelling>> lm = new HashMap<>();
        counts.forEach((w, n) -> {
            Parts p = latin(w);
            if (p.skeleton().length() >= 2) {
                m.computeIfAbsent(p.skeleton(), k -> new ArrayList<>()).add(new Spelling(w, p, n));
            } else if (p.skeleton().length() == 1) {
                sm.computeIfAbsent(p.skeleton(), k -> new ArrayList<>()).add(new Spelling(w, p, n));
            }
            for (Parts other : otherReadings(w, p)) {
                (other.skeleton().length() >= 2 ? m : sm).computeIfAbsent(other.skeleton(), k -> new ArrayList<>()).add(new Spelling(w, other, n));
            }
            Parts open = openEnding(w, p);
            if (open != null && open.skeleton().length() >= 2) {
                m.computeIfAbsent(open.skeleton(), k -> new ArrayList<>()).add(new Spelling(w, open, n));
            } else if (open != null && open.skeleton().length() == 1) {
                sm.computeIfAbsent(open.skeleton(), k -> new ArrayList<>()).add(new Spelling(w, open, n));
            }
            for (String lk : looseLatin(w)) {
                lm.computeIfAbsent(lk, k -> new ArrayList<>()).add(new Spelling(w, p, n));
            }
        });
        // most frequent first; of equally frequent spellings the first in alphabetical order
        m.values().forEach(l -> l.sort((a, b) -> a.count() != b.count() ? b.count() - a.count() : a.word().compareTo(b.word())));
        lm.values().forEach(l -> l.sort((a, b) -> a.count() != b.count() ? b.count() - a.count() : a.word().compareTo(b.word())));
        sm.values().forEach(l -> l.sort((a, b) -> a.count() != b.count() ? b.count() - a.count() : a.word().compareTo(b.word())));
        this.spellings = m;
        this.shortSpellings = sm;
        this.namesByWord = byWord;
        this.loose = lm;
    }

    /** True when the name has a letter of the Arabic script. */
    public static boolean isArabic(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC && Character.isLetter(cp)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The listed spelling of one word in Arabic script (as {@link Transliteration#scriptWord} folds
     * it), or null (not Arabic script, or no listed word agrees): the article ال is read as "al" before
     * the rest of the word, and عبد (servant of) joined to a name as "abdul" before it.
     */
    public String spell(String word) {
        return spell(word, 0);
    }

    /**
     * The same, the {@code rank}-th agreeing listed spelling (0: the most frequent) or, for a word
     * with fewer, its last: the screening reads an ambiguous skeleton more than one way (مروی is
     * Marvi as well as Mario).
     */
    public String spell(String word, int rank) {
        if (word.isEmpty() || !isArabic(word)) {
            return null;
        }
        if (word.startsWith("\u0627\u0644") && word.length() > 3) {
            String rest = spellWord(word.substring(2), rank);
            return rest == null ? null : "al " + rest;
        }
        if (word.startsWith("\u0639\u0628\u062F") && word.length() > 4) { // عبد: Abdul Latif, Abdullah
            String rest = word.substring(3);
            String r = spellWord(rest.startsWith("\u0627\u0644") && rest.length() > 3 ? rest.substring(2) : rest, rank);
            if (r != null) {
                return "abdul " + r;
            }
        }
        return spellWord(word, rank);
    }

    private String spellWord(String word, int rank) {
        Parts p = arabic(word);
        List<Spelling> l = p.skeleton().length() >= 2 ? spellings.get(p.skeleton()) : null;
        if (word.indexOf('\u0636') >= 0) {
            // ض is z in Persian (رضا, Reza) and d in Arabic names (ضاهر, Daher; رمضان, Ramadan): both skeletons, most frequent first
            Parts d = arabic(word.replace('\u0636', '\u062F'));
            List<Spelling> ld = d.skeleton().length() >= 2 ? spellings.get(d.skeleton()) : null;
            if (ld != null) {
                List<Spelling> both = new ArrayList<>();
                for (Spelling s : l == null ? List.<Spelling>of() : l) {
                    if (agree(p, s.parts()) && writtenEnding(word, s.word())) {
                        both.add(s);
                    }
                }
                for (Spelling s : ld) {
                    if (agree(d, s.parts()) && writtenEnding(word, s.word())) {
                        both.add(s);
                    }
                }
                both.sort((a, b) -> a.count() != b.count() ? b.count() - a.count() : a.word().compareTo(b.word()));
                return both.isEmpty() ? null : both.get(Math.min(rank, both.size() - 1)).word();
            }
        }
        if (l == null) {
            return null;
        }
        String last = null;
        int seen = 0;
        for (Spelling s : l) {
            if (agree(p, s.parts()) && writtenEnding(word, s.word())) {
                last = s.word();
                if (seen++ == rank) {
                    return last;
                }
            }
        }
        return last;
    }

    /** A listed word on more names than this does not pick the names a name in Arabic script is read after (al, mohammad, company). */
    static final int TARGET_WORD_MAX_NAMES = 400;

    /**
     * The listed names a name in Arabic script may be, each with the name read after it: for every
     * word of the name (as {@link Transliteration#scriptWord} folds it; {@code words}), every listed
     * word whose consonant skeleton it has and whose vowels agree ({@link #agree}; the article ال
     * and ض read as {@link #spell} reads them), not only the most frequent few; a listed name two
     * of whose words are so spelt (or one, for a name of one word) is a target, most words spelt
     * first, at most {@code max}. The reading spells each word as that listed name does where it
     * agrees, else as {@code fallback} reads it; the name is then scored like any other reading,
     * so the target is found only when the words agree with it, whatever the list's most frequent
     * spelling of each skeleton (قائد بصیر: Ghaed Bassir, where ghaed and bassir are not the
     * commonest spellings of their skeletons).
     */
    public List<Target> targets(List<String> words, int max, java.util.function.UnaryOperator<String> fallback) {
        return targets(words, max, fallback, false);
    }

    /**
     * The same; with {@code loanwords} (a company name) a word also agrees with the listed words
     * it may write as an English loanword ({@link #looseAgreeing}: ACCESS TECHNOLOGY TRADING for
     * اكسيس تكنولوجي, where the ک of technology is English's ch).
     */
    public List<Target> targets(List<String> words, int max, java.util.function.UnaryOperator<String> fallback, boolean loanwords) {
        List<List<String>> options = new ArrayList<>();
        Map<String, int[]> hits = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            // a word already in Latin (a company word the translation table read): its own words
            List<String> o = isArabic(words.get(i)) ? agreeing(words.get(i)) : NameTokens.tokens(words.get(i));
            if (loanwords && isArabic(words.get(i))) {
                for (String l : looseAgreeing(words.get(i))) {
                    if (!o.contains(l)) {
                        o.add(l);
                    }
                }
            }
            options.add(o);
            for (String sp : o) {
                List<String> names = namesByWord.get(sp);
                if (names == null || names.size() > TARGET_WORD_MAX_NAMES) {
                    continue;
                }
                for (String n : names) {
                    int[] h = hits.computeIfAbsent(n, k -> new int[] {0, -1});
                    if (h[1] != i) { // each word of the party name counts once per listed name
                        h[0]++;
                        h[1] = i;
                    }
                }
            }
        }
        int need = Math.min(2, words.size());
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>();
        for (Map.Entry<String, int[]> e : hits.entrySet()) {
            if (e.getValue()[0] >= need) {
                ranked.add(e);
            }
        }
        ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? b.getValue()[0] - a.getValue()[0] : a.getKey().compareTo(b.getKey()));
        List<Target> out = new ArrayList<>();
        for (Map.Entry<String, int[]> e : ranked) {
            if (out.size() >= max) {
                break;
            }
            List<String> listedWords = NameTokens.tokens(e.getKey());
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                String pick = null;
                for (String sp : options.get(i)) {
                    if (listedWords.contains(sp)) {
                        pick = sp;
                        break;
                    }
                }
                String w = words.get(i);
                if (!isArabic(w)) {
                    pick = w;
                } else if (pick != null && w.startsWith("\u0627\u0644") && w.length() > 3 && !pick.startsWith("al")
                        && !agreesWhole(w, pick)) {
                    // the article: الأسد is al assad; البلوطي is El Ballouti; left out where the listed name writes
                    // none (الشاهبندر, SHAHBANDAR): a spelling, as the article is a prefix of the word in Arabic
                    String article = article(listedWords);
                    if (article == null) {
                        article = assimilatedArticle(w, listedWords);
                    }
                    pick = article == null ? pick : article + " " + pick;
                }
                if (pick == null) {
                    pick = fallback.apply(w);
                }
                b.append(' ').append(pick);
            }
            out.add(new Target(e.getKey(), b.toString().strip()));
        }
        return out;
    }

    /** A word in Arabic script of at least this many letters may be one written for two listed words. */
    static final int SPLIT_MIN_LETTERS = 6;
    /** Each part of a split word has at least this many letters (علی, Ali; حسن, Hasan). */
    private static final int SPLIT_MIN_PART = 3;

    /**
     * The name read after the listed names that write one of its words as two: Persian joins the
     * parts of a compound given name (محمدحسین, Mohammad Hossein; امیرمنصور, Amir-Mansour;
     * احمدعلی, Ahmad Ali) that OFAC writes as two words. A word of {@link #SPLIT_MIN_LETTERS} letters
     * or more is cut in two wherever both parts agree with words of one listed name, that
     * name's own two words (not any two listed words: the parts of most long words agree with
     * some listed word); each such listed name is a target as in {@link #targets}, the name read
     * with the word as the two, at most {@code max} in all.
     */
    public List<Target> splitTargets(List<String> words, int max, java.util.function.UnaryOperator<String> fallback) {
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < words.size() && out.size() < max; i++) {
            String w = words.get(i);
            if (w.length() < SPLIT_MIN_LETTERS || !isArabic(w)) {
                continue;
            }
            for (int k = SPLIT_MIN_PART; k + SPLIT_MIN_PART <= w.length() && out.size() < max; k++) {
                java.util.Set<String> both = namesOf(agreeing(w.substring(0, k)));
                if (both.isEmpty()) {
                    continue;
                }
                both.retainAll(namesOf(agreeing(w.substring(k))));
                if (both.isEmpty()) {
                    continue;
                }
                List<String> split = new ArrayList<>(words.subList(0, i));
                split.add(w.substring(0, k));
                split.add(w.substring(k));
                split.addAll(words.subList(i + 1, words.size()));
                for (Target t : targets(split, max, fallback)) {
                    if (both.contains(t.listedName()) && out.size() < max) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** The listed names that have one of these words. */
    private java.util.Set<String> namesOf(List<String> listedWords) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String sp : listedWords) {
            List<String> names = namesByWord.get(sp);
            if (names != null) {
                out.addAll(names);
            }
        }
        return out;
    }

    /** Single Arabic letters (not و, and) each followed by a dot, spaces allowed, then a last letter with or without one. */
    private static final java.util.regex.Pattern DOTTED = java.util.regex.Pattern.compile(
            "(?<![\\p{L}.])(?:[\\p{IsArabic}&&\\p{L}&&[^\u0648]]\\.\\s*)+[\\p{IsArabic}&&\\p{L}&&[^\u0648]](?:\\.|(?![\\p{L}.]))");
    /** Three or more single Arabic letters (not و) separated by spaces only. */
    private static final java.util.regex.Pattern SPACED = java.util.regex.Pattern.compile(
            "(?<![\\p{L}.])(?:[\\p{IsArabic}&&\\p{L}&&[^\u0648]] ){2,}[\\p{IsArabic}&&\\p{L}&&[^\u0648]](?![\\p{L}.])");

    /**
     * The name with each abbreviation of single Arabic letters (a legal form: ش.ذ.م.م, limited
     * liability company; م.م.ح, free zone establishment) written one way: letters joined by dots,
     * no final dot, whatever dots and spaces the name used (ش.ذ.م.م., ش. م. ح., ذ م م), as the
     * translation table writes them.
     */
    public static String abbreviations(String name) {
        String s = replaceAll(DOTTED, name);
        s = replaceAll(SPACED, s);
        // two legal forms written as one (ش.م.ح-ذ.م.م, FZ-LLC; ش.م.ح/ذ.م.م), or a legal form and a word, apart
        return s.indexOf('-') < 0 && s.indexOf('/') < 0 ? s : JOINED_ABBREVIATION.matcher(s).replaceAll("$1 ");
    }

    /** An abbreviation as {@link #abbreviations} writes it, then a hyphen or slash and a word in Arabic script. */
    private static final java.util.regex.Pattern JOINED_ABBREVIATION = java.util.regex.Pattern.compile(
            "((?<![\\p{L}.])[\\p{IsArabic}&&\\p{L}](?:\\.[\\p{IsArabic}&&\\p{L}])+)\\s*[-/]\\s*(?=[\\p{IsArabic}&&\\p{L}])");

    private static String replaceAll(java.util.regex.Pattern p, String name) {
        java.util.regex.Matcher m = p.matcher(name);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String letters = m.group().replaceAll("[\\s.]+", "");
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(String.join(".", letters.split(""))));
        }
        m.appendTail(b);
        return b.toString();
    }

    /** How Latin spellings write the article ال as a word of its own, al first. */
    private static final List<String> ARTICLES = List.of("al", "el", "ul", "il", "ol");

    /** The article as the listed name writes it as a word (El Ballouti, Ul Haq), else null (the name writes none). */
    static String article(List<String> listedWords) {
        for (String a : ARTICLES) {
            if (listedWords.contains(a)) {
                return a;
            }
        }
        return null;
    }

    /**
     * True when a listed spelling agrees with a word in Arabic script as a whole, its first alef
     * and lam not taken for the article: الهه is Elaheh, not al and a word.
     */
    private boolean agreesWhole(String arabicWord, String latinWord) {
        Parts l = latin(latinWord);
        String assimilated = assimilated(arabicWord);
        for (String w : assimilated == null ? List.of(arabicWord) : List.of(arabicWord, assimilated)) {
            Parts p = arabic(w);
            if (p.skeleton().equals(l.skeleton()) && agree(p, l) && agreeBack(p, l)) {
                return true;
            }
        }
        return false;
    }

    /** The sun letters (ت ث د ذ ر ز س ش ص ض ط ظ ل ن) and how Latin spellings write each. */
    private static final Map<Character, List<String>> SUN_LETTERS = Map.ofEntries(
            Map.entry('\u062A', List.of("t")), Map.entry('\u062B', List.of("th", "s")), Map.entry('\u062F', List.of("d")),
            Map.entry('\u0630', List.of("dh", "z")), Map.entry('\u0631', List.of("r")), Map.entry('\u0632', List.of("z")),
            Map.entry('\u0633', List.of("s")), Map.entry('\u0634', List.of("sh")), Map.entry('\u0635', List.of("s")),
            Map.entry('\u0636', List.of("d", "z")), Map.entry('\u0637', List.of("t")), Map.entry('\u0638', List.of("z", "dh")),
            Map.entry('\u0644', List.of("l")), Map.entry('\u0646', List.of("n")));

    /**
     * A word beginning with the article before a sun letter, written as it is said, or null: Arabic
     * grammar assimilates the article's l to a following sun letter (al-Saadi is said as-Saadi), and
     * Latin spellings often write that, joined (السعدي, ESSAADI): the alef, then the rest of the word.
     */
    static String assimilated(String word) {
        return word.length() > 3 && word.startsWith("\u0627\u0644") && SUN_LETTERS.containsKey(word.charAt(2)) && word.charAt(2) != '\u0644'
                ? "\u0627" + word.substring(2) : null;
    }

    /**
     * The article before a sun letter as the listed name writes it as a word of its own, assimilated
     * (السيد, ES SAYED; الشام, ash-Sham: a, e, u or i, then the sun letter's consonant), or null.
     */
    static String assimilatedArticle(String arabicWord, List<String> listedWords) {
        if (assimilated(arabicWord) == null) {
            return null;
        }
        for (String c : SUN_LETTERS.get(arabicWord.charAt(2))) {
            for (String v : List.of("a", "e", "u", "i")) {
                if (listedWords.contains(v + c)) {
                    return v + c;
                }
            }
        }
        return null;
    }

    /** A listed name a name in Arabic script may be, and the name read as that listed name spells its words. */
    public record Target(String listedName, String reading) {
    }

    /** A loanword key of at least this many consonants lets a word agree with a listed word in a company name's targets. */
    static final int LOOSE_TARGET_MIN = 3;

    /**
     * The listed words a word in Arabic script (also without the article) may write as an English
     * loanword: those with one of its loanword keys ({@link #looseArabic}, {@link #looseLatin}) of
     * {@link #LOOSE_TARGET_MIN} consonants or more, most frequent first.
     */
    private List<String> looseAgreeing(String word) {
        List<String> out = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        forms.add(word);
        if (word.startsWith("\u0627\u0644") && word.length() > 3) {
            forms.add(word.substring(2));
        }
        for (String f : forms) {
            for (String k : looseArabic(f)) {
                List<Spelling> l = k.length() >= LOOSE_TARGET_MIN ? loose.get(k) : null;
                if (l == null) {
                    continue;
                }
                for (Spelling sp : l) {
                    if (!out.contains(sp.word())) {
                        out.add(sp.word());
                    }
                }
            }
        }
        return out;
    }

    /** Every listed word a word in Arabic script agrees with (without the article, with ض as z and as d), most frequent first. */
    private List<String> agreeing(String word) {
        List<String> out = new ArrayList<>();
        if (word.isEmpty() || !isArabic(word)) {
            return out;
        }
        List<String> forms = new ArrayList<>();
        forms.add(word);
        if (word.startsWith("\u0627\u0644") && word.length() > 3) {
            forms.add(word.substring(2));
            String assimilated = assimilated(word);
            if (assimilated != null) {
                forms.add(assimilated);
            }
        }
        for (String f : List.copyOf(forms)) {
            if (f.indexOf('\u0636') >= 0) {
                forms.add(f.replace('\u0636', '\u062F'));
            }
        }
        for (String f : forms) {
            Parts p = arabic(f);
            // a skeleton of one consonant too (اوجی, Oji; ایاد, Eyad): a target needs another word agreeing
            List<Spelling> l = p.skeleton().isEmpty() ? null : p.skeleton().length() >= 2 ? spellings.get(p.skeleton()) : shortSpellings.get(p.skeleton());
            if (l == null) {
                continue;
            }
            for (Spelling sp : l) {
                if (agree(p, sp.parts()) && agreeBack(p, sp.parts()) && writtenEnding(f, sp.word()) && !out.contains(sp.word())) {
                    out.add(sp.word());
                }
            }
        }
        return out;
    }

    /**
     * A listed word ending in i or y after a consonant (the nisba of Ahmadi, Mahdi, Ali) agrees
     * only with a word in Arabic script ending in yeh: Arabic and Persian always write a final
     * long i (احمدی), so محمد is not Mahmudi, nor عبد Abdi. A final a or e is not asked for
     * (ه and ة end Zadeh and Salama unwritten as vowels).
     */
    static boolean writtenEnding(String arabicWord, String latinWord) {
        int n = latinWord.length();
        if (n < 2 || "iy".indexOf(latinWord.charAt(n - 1)) < 0 || "aeiouy".indexOf(latinWord.charAt(n - 2)) >= 0) {
            return true;
        }
        char last = arabicWord.charAt(arabicWord.length() - 1);
        return last == '\u06CC' || last == '\u064A' || last == '\u0649' || last == '\u0626'; // ی ي ى ئ
    }

    /**
     * The converse of {@link #agree}, asked of the spellings a name is read after
     * ({@link #targets}): a Latin word starts with a vowel where the Arabic word starts with alef
     * or ain (عمر is Omar, not Mire), and a Latin gap of two vowels or more (ou, ee, ei: a long
     * vowel) stands where Arabic writes a long vowel, ain or hamza (محمد is not Mahmoud, محمود).
     */
    static boolean agreeBack(Parts arabic, Parts latin) {
        if (!arabic.consonantFirst() && latin.consonantFirst()) {
            return false;
        }
        for (int g = 0; g < arabic.gaps().length && g < latin.gaps().length; g++) {
            if (latin.gaps()[g].length() >= 2 && arabic.gaps()[g].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A listed spelling agrees with a word in Arabic script: its vowels agree in every gap (see
     * below), and it starts with a vowel only where the Arabic word does (Arabic writes a word's
     * first vowel with alef or ain: متیل is Metil, not Ematel; سبیتی is Subayti, not Espitia).
     */
    static boolean agree(Parts arabic, Parts latin) {
        return (!arabic.consonantFirst() || latin.consonantFirst()) && agree(arabic.gaps(), latin.gaps());
    }

    /**
     * The long vowels Arabic writes in each gap are, in their order, among the Latin vowels of that
     * gap (مروی, m-r-u-i, is Marvi, not Mario).
     */
    static boolean agree(String[] arabic, String[] latin) {
        for (int g = 0; g < arabic.length; g++) {
            int from = 0;
            for (int i = 0; i < arabic[g].length(); i++) {
                char v = arabic[g].charAt(i);
                if (v == '\'') {
                    continue; // an ain or hamza: Latin writes a vowel there or nothing
                }
                int at = v == 'y' ? firstOf(latin[g], from) : latin[g].indexOf(v, from);
                if (at < 0) {
                    return false;
                }
                from = at + 1;
            }
        }
        return true;
    }

    /** The first a or i of a gap's Latin vowels from {@code from}, or -1 (a final yeh: i, or the alef maksura's a). */
    private static int firstOf(String gap, int from) {
        for (int i = from; i < gap.length(); i++) {
            if (gap.charAt(i) == 'a' || gap.charAt(i) == 'i') {
                return i;
            }
        }
        return -1;
    }

    /** A word in Arabic script (as {@link Transliteration#scriptWord} folds it) taken apart. */
    static Parts arabic(String word) {
        StringBuilder sk = new StringBuilder();
        List<StringBuilder> gaps = new ArrayList<>();
        gaps.add(new StringBuilder());
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            char c = switch (ch) {
                case '\u0628', '\u067E' -> 'b'; // ب پ
                case '\u062A', '\u0637' -> 't'; // ت ط
                case '\u062B', '\u0633', '\u0635' -> 's'; // ث س ص
                case '\u062C', '\u06AF' -> 'j'; // ج گ
                case '\u0686' -> 'c'; // چ
                case '\u062D' -> 'h'; // ح
                case '\u0647' -> i == word.length() - 1 && i > 0 ? 0 : 'h'; // ه (final: often a vowel, Zadeh / Zada)
                case '\u062E' -> 'x'; // خ
                case '\u062F' -> 'd'; // د
                case '\u0630', '\u0632', '\u0638', '\u0636', '\u0698' -> 'z'; // ذ ز ظ ض ژ
                case '\u0631' -> 'r';
                case '\u0634' -> 'S'; // ش
                case '\u063A', '\u0642', '\u06A9' -> 'k'; // غ ق ک
                case '\u0641' -> 'f';
                case '\u0644' -> 'l';
                case '\u0645' -> 'm';
                case '\u0646' -> 'n';
                case '\u0648' -> i == 0 ? 'w' : 0; // و: a consonant at the start, else a long u / o
                case '\u06CC' -> i == 0 ? 'y' : 0; // ی: a consonant at the start, else a long i / e
                default -> 0; // alef, ain, hamza, teh marbuta: vowels or unwritten in Latin
            };
            if (c != 0) {
                if (sk.length() == 0 || sk.charAt(sk.length() - 1) != c) {
                    sk.append(c);
                    gaps.add(new StringBuilder());
                }
            } else if (i > 0) {
                // a final yeh is i, or a where it stands for the alef maksura ى that scriptWord folds into it (مصطفى, Mustafa)
                char v = ch == '\u0627' && wasl(word, i) ? '\''
                        : ch == '\u0627' || ch == '\u0622' ? 'a' : ch == '\u0648' ? 'u'
                        : ch == '\u06CC' ? (i == word.length() - 1 ? 'y' : 'i')
                        : ch == '\u0639' || ch == '\u0621' || ch == '\u0626' || ch == '\u0624' ? '\'' : 0; // ain, hamza: a vowel may stand there
                if (v != 0) {
                    gaps.get(gaps.size() - 1).append(v);
                }
            }
        }
        boolean first = !word.isEmpty() && sk.length() > 0 && gaps.get(0).length() == 0 && !startsUnwritten(word.charAt(0));
        return new Parts(sk.toString(), gaps.stream().map(StringBuilder::toString).toArray(String[]::new), first);
    }

    /**
     * A Latin word ending in a vowel and h (Moghisseh, Salameh, Rahmah) taken apart as well without
     * that h, or null: Persian and Arabic write such an ending with ه, which {@link #arabic} reads
     * as a vowel at the end of a word (مقیسه, m-q-s, is Moghisseh; سلامه is Salameh), as they write
     * the ending of Zadeh and Zada alike. The word keeps its spelling; only its skeleton loses the h.
     */
    static Parts openEnding(String word, Parts parts) {
        int n = word.length();
        if (n < 4 || word.charAt(n - 1) != 'h' || "aeiou".indexOf(word.charAt(n - 2)) < 0) {
            return null;
        }
        String sk = parts.skeleton();
        if (sk.isEmpty() || sk.charAt(sk.length() - 1) != 'h') {
            return null;
        }
        String[] gaps = java.util.Arrays.copyOf(parts.gaps(), parts.gaps().length - 1);
        gaps[gaps.length - 1] = gaps[gaps.length - 1] + parts.gaps()[parts.gaps().length - 1];
        return new Parts(sk.substring(0, sk.length() - 1), gaps, parts.consonantFirst());
    }

    /**
     * True when the alef at {@code i} is the article's inside a compound name, which is not
     * pronounced: the vowel before the l is the first word's ending, u in Arabic, o or e in
     * Persian (عبدالله: Abdullah, Abdallah, Abdollah; اسداله: Asadollah; ابوالفضل: Abolfazl;
     * رحمت اله joined: Rahmatollah). The article is the alef and lam after a first element of at
     * least three letters followed by two letters or more, or the theophoric ending اله / الله
     * (Allah); in a word such as خالد (Khaled) or کمالی (Kamali) the alef is a long a.
     */
    static boolean wasl(String word, int i) {
        if (i + 1 >= word.length() || word.charAt(i + 1) != '\u0644') {
            return false;
        }
        String rest = word.substring(i + 1);
        return i >= 2 && (rest.equals("\u0644\u0647") || rest.equals("\u0644\u0644\u0647")) || i >= 3 && rest.length() >= 3;
    }

    /**
     * The other ways a Latin word may write Arabic letters, taken apart, with another skeleton than
     * {@code parts}: sh, th and dh as two letters, s, t or d then h (اسحاق, Is-haq: Ishaq; فتحی, Fat-hi:
     * Fathi; ادهم, Ad-ham: Adham), and v inside a word as ف, as Arabic writes a foreign v (سلفانا, Silvana).
     */
    static List<Parts> otherReadings(String word, Parts parts) {
        List<Parts> out = new ArrayList<>();
        for (String[] r : OTHER_READINGS) {
            int at = word.indexOf(r[0], r[0].equals("v") ? 1 : 0);
            if (at < 0) {
                continue;
            }
            String form = word.substring(0, at) + word.substring(at).replace(r[0], r[1]);
            Parts p = latin(form);
            if (!p.skeleton().isEmpty() && !p.skeleton().equals(parts.skeleton())
                    && out.stream().noneMatch(o -> o.skeleton().equals(p.skeleton()))) {
                out.add(p);
            }
        }
        return out;
    }

    /** A Latin spelling and the letters it may also stand for ('-' keeps two letters apart: s-h is s then h). */
    private static final String[][] OTHER_READINGS = {{"sh", "s-h"}, {"th", "t-h"}, {"dh", "d-h"}, {"v", "f"}};

    /** Alef, ain, hamza and the alef forms: letters that write a word's first vowel. */
    private static boolean startsUnwritten(char c) {
        return c == '\u0627' || c == '\u0639' || c == '\u0621' || c == '\u0622' || c == '\u0623' || c == '\u0625' || c == '\u0671';
    }

    private static final java.util.regex.Pattern C_SOFT = java.util.regex.Pattern.compile("c(?=[eiy])");

    /** A Latin word taken apart, in the classes of {@link #arabic}; vowels by class (a; e, i, y as i; o, u, w as u). */
    static Parts latin(String word) {
        // English spellings first (Arabic script writes English words by their sound: كونستيلاشين is
        // Constellation, سرفیس Service): -tion and -sion as sh, x as ks, c as s before e, i, y and as k
        // elsewhere (ch apart)
        String w = C_SOFT.matcher(word.toLowerCase(Locale.ROOT).replace("ch", "\u0001").replace("ck", "k")
                        .replace("tion", "Sion").replace("sion", "Sion").replace("x", "ks")).replaceAll("s")
                .replace("c", "k").replace("\u0001", "ch")
                .replace("kh", "x").replace("sh", "S").replace("ch", "c").replace("zh", "z").replace("dh", "z")
                .replace("th", "s").replace("gh", "k").replace("ph", "f").replace("dj", "j").replace("ts", "s");
        StringBuilder sk = new StringBuilder();
        List<StringBuilder> gaps = new ArrayList<>();
        gaps.add(new StringBuilder());
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            char c = switch (ch) {
                case 'b', 'p' -> 'b';
                case 't', 's', 'j', 'c', 'h', 'x', 'd', 'z', 'r', 'S', 'f', 'l', 'm', 'n' -> ch;
                case 'g' -> 'j';
                case 'k', 'q' -> 'k';
                case 'v', 'w' -> i == 0 ? 'w' : 0;
                case 'y' -> i == 0 ? 'y' : 0;
                default -> 0;
            };
            if (c != 0) {
                if (sk.length() == 0 || sk.charAt(sk.length() - 1) != c) {
                    sk.append(c);
                    gaps.add(new StringBuilder());
                }
            } else {
                char v = switch (ch) {
                    case 'a' -> 'a';
                    case 'e', 'i', 'y' -> 'i';
                    case 'o', 'u', 'w', 'v' -> 'u';
                    default -> 0;
                };
                if (v != 0) {
                    gaps.get(gaps.size() - 1).append(v);
                }
            }
        }
        boolean first = !w.isEmpty() && "aeiou".indexOf(w.charAt(0)) < 0;
        return new Parts(sk.toString(), gaps.stream().map(StringBuilder::toString).toArray(String[]::new), first);
    }

    /** A loanword key needs at least this many consonants (shorter ones agree with too many listed words). */
    static final int LOOSE_MIN = 2;
    /** At most this many loose keys are made from one Arabic word (a letter read more than one way multiplies them). */
    private static final int LOOSE_KEYS = 32;

    /**
     * The listed spelling of a word in Arabic script read as an English loanword (a brand or
     * company word written by its sound: ماكس ماريتايم سوليوشنز is Max Maritime Solutions), or null:
     * the word's consonants compared with the listed words' consonants as English pronounces them
     * ({@link #looseLatin}), the vowels left out (Arabic script writes English vowels and diphthongs
     * its own way: the i of maritime as ای), s and z one sound (the plural -s is written ز), g
     * written ج, غ, گ or ق, v written ف or و. Of the agreeing listed words, those whose vowels
     * also agree as {@link #spell} requires first, then the most frequent; {@code rank} picks
     * the next ones (or the last). Used only for company names, as one more reading.
     */
    public String loanword(String word, int rank) {
        if (word.isEmpty() || !isArabic(word)) {
            return null;
        }
        List<String> keys = looseArabic(word);
        if (keys.isEmpty()) {
            return null;
        }
        Parts strict = arabic(word);
        List<Spelling> found = new ArrayList<>();
        for (String k : keys) {
            List<Spelling> l = loose.get(k);
            if (l != null) {
                for (Spelling sp : l) {
                    if (!found.contains(sp)) {
                        found.add(sp);
                    }
                }
            }
        }
        if (found.isEmpty()) {
            return null;
        }
        // of the others, those read with fewer consonants first: و and a final ه inside an English word write a vowel more
        // often than v or h (هاوس is house before hafiz)
        Map<String, Integer> consonants = new HashMap<>();
        for (Spelling sp : found) {
            int least = Integer.MAX_VALUE;
            for (String k : looseLatin(sp.word())) {
                if (keys.contains(k)) {
                    least = Math.min(least, k.length());
                }
            }
            consonants.put(sp.word(), least);
        }
        found.sort((a, b) -> {
            boolean aa = strict.skeleton().equals(a.parts().skeleton()) && agree(strict, a.parts());
            boolean bb = strict.skeleton().equals(b.parts().skeleton()) && agree(strict, b.parts());
            if (aa != bb) {
                return aa ? -1 : 1;
            }
            int ca = consonants.get(a.word());
            int cb = consonants.get(b.word());
            if (ca != cb) {
                return ca - cb;
            }
            return a.count() != b.count() ? b.count() - a.count() : a.word().compareTo(b.word());
        });
        return found.get(Math.min(rank, found.size() - 1)).word();
    }

    private static final java.util.regex.Pattern SILENT_GH = java.util.regex.Pattern.compile("(?<=[aeiou])gh(?=t|$)");
    private static final java.util.regex.Pattern TU = java.util.regex.Pattern.compile("tu(?=[aeior])");

    /**
     * A Latin word's loanword keys: its consonants as English says them, one letter per sound class
     * (b/p as b; t; d; s, z, th, soft c as s; sh, -tion, -sion as S; ch as c, and as k (chemical);
     * t before u as t, and as ch (future); j and g as j; k, q, hard c, ck as k; f, v, ph as f; h;
     * kh as x; l; m; n; r; w and y only at the start), a letter doubled once, vowels and a silent
     * gh (light, bright) left out; the keys of at least {@link #LOOSE_MIN} consonants.
     */
    public static List<String> looseLatin(String word) {
        String w = SILENT_GH.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> forms = new ArrayList<>();
        forms.add(w);
        if (w.contains("ch")) {
            forms.add(w.replace("ch", "k"));
        }
        if (TU.matcher(w).find()) {
            forms.add(TU.matcher(w).replaceAll("chu"));
        }
        List<String> out = new ArrayList<>();
        for (String f : forms) {
            String k = looseKey(f);
            if (k.length() >= LOOSE_MIN && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static String looseKey(String word) {
        // wh and rh say w and r (white, rhine)
        String w0 = word.replace("wh", "w").replace("rh", "r");
        String w = C_SOFT.matcher(w0.replace("ch", "\u0001").replace("ck", "k")
                        .replace("tion", "Sion").replace("sion", "Sion").replace("x", "ks")).replaceAll("s")
                .replace("c", "k").replace("\u0001", "ch")
                .replace("kh", "x").replace("sh", "S").replace("ch", "c").replace("zh", "z").replace("dh", "z")
                .replace("th", "s").replace("gh", "j").replace("ph", "f").replace("dj", "j").replace("ts", "s");
        StringBuilder sk = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            char c = switch (ch) {
                case 'b', 'p' -> 'b';
                case 's', 'z' -> 's';
                case 'v', 'f' -> 'f';
                case 'g' -> 'j';
                case 'q' -> 'k';
                case 't', 'j', 'c', 'h', 'x', 'd', 'r', 'S', 'l', 'm', 'n', 'k' -> ch;
                case 'w', 'y' -> i == 0 ? ch : '.';
                default -> '.';
            };
            append(sk, c);
        }
        return sk.toString().replace(".", "");
    }

    /**
     * The loanword keys of a word in Arabic script (as {@link Transliteration#scriptWord} folds it):
     * each letter by the English sounds Arabic script writes with it (ج, گ: j or g, both j; غ, ق: g
     * or k; و inside a word: a vowel or v; ه at the end: a vowel or h; تش as ch), long vowels, alef
     * and ain left out; empty when the word is too short.
     */
    public static List<String> looseArabic(String word) {
        List<StringBuilder> keys = new ArrayList<>();
        keys.add(new StringBuilder());
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            String options = switch (ch) {
                case '\u0628', '\u067E' -> "b"; // ب پ
                case '\u062A' -> i + 1 < word.length() && word.charAt(i + 1) == '\u0634' ? "tc" : "t"; // ت, تش (ch)
                case '\u0637' -> "t"; // ط
                case '\u062B', '\u0633', '\u0635', '\u0632', '\u0630', '\u0638', '\u0636', '\u0698' -> "s"; // ث س ص ز ذ ظ ض ژ
                case '\u062C', '\u06AF' -> "j"; // ج گ
                case '\u063A', '\u0642' -> "kj"; // غ ق: k or g
                case '\u06A9' -> "k"; // ک
                case '\u0686' -> "c"; // چ
                case '\u062D' -> "h"; // ح
                case '\u0647' -> i == word.length() - 1 && i > 0 ? "h-" : "h"; // ه
                case '\u062E' -> "x"; // خ
                case '\u062F' -> "d";
                case '\u0631' -> "r";
                case '\u0634' -> "S"; // ش (after ت also read with it as ch, above)
                case '\u0641' -> "f";
                case '\u0644' -> "l";
                case '\u0645' -> "m";
                case '\u0646' -> "n";
                case '\u0648' -> i == 0 ? "w" : "-f"; // و: w at the start, else a vowel or v
                case '\u06CC' -> i == 0 ? "y" : "-"; // ی
                default -> "-";
            };
            if (options.equals("-")) {
                for (StringBuilder k : keys) {
                    append(k, '.'); // a vowel written: the consonants on either side are two
                }
                continue;
            }
            if (options.equals("tc")) { // ت before ش: t, or with the ش the one sound ch
                List<StringBuilder> next = new ArrayList<>();
                for (StringBuilder k : keys) {
                    next.add(append(new StringBuilder(k), 't'));
                    StringBuilder ch2 = append(new StringBuilder(k), 'c');
                    ch2.append('\u0002'); // marks: skip the next ش
                    next.add(ch2);
                }
                keys = next;
                continue;
            }
            List<StringBuilder> next = new ArrayList<>();
            for (StringBuilder k : keys) {
                boolean skip = k.length() > 0 && k.charAt(k.length() - 1) == '\u0002';
                if (skip) {
                    k.setLength(k.length() - 1);
                    next.add(k);
                    continue;
                }
                for (int o = 0; o < options.length(); o++) {
                    char c = options.charAt(o);
                    next.add(append(new StringBuilder(k), c == '-' ? '.' : c));
                }
            }
            if (next.size() > LOOSE_KEYS) {
                return List.of();
            }
            keys = next;
        }
        List<String> out = new ArrayList<>();
        for (StringBuilder k : keys) {
            String s = k.toString().replace("\u0002", "").replace(".", "");
            if (s.length() >= LOOSE_MIN && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static StringBuilder append(StringBuilder k, char c) {
        if (k.length() == 0 || k.charAt(k.length() - 1) != c) {
            k.append(c);
        }
        return k;
    }
}
