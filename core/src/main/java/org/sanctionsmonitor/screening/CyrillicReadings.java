package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Transliterator;

import org.sanctionsmonitor.normalize.Transliteration;

/**
 * The other ways a name in Cyrillic script is commonly written in Latin, besides BGN/PCGN for
 * Russian (which {@link Transliteration} reads):
 * <ul>
 * <li>Russian as passports and most lists write it: е as e wherever it stands (BGN/PCGN writes ye
 * at the start of a word and after a vowel: Егоров is Yegorov there, EGOROV on the list; Сергеевич
 * Sergeyevich, and Sergeevich), ё as yo (Фёдоров, FYODOROV; BGN/PCGN's ë loses its dots);</li>
 * <li>Ukrainian by the national system of 2010 (KMU resolution 55), which OFAC follows for
 * Ukrainian names: г h, ґ g, и y, і i, and є, ї, й, ю, я as ye, yi, y, yu, ya at the start of a word and
 * ie, i, i, iu, ia elsewhere (Балицький Євген Віталійович, BALYTSKYI, Yevhen Vitaliiovych); for a name
 * with a letter only Ukrainian or Belarusian writes (і, ї, є, ґ);</li>
 * <li>Belarusian as Belarusian passports write it (the instruction of 2007 for Latin names): г h,
 * ў u, ы y, і i, е ie at the start of a word and e elsewhere, ё io, ю iu, я ia (Гайдукевіч Алег
 * Сяргеевіч, HAIDUKEVICH, Aleh Siarheevich); for a name with a letter only Belarusian writes (ў), or
 * і beside ы or э.</li>
 * </ul>
 * A name with a letter only Serbian or Macedonian writes (ђ ј љ њ ћ џ ѓ ќ ѕ) is also read as those
 * languages write their Latin (ВАЦИЋ Миша, VACIC, Misa). Apostrophes and soft signs are not
 * written. Immutable and thread-safe.
 */
public final class CyrillicReadings {

    private static final String BGN = "Russian-Latin/BGN; Any-Latin; Latin-ASCII; [\\u02B9\\u02BA\\u0027\\u2019\\u00B7] Remove";
    private static final ThreadLocal<Transliterator> ICU = ThreadLocal.withInitial(() -> Transliterator.getInstance(BGN));

