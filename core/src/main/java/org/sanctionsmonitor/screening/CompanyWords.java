package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of a company name made comparable, by the reviewed rows of name-matching.csv:
 * dotted legal forms joined (G.m.b.H. → gmbh, S.A. → sa, p.l.c. → plc), then phrases rewritten,
 * longest first: "limited liability company" → llc, "of the Democratic People's Republic of Korea"
 * / "of North Korea" → dprk, "of companies" dropped. (Single words, abbreviations and word forms:
 * SHPG → shipping, 2nd → second, trading → trade, meet through {@link NameMatchingConfig#canonical}.)
 */
final class CompanyWords {

    private CompanyWords() {
    }

    static List<String> rewrite(List<String> words, NameMatchingConfig c) {
        List<String> joined = joinLetters(words, c);
        if (c.rewrites().isEmpty() || !startsAPhrase(joined, c)) {
            return joined;
        }
        List<String> out = new ArrayList<>(joined.size());
        int i = 0;
        while (i < joined.size()) {
            boolean done = !c.phraseStarts().contains(joined.get(i)); // most words start no phrase: no lookups
            if (done) {
                out.add(joined.get(i++));
                continue;
            }
            // phrases only: single words (abbreviations, word forms) keep their spelling and meet through
            // NameMatchingConfig.canonical, so that a typo in them is still one edit
            for (int len = Math.min(c.longestRewrite(), joined.size() - i); len >= 2 && !done; len--) {
                String key = String.join(" ", joined.subList(i, i + len));
                String to = c.rewrites().get(key);
                if (to != null) {
                    if (!to.isEmpty()) {
                        for (String w : to.split(" ")) {
                            out.add(w);
                        }
                    }
                    i += len;
                    done = true;
                }
            }
            if (!done) {
                out.add(joined.get(i++));
            }
        }
        return out.isEmpty() ? joined : out;
    }

    private static boolean startsAPhrase(List<String> words, NameMatchingConfig c) {
        for (String w : words) {
            if (c.phraseStarts().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Runs of one-letter words that spell a legal form are one word (G.m.b.H.); other initials stay apart. */
    private static List<String> joinLetters(List<String> words, NameMatchingConfig c) {
        List<String> out = null;
        int single = 0;
        for (String w : words) {
            single += w.length() == 1 ? 1 : 0;
        }
        if (single < 2) {
            return words;
        }
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).length() != 1) {
                continue;
            }
            int j = i;
            StringBuilder b = new StringBuilder();
            while (j < words.size() && words.get(j).length() == 1) {
                b.append(words.get(j++));
            }
            if (j - i >= 2 && (c.legalForms().contains(b.toString()) || c.rewrites().containsKey(b.toString()))) {
                if (out == null) {
                    out = new ArrayList<>(words.subList(0, i));
                }
                out.add(b.toString());
                for (int k = j; k < words.size(); k++) {
                    out.add(words.get(k));
                }
                return joinLetters(out, c);
            }
            i = j - 1;
        }
        return out == null ? words : out;
    }

    /**
     * Whether the name is written as a company: its last word is a legal form, or two of its words
     * are. One legal-form word inside a name is not enough: the Tuareg "Ag" (son of) in
     * "Iyad Ag Ghali" is a person's name.
     */
    static boolean isCompany(List<String> words, NameMatchingConfig c) {
        if (words.isEmpty()) {
            return false;
        }
        if (c.legalForms().contains(words.get(words.size() - 1))) {
            return true;
        }
        int n = 0;
        for (String w : words) {
            n += c.legalForms().contains(w) ? 1 : 0;
        }
        return n >= 2;
    }
}
