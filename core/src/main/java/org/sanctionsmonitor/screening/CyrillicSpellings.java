package org.sanctionsmonitor.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.NameTokens;
import org.sanctionsmonitor.normalize.Transliteration;

/**
 * Cyrillic words read as the list spells them in Latin: a word's BGN/PCGN reading and the listed
 * Latin words are compared by their sound as Russian writes it, so that a word whose letters
 * BGN/PCGN spells otherwise than the list finds the listed spelling: an English brand written in
 * Cyrillic (Тринитекс, triniteks → Trinitex; Комфорт, komfort → Comfort; Груп, grup → Group) or a
 * Russian word the list spells another way (Рудный, rudnyy → Rudniy; Лайфинвест, layfinvest →
 * Laifinvest). The sound key ({@link #key}) writes x as ks, c as s before e, i and y and as k
 * elsewhere, ph as f, w as v, qu as kv, th as t, dzh as j, kh as h, y as i, ou and oo as u, ee as
 * i, doubled letters once; two spellings with the same key are the same word as Russian writes
 * it. Of several listed words with a word's key, the most frequent (then the first in alphabetical
 * order) is taken; a word whose BGN/PCGN reading is itself a listed word keeps it. Only keys of four letters or more are looked up (a short key matches too much).
 * Immutable and thread-safe (the ICU transliterator is one per thread).
 */
public final class CyrillicSpellings {

    /** Keys shorter than this are not looked up. */
    static final int MIN_KEY = 4;

    private static final String BGN = "Russian-Latin/BGN; Any-Latin; Latin-ASCII; [\\u02B9\\u02BA\\u0027\\u2019\\u00B7] Remove";
    private static final ThreadLocal<Transliterator> ICU = ThreadLocal.withInitial(() -> Transliterator.getInstance(BGN));

    private final Map<String, String> byKey;
    /** Every listed word indexed: a BGN/PCGN reading that is one is kept as it is. */
    private final java.util.Set<String> listed;

    /** Indexes the Latin words of every listed name and alias of {@code entities}. */
    public CyrillicSpellings(List<ListedEntity> entities) {
        Map<String, Integer> counts = latinWords(entities, false, MIN_KEY);
        this.byKey = commonestByKey(counts, MIN_KEY);
        this.listed = java.util.Set.copyOf(counts.keySet());
    }

