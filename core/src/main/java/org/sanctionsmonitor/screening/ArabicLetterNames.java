package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.normalize.Transliteration;

/**
 * Latin letters written out in Arabic script by their English names. A company name of initials
 * (MSD DMCC, RG GROUP, K F D GENERAL TRADING, WCP MANAGEMENT COMPANY LTD) is written in Arabic
 * script letter name by letter name, each a word: إم إس دي (em es dee), ار جي (ar jee), دبليو سي بي
 * (double-u see bee); Persian likewise (پرس تی وی, Press TV). A run of two or more such words
 * (dots between them allowed: بي . في, B.V.) is read back as the letters, joined (msd) and spaced
 * (m s d), as lists write initials both ways. A letter name Arabic script writes for more than one
 * letter is read each way (بي: b or p, as Arabic has no p; جي: g or j; اي: i, e or a), at most
 * {@link #MAX_VARIANTS} names in all. A single such word is left alone: في is also "in", او "or".
 */
public final class ArabicLetterNames {

    /**
     * The English letter names as Arabic and Persian script write them (as {@link
     * Transliteration#scriptWord} folds them: ي as ی, ك as ک, أ إ آ as ا), and the letters they
     * may stand for, the likelier first.
     */
    static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("\u0627\u06CC\u0647", "a"), // ايه
            Map.entry("\u0628\u06CC", "bp"), // بي (Arabic has no p)
            Map.entry("\u067E\u06CC", "p"), // پی
            Map.entry("\u0633\u06CC", "c"), // سي
            Map.entry("\u062F\u06CC", "d"), // دي
            Map.entry("\u0627\u06CC\u06CC", "e"), // ايي
            Map.entry("\u0627\u06CC", "iea"), // اي / إي / آي
            Map.entry("\u0627\u0641", "f"), // اف
            Map.entry("\u062C\u06CC", "gj"), // جي
            Map.entry("\u062C\u06CC\u0647", "jg"), // جيه
            Map.entry("\u062C\u0627\u06CC", "j"), // جاي
            Map.entry("\u0627\u062A\u0634", "h"), // اتش
            Map.entry("\u0627\u06CC\u062A\u0634", "h"), // ايتش
            Map.entry("\u06A9\u06CC", "k"), // كي
            Map.entry("\u06A9\u0627\u06CC", "k"), // كاي
            Map.entry("\u0627\u0644", "l"), // ال
            Map.entry("\u0627\u0645", "m"), // ام
            Map.entry("\u0627\u0646", "n"), // ان
            Map.entry("\u0627\u0648", "o"), // او
            Map.entry("\u06A9\u06CC\u0648", "q"), // كيو
            Map.entry("\u0627\u0631", "r"), // ار
            Map.entry("\u0627\u0633", "s"), // اس
            Map.entry("\u062A\u06CC", "t"), // تي
            Map.entry("\u06CC\u0648", "u"), // يو
            Map.entry("\u0641\u06CC", "v"), // في
            Map.entry("\u06A4\u06CC", "v"), // ڤي
            Map.entry("\u0648\u06CC", "v"), // وی (Persian)
            Map.entry("\u062F\u0628\u0644\u06CC\u0648", "w"), // دبليو
            Map.entry("\u0627\u06A9\u0633", "x"), // اكس
            Map.entry("\u0648\u0627\u06CC", "y"), // واي
            Map.entry("\u0632\u062F", "z"), // زد
            Map.entry("\u0632\u06CC", "z")); // زي

    /** At most this many readings of a name's letter runs. */
    static final int MAX_VARIANTS = 12;

    private ArabicLetterNames() {
    }

    /**
     * The name with each run of two or more letter names read as Latin letters, joined and spaced,
     * each a name of its own (the other words as written); empty when the name has no such run.
     */
    public static List<String> variants(String name) {
        String[] words = name.strip().split("\\s+");
        List<List<String>> options = new ArrayList<>(); // per word: its own text, or a run's readings
        List<String> out = new ArrayList<>();
        boolean any = false;
        int i = 0;
        while (i < words.length) {
            int end = i;
            int letters = 0;
            while (end < words.length && (letter(words[end]) != null || letters > 0 && words[end].equals(".")
                    && end + 1 < words.length && letter(words[end + 1]) != null)) {
                if (letter(words[end]) != null) {
                    letters++;
                }
                end++;
            }
            if (letters >= 2) {
                options.add(runReadings(words, i, end));
                any = true;
                i = end;
            } else {
                options.add(List.of(words[i]));
                i++;
            }
        }
        if (!any) {
            return out;
        }
        List<String> names = new ArrayList<>();
        names.add("");
        for (List<String> o : options) {
            List<String> next = new ArrayList<>();
            for (String n : names) {
                for (String w : o) {
                    if (next.size() < MAX_VARIANTS) {
                        next.add(n.isEmpty() ? w : n + " " + w);
                    }
                }
            }
            names = next;
        }
        return names;
    }

    /** The letters a word in Arabic script names, or null. */
    static String letter(String word) {
        String w = Transliteration.scriptWord(word.replace(".", ""));
        return w.isEmpty() ? null : LETTERS.get(w);
    }

    /** The readings of the run of letter names words[from, to): every choice of letters, joined then spaced. */
    private static List<String> runReadings(String[] words, int from, int to) {
        List<String> spelt = new ArrayList<>();
        spelt.add("");
        for (int k = from; k < to; k++) {
            String l = letter(words[k]);
            if (l == null) {
                continue; // a dot between letters
            }
            List<String> next = new ArrayList<>();
            for (String s : spelt) {
                for (char c : l.toCharArray()) {
                    if (next.size() < MAX_VARIANTS) {
                        next.add(s + c);
                    }
                }
            }
            spelt = next;
        }
        List<String> out = new ArrayList<>();
        for (String s : spelt) {
            out.add(s);
            out.add(String.join(" ", s.split("")));
        }
        return out;
    }
}
