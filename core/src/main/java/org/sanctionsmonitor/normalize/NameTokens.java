package org.sanctionsmonitor.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Name tokens for fuzzy screening. {@link #tokens} takes a name apart into lower-case words:
 * diacritics removed (Ŏ → o), McCune–Reischauer apostrophes dropped inside words
 * ({@code CH'OE} → {@code choe}, {@code So'k-min} → {@code sok min}), hyphens and every other
 * punctuation mark separate words. {@link #fold} maps a word to a romanisation-neutral key, so
 * the common spellings of one Korean syllable meet ({@code Chang}/{@code Jang}, {@code Su}/{@code Soo},
 * {@code Choe}/{@code Choi}, {@code Seok}/{@code Sok}/{@code Suk}, {@code Pak}/{@code Bak}).
 */
public final class NameTokens {

    private NameTokens() {
    }

    /** The words of a name, in order; empty for null or a name without letters or digits. */
    public static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        if (name == null) {
            return out;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue; // a diacritic, split off by NFKD
            }
            if (isApostrophe(cp)) {
                continue; // MR apostrophes (and possessive 's) stay inside the word
            }
            if (cp == 'ß') {
                cur.append("ss");
            } else if (Character.isLetterOrDigit(cp)) {
                cur.appendCodePoint(cp);
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /**
     * A romanisation-neutral key of one lower-case word. Vowels: eo → o, eu → u, oo → u,
     * oung → ong, ee → i, oi → oe, and u → o before a consonant (written Korean merges them there:
     * Jong/Jeong/Jung, Hyok/Hyeok/Hyuk, Chol/Cheol/Chul), but Su and Seo stay apart. Consonants: ch/j → j, k/g → k
     * (except the final ng), t/d → t, p/b → p, sh → s, rh/r/l → l, doubled letters → one. Digits and words with
     * non-Latin letters are returned unchanged. (ŏ and ŭ have already lost their breve in
     * {@link #tokens}.)
     */
    public static String fold(String word) {
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (!(ch >= 'a' && ch <= 'z')) {
                return word;
            }
        }
        String w = word;
        w = w.replace("eo", "o").replace("eu", "u").replace("oo", "u").replace("oung", "ong").replace("ee", "i")
                .replace("oi", "oe").replace("sh", "s").replace("ch", "j").replace("rh", "r");
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            char prev = i > 0 ? w.charAt(i - 1) : 0;
            char f = switch (ch) {
                // written Korean merges u, eo and o before a final consonant (Jung/Jeong/Jong,
                // Hyuk/Hyeok/Hyok, Chul/Cheol/Chol, Sup/Seop/Sop); an open Su stays apart from So
                case 'u' -> next != 0 && "aeiouwy".indexOf(next) < 0 ? 'o' : 'u';
                // initial consonants: k/g, t/d, p/b; but the final ng stays ng (Pang is not Bank)
                case 'g' -> prev == 'n' ? 'g' : 'k';
                case 'd' -> 't';
                case 'b' -> 'p';
                case 'r' -> 'l';
                default -> ch;
            };
            // a doubled letter (kk, ss, pp from Revised Romanisation) is one sound
            if (b.length() > 0 && b.charAt(b.length() - 1) == f) {
                continue;
            }
            b.append(f);
        }
        return b.toString();
    }

    /**
     * Romanised Korean and Chinese syllables: an initial consonant (or none), a vowel of the
     * McCune–Reischauer, Revised Romanisation, common passport and pinyin spellings, and a final
     * consonant of those the syllables end in (k, n, t, l, m, p, ng; none).
     */
    private static final java.util.regex.Pattern SYLLABLES = java.util.regex.Pattern.compile(
            "(?:(?:kk|tt|pp|ss|jj|tch|ch|sh|zh|th|ph|kh|ts|k|g|n|d|t|r|l|m|b|p|s|j|h|c|z|x|q|f|w|y)?"
            + "(?:yae|yeo|you|wae|uai|iao|ae|ai|ao|ei|eo|eu|ee|ia|ie|io|iu|oe|oi|oo|ou|ua|ue|ui|uo|wa|we|wi|wo|ya|ye|yo|yu|a|e|i|o|u)"
            + "(?:ng|k|n|t|l|m|p)?)+");

    /**
     * True when a lower-case word reads as romanised Korean or Chinese syllables (Jong, Kwang,
     * Chongchongang, Zhang, Xiao), the words the letter {@link #fold} is meant for: a fold of
     * k/g, t/d or r/l between words of other languages makes different names equal (Kurt and
     * Gold, Kurt and Kurd), so the scoring trusts a fold only between such words.
     */
    public static boolean syllabic(String word) {
        return word.length() <= 16 && SYLLABLES.matcher(word).matches();
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '`' || cp == '\u02BC' || cp == '\u00B4';
    }
}
