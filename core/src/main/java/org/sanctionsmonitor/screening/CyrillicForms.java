package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.NameTokens;
import org.sanctionsmonitor.normalize.Transliteration;

/**
 * A word of a Cyrillic company name read as the listed organisation word it is a Russian form of.
 * Russian (and Ukrainian, Belarusian) inflect adjectives and nouns and make adjectives of place
 * names and of international words; OFAC's Latin name keeps the place or the English word:
 * Ковровский Механический Завод is KOVROV MECHANICAL PLANT, Зеленодольский завод ZELENODOLSK ...
 * PLANT, Титановые Ресурсы TITANIUM RESOURCES, Комплексные Решения INTEGRATED (complex) SOLUTIONS.
 * The word's ending is taken off (an adjective's or a noun's: -ый, -ая, -ое, -ые, -ого, -ы, -и,
 * -а ...), then, in turn, the suffix that makes an adjective of a noun (-ск- of a place, -ов- /
 * -ев- of a material or a person, -н- / -нн-); each stem is read by BGN/PCGN and compared by
 * {@link CyrillicSpellings#key its sound key} with the words of the listed organisations (not
 * people: a feminine surname is no form of the masculine one), as it is or with an English ending
 * (-s, -es, -a, -ia, -ium, -al, -e, -ic): the most frequent listed word with the first key that
 * meets one is the reading. Stems of fewer than five key letters are not looked up.
 * Immutable and thread-safe.
 */
public final class CyrillicForms {

    /** Stems whose sound key is shorter than this are not looked up. */
    static final int MIN_KEY = 5;

    /** Inflectional endings of Russian, Ukrainian and Belarusian adjectives and nouns, longest first. */
    private static final List<String> ENDINGS = List.of(
            "ыми", "ими", "ого", "его", "ому", "ему", "ая", "яя", "ое", "ее", "ые", "ие", "ый", "ий", "ой", "ых", "их", "ым", "им",
            "ую", "юю", "ей", "ам", "ям", "ах", "ях", "ом", "ем", "ае", "ыя", "ої", "ій", "ої", "ы", "и", "а", "я", "у", "ю", "е", "о",
            "ь", "і");

    /** Derivational suffixes that make an adjective of a noun: -ск- (a place), -ов- / -ев- / -ин- (of), -н- / -нн-. */
    private static final List<String> SUFFIXES = List.of("ск", "ов", "ев", "ин", "нн", "н");

    /** English endings a listed word may have beyond the stem's sound, in the order tried. */
    private static final List<String> ENGLISH = List.of("", "s", "es", "a", "ia", "ium", "al", "e", "ik", "ikal");

    private static final String BGN = "Russian-Latin/BGN; Any-Latin; Latin-ASCII; [\\u02B9\\u02BA\\u0027\\u2019\\u00B7] Remove";
    private static final ThreadLocal<Transliterator> ICU = ThreadLocal.withInitial(() -> Transliterator.getInstance(BGN));

    /** Sound key -> the most frequent word of listed organisations' names with that key. */
    private final Map<String, String> byKey;
    /** The list's spellings of whole words, tried first. */
    private final CyrillicSpellings spellings;

    /** Indexes the Latin words of the names and aliases of every listed entry that is not an individual. */
    public CyrillicForms(List<ListedEntity> entities, CyrillicSpellings spellings) {
        this.spellings = spellings;
        this.byKey = CyrillicSpellings.commonestByKey(CyrillicSpellings.latinWords(entities, true, MIN_KEY), 0);
    }