    /**
     * How often each Latin word of at least {@code minLength} letters (a to z only) stands in the
     * listed names and aliases written in Latin script, of organisations only when
     * {@code organisationsOnly}.
     */
    static Map<String, Integer> latinWords(List<ListedEntity> entities, boolean organisationsOnly, int minLength) {
        Map<String, Integer> counts = new HashMap<>();
        for (ListedEntity e : entities) {
            if (organisationsOnly && "individual".equals(e.type())) {
                continue;
            }
            java.util.ArrayList<String> names = new java.util.ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String n : names) {
                if (n == null || Transliteration.needsReading(n)) {
                    continue;
                }
                for (String w : NameTokens.tokens(n)) {
                    if (w.length() >= minLength && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                        counts.merge(w, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /**
     * For each {@link #key} of at least {@code minKey} letters, the word of {@code counts} that has
     * it and stands most often (the first in alphabetical order on a tie).
     */
    static Map<String, String> commonestByKey(Map<String, Integer> counts, int minKey) {
        Map<String, String> m = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        counts.forEach((w, n) -> {
            String k = key(w);
            if (k.length() < minKey) {
                return;
            }
            Integer b = best.get(k);
            if (b == null || n > b || n.equals(b) && w.compareTo(m.get(k)) < 0) {
                m.put(k, w);
                best.put(k, n);
            }
        });
        return Map.copyOf(m);
    }

    /**
     * The listed spelling of a Cyrillic word (as {@link Transliteration#scriptWord} folds it; a
     * hyphenated word part by part), or null when the word has no Cyrillic letter or no part of it
     * meets a listed word.
     */
    public String spell(String word) {
        if (word.isEmpty() || !isCyrillic(word)) {
            return null;
        }
        String[] parts = word.split("-", -1);
        boolean any = false;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String latin = parts[i].isEmpty() ? "" : ICU.get().transliterate(parts[i]).toLowerCase(java.util.Locale.ROOT);
            String k = key(latin);
            String spelt = k.length() >= MIN_KEY && !listed.contains(latin) ? byKey.get(k) : null;
            any |= spelt != null;
            b.append(i == 0 ? "" : "-").append(spelt != null ? spelt : latin);
        }
        return any ? b.toString() : null;
    }

    /** Readings tried per word for {@link #spellYo}: at most this many letters е, each read as ё alone. */
    static final int MAX_YO_TRIES = 4;

    /**
     * The listed spelling of a Cyrillic word (as {@link Transliteration#scriptWord} folds it) read
     * with one of its letters е as ё, or null when none is. Russian print writes ё as е (the
     * spelling rules of 1956, §10: ё is written only where a reader could misread the word; the
     * law of 2007 asks it in documents only), while a list spells the name from a passport or the
     * name's sound: Парфенов is PARFYONOV, Селезнев SELEZNYOV. Each е in turn (the first
     * {@link #MAX_YO_TRIES}) is read as ё, as passports write Russian (ё yo, е e) and by BGN/PCGN,
     * and the reading's {@link #key} looked up among the listed words; a reading whose key the word
     * as written already has adds nothing and is skipped. Only keys of {@link #MIN_KEY} letters or
     * more are looked up.
     */
    public String spellYo(String word) {
        word = word.replace('ё', 'е');
        if (word.isEmpty() || !isCyrillic(word) || word.indexOf('е') < 0) {
            return null;
        }
        String plain = key(passport(word));
        int tries = 0;
        for (int i = word.indexOf('е'); i >= 0 && tries < MAX_YO_TRIES; i = word.indexOf('е', i + 1), tries++) {
            String yo = word.substring(0, i) + 'ё' + word.substring(i + 1);
            for (String latin : new String[] {passport(yo), bgnYo(yo)}) {
                String k = key(latin);
                if (k.length() >= MIN_KEY && !k.equals(plain)) {
                    String spelt = byKey.get(k);
                    if (spelt != null) {
                        return spelt;
                    }
                }
            }
        }
        return null;
    }

    /** A lower-case Russian word as passports write it: е as e, ё as yo (BGN/PCGN for the other letters). */
    static String passport(String word) {
        return ICU.get().transliterate(word.replace("ё", "йо").replace("е", "э")).toLowerCase(java.util.Locale.ROOT);
    }

    /** A lower-case Russian word by BGN/PCGN, with ё as yo (BGN/PCGN's ë without its dots would be e). */
    private static String bgnYo(String word) {
        return ICU.get().transliterate(word.replace("ё", "йо")).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The listed word with the sound key of a Latin word (an English loanword as the Cyrillic
     * spelling rules read it: lecs → LEX), or null when none has it or the key is shorter than
     * {@link #MIN_KEY}.
     */
    public String listed(String latin) {
        String k = key(latin);
        return k.length() >= MIN_KEY ? byKey.get(k) : null;
    }

    /** True when the text has a Cyrillic letter. */
    public static boolean isCyrillic(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
                return true;
            }
        }
        return false;
    }

    /** The sound key of a Latin word as Russian writes it (see the class comment). */
    static String key(String latin) {
        StringBuilder s = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = Character.toLowerCase(latin.charAt(i));
            if (c >= 'a' && c <= 'z') {
                s.append(c);
            }
        }
        String w = s.toString()
                .replace("dzh", "j").replace("tch", "ch").replace("x", "ks").replace("ph", "f").replace("w", "v")
                .replace("qu", "kv").replace("q", "k").replace("ck", "k").replace("th", "t");
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
            if (c == 'c') {
                b.append(next == 'h' ? 'c' : next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
            } else {
                b.append(c);
            }
        }
        w = b.toString().replace("kh", "h").replace('y', 'i').replace("ou", "u").replace("oo", "u").replace("ee", "i");
        StringBuilder d = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                d.append(w.charAt(i));
            }
        }
        return d.toString();
    }
}