    /** Letters both systems below write alike. */
    private static final Map<Character, String> COMMON = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('д', "d"),
            Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('і', "i"), Map.entry('к', "k"), Map.entry('л', "l"),
            Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
            Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"),
            Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ь', ""),
            Map.entry('ъ', ""), Map.entry('\'', ""), Map.entry('\u2019', ""), Map.entry('\u02BC', ""), Map.entry('э', "e"),
            Map.entry('ы', "y"));

    private CyrillicReadings() {
    }

    /** A reading and what it is. */
    public record Named(String text, String how) {
    }

    /** The readings of a Cyrillic name this class makes (see the class comment), distinct; empty for a name without Cyrillic. */
    public static List<Named> readings(String name) {
        return readings(name, null);
    }

    /**
     * The same; with {@code t}, a name of three words one of which is a patronymic (-вич, -вна,
     * -ична, -віч), given, patronymic and surname, is also read with the patronymic after the other
     * two in either order (Russian writes the patronymic after the given name, and OFAC's Cyrillic
     * names put the three in any order: Шестаков Васильевич Илья is SHESTAKOV, Ilya Vasilyevich),
     * each word as {@code t} reads it first (the script-word table, else BGN/PCGN).
     */
    public static List<Named> readings(String name, Transliteration t) {
        List<Named> out = new ArrayList<>();
        if (name == null || !CyrillicSpellings.isCyrillic(name)) {
            return out;
        }
        name = lookAlikes(name);
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (t != null) {
            for (String order : patronymicOrders(name)) {
                List<Transliteration.Reading> r = t.readings(order);
                if (!r.isEmpty()) {
                    add(out, r.get(0).text(), "Cyrillic given name, surname and patronymic in the order of the list's names, read word by word"
                            + " as OFAC spells the words (name-script-words.csv), else by BGN/PCGN");
                }
            }
        }
        String plain = ICU.get().transliterate(lower.replace("ё", "йо").replace("е", "э"));
        add(out, plain, "Cyrillic romanised as passports write Russian (е as e, ё as yo)");
        if (lower.matches("(?s).*[ђјљњћџѓќѕ].*")) {
            add(out, serbian(lower), "Cyrillic romanised as Serbian and Macedonian write their Latin (ћ ć, љ lj, џ dž), without diacritics");
        }
        boolean ukrainianOrBelarusian = lower.matches("(?s).*[іїєґў].*");
        if (ukrainianOrBelarusian) {
            boolean belarusian = lower.indexOf('ў') >= 0 || lower.indexOf('і') >= 0 && lower.matches("(?s).*[ыэ].*");
            boolean ukrainian = lower.matches("(?s).*[їєґ].*") || !belarusian;
            if (ukrainian) {
                add(out, ukrainian(lower), "Cyrillic romanised by the Ukrainian national system (2010)");
            }
            if (belarusian || !lower.matches("(?s).*[їєґ].*")) {
                add(out, belarusian(lower), "Cyrillic romanised as Belarusian passports write it");
            }
        }
        return out;
    }

    /** Patronymic endings: Russian -вич, -вна, -ична; Ukrainian -вич, -вна, -ївна; Belarusian -віч, -ўна. */
    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile(".{3,}(вич|вна|ична|інична|віч|ўна|вiч)");

    /**
     * A name of three words exactly one of which is a patronymic, with the patronymic last and the
     * other two in both orders (those that differ from the name as written); else none.
     */
    static List<String> patronymicOrders(String name) {
        String[] w = name.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        if (w.length != 3) {
            return out;
        }
        int p = -1;
        for (int i = 0; i < 3; i++) {
            if (PATRONYMIC.matcher(w[i].toLowerCase(java.util.Locale.ROOT)).matches()) {
                if (p >= 0) {
                    return out;
                }
                p = i;
            }
        }
        if (p < 0) {
            return out;
        }
        String a = w[p == 0 ? 1 : 0];
        String b = w[p == 2 ? 1 : 2];
        for (String o : List.of(a + " " + b + " " + w[p], b + " " + a + " " + w[p])) {
            if (!o.equals(String.join(" ", w)) && !out.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    /** Latin letters that look like Cyrillic ones, and those Cyrillic letters at the same places. */
    private static final String LATIN_LOOK_ALIKES = "aceopxyiACEOPXYIKMTBH";
    private static final String CYRILLIC_LOOK_ALIKES = "асеорхуіАСЕОРХУІКМТВН";

    /** The longest word of Latin look-alike letters alone that a Cyrillic name's reading takes for Cyrillic. */
    static final int LOOK_ALIKE_WORD_MAX = 3;

    /**
     * A word written in Cyrillic with Latin letters that look like Cyrillic ones (i for і, a for а,
     * c for с ...; OFAC writes Гайдукевiч with a Latin i) with those letters in Cyrillic. In a name
     * with a Cyrillic word, a word of at most {@link #LOOK_ALIKE_WORD_MAX} letters that are all
     * Latin look-alikes is taken for Cyrillic too: a preposition or an abbreviation typed on the
     * other keyboard (Общество C Ограниченной Ответственностью with a Latin C, OOO, AO), as the
     * Unicode confusables (UTS #39) pair these letters. Other words without a Cyrillic letter are
     * left as they are (Ivan, a brand).
     */
    static String lookAlikes(String name) {
        boolean cyrillicName = CyrillicSpellings.isCyrillic(name);
        StringBuilder b = new StringBuilder(name.length());
        for (String w : name.split("(?<=\\s)|(?=\\s)")) {
            if (!CyrillicSpellings.isCyrillic(w) && !(cyrillicName && lookAlikeWord(w))) {
                b.append(w);
                continue;
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                int at = LATIN_LOOK_ALIKES.indexOf(c);
                b.append(at < 0 ? c : CYRILLIC_LOOK_ALIKES.charAt(at));
            }
        }
        return b.toString();
    }

    /** True for a word of 1 to {@link #LOOK_ALIKE_WORD_MAX} letters, each a Latin look-alike of a Cyrillic letter. */
    static boolean lookAlikeWord(String w) {
        if (w.isEmpty() || w.length() > LOOK_ALIKE_WORD_MAX) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (LATIN_LOOK_ALIKES.indexOf(w.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void add(List<Named> out, String text, String how) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (!t.isEmpty() && !Transliteration.needsReading(t) && out.stream().noneMatch(n -> n.text().equals(t))) {
            out.add(new Named(t, how));
        }
    }

    private static boolean wordStart(String s, int i) {
        return i == 0 || !Character.isLetter(s.charAt(i - 1)) && s.charAt(i - 1) != '\'' && s.charAt(i - 1) != '\u2019'
                && s.charAt(i - 1) != '\u02BC';
    }

    /** Serbian (Gaj's Latin) and Macedonian letters, without diacritics: ћ ć → c, ђ đ → dj, ш š → s, ж ž → z, џ dž → dz. */
    private static final Map<Character, String> SERBIAN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('ђ', "dj"), Map.entry('е', "e"), Map.entry('ж', "z"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('ј', "j"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('љ', "lj"), Map.entry('м', "m"),
            Map.entry('н', "n"), Map.entry('њ', "nj"), Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"),
            Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('ћ', "c"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "h"), Map.entry('ц', "c"), Map.entry('ч', "c"), Map.entry('џ', "dz"), Map.entry('ш', "s"),
            Map.entry('ѓ', "gj"), Map.entry('ќ', "kj"), Map.entry('ѕ', "dz"));

    /** A lower-case Serbian or Macedonian name in its Latin alphabet without diacritics. */
    static String serbian(String s) {
        return spelt(s, (c, start, after) -> SERBIAN.get(c));
    }

    /** How a system writes letter {@code c}, at a word's start or not, after letter {@code after} (0 at the start); null: not one of its letters. */
    private interface LetterSpelling {
        String spell(char c, boolean start, char after);
    }

    /**
     * {@code s} with each letter as {@code system} writes it; a character it does not write is kept
     * when it needs no reading (a space, a hyphen, a Latin letter) and left out otherwise.
     */
    private static String spelt(String s, LetterSpelling system) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = system.spell(c, wordStart(s, i), i > 0 ? s.charAt(i - 1) : 0);
            b.append(r != null ? r : Transliteration.needsReading(String.valueOf(c)) ? "" : String.valueOf(c));
        }
        return b.toString();
    }

    /** A lower-case Ukrainian name by the national system of 2010 (initial ye, yi, y, yu, ya; else ie, i, i, iu, ia; зг as zgh). */
    static String ukrainian(String s) {
        return spelt(s, (c, start, after) -> switch (c) {
            case 'е' -> "e";
            case 'є' -> start ? "ye" : "ie";
            case 'и' -> "y";
            case 'ї' -> start ? "yi" : "i";
            case 'й' -> start ? "y" : "i";
            case 'ю' -> start ? "yu" : "iu";
            case 'я' -> start ? "ya" : "ia";
            case 'ґ' -> "g";
            case 'ё' -> start ? "yo" : "io";
            case 'г' -> after == 'з' ? "gh" : "h";
            default -> COMMON.get(c);
        });
    }

    /** A lower-case Belarusian name as its passports write it (е ie at a word's start, else e; ё io, ю iu, я ia; й i; ў u). */
    static String belarusian(String s) {
        return spelt(s, (c, start, after) -> switch (c) {
            case 'е' -> start ? "ie" : "e";
            case 'ё' -> "io";
            case 'ю' -> "iu";
            case 'я' -> "ia";
            case 'й', 'и' -> "i";
            case 'ў' -> "u";
            case 'є' -> "ie";
            case 'ї' -> "i";
            case 'ґ' -> "g";
            default -> COMMON.get(c);
        });
    }
}