    /**
     * The listed organisation word a Cyrillic word (as {@link Transliteration#scriptWord} folds it;
     * a hyphenated word part by part) is a form of, or null when no part of it is one.
     */
    public String read(String word) {
        if (word.isEmpty() || !CyrillicSpellings.isCyrillic(word)) {
            return null;
        }
        String[] parts = word.split("-", -1);
        boolean any = false;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String found = parts[i].isEmpty() ? null : form(parts[i]);
            any |= found != null;
            b.append(i == 0 ? "" : "-").append(found != null ? found : ICU.get().transliterate(parts[i]).toLowerCase(java.util.Locale.ROOT));
        }
        return any ? b.toString() : null;
    }

    /**
     * A word of a Cyrillic company name as the list spells it: the list's spelling of the whole
     * word's sound ({@link CyrillicSpellings#spell}: Груп → group), else the listed word with the
     * sound of the English loanword it spells ({@code loanword}: Прайм → prime, Лекс → lecs → lex),
     * else the listed organisation word it is a Russian form of ({@link #read}), else the listed
     * word it is with an е read as ё ({@link CyrillicSpellings#spellYo}: Полет → POLYOT); null when none.
     */
    String readForm(String word, java.util.function.UnaryOperator<String> loanword) {
        String whole = spellings.spell(word);
        if (whole != null) {
            return whole;
        }
        String loan = loanword.apply(word);
        String listedLoan = loan == null ? null : spellings.listed(loan);
        if (listedLoan != null) {
            return listedLoan;
        }
        String form = read(word);
        return form != null ? form : spellings.spellYo(word);
    }

    /**
     * A Cyrillic company name with the translation table's words in English and every other word
     * as the list spells it ({@link #readForm}) before the script-word table's spelling (the table
     * spells Груп grup, the list GROUP), else as the table or ICU Any-Latin reads it; null when
     * the table translates none of its words.
     */
    public String companyReading(String name, Transliteration t) {
        return companyReading(name, t, false);
    }

    /**
     * The same with {@code split}: the words first taken apart at hyphens and after the dots of
     * initials written against a name (Научно-Производственный Центр is научно производственный
     * центр, scientific production center; имени В.П.Чкалова is в. п. чкалова, CHKALOV), so that each part is
     * translated or read on its own; null when splitting changes nothing or no word is translated.
     */
    public String companyReading(String name, Transliteration t, boolean split) {
        if (split) {
            String parts = name.replaceAll("(?<=\\p{L})-(?=\\p{L})", " ").replaceAll("(?<=\\p{L}\\.)(?=\\p{L})", " ");
            if (parts.equals(name)) {
                return null;
            }
            name = parts;
        }
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s,;()]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        List<org.sanctionsmonitor.normalize.ScriptTranslations.Piece> pieces = t.translations().translateWords(words, true);
        if (pieces == null) {
            return null;
        }
        java.util.function.UnaryOperator<String> loanword = t.translations()::loanword;
        StringBuilder b = new StringBuilder();
        for (var p : pieces) {
            b.append(' ').append(p.translated() ? p.text() : t.bySpellingFirst(p.text(), w -> readForm(w, loanword)));
        }
        String r = b.toString().strip().replaceAll("\\s+", " ");
        return r.isEmpty() || Transliteration.needsReading(r) ? null : r;
    }

    /** The stems of a word, most literal first: without its ending, then without a derivational suffix too. */
    static List<String> stems(String word) {
        List<String> out = new ArrayList<>();
        for (String e : ENDINGS) {
            if (word.endsWith(e) && word.length() - e.length() >= 4) {
                String s = word.substring(0, word.length() - e.length());
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        int n = out.size();
        for (int i = 0; i < n; i++) {
            String s = out.get(i);
            for (String x : SUFFIXES) {
                if (s.endsWith(x) && s.length() - x.length() >= 4) {
                    String d = s.substring(0, s.length() - x.length());
                    if (!out.contains(d)) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    private String form(String part) {
        for (String s : stems(part)) {
            String k = CyrillicSpellings.key(ICU.get().transliterate(s));
            if (k.length() < MIN_KEY) {
                continue;
            }
            for (String e : ENGLISH) {
                String w = byKey.get(k + e);
                if (w != null) {
                    return w;
                }
            }
        }
        return null;
    }
}
