package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.List;

import org.sanctionsmonitor.normalize.NameTokens;

/**
 * Takes a name apart for screening: words ({@link NameTokens}), company words rewritten
 * ({@link CompanyWords}), legal forms and stop words dropped (unless nothing else is left),
 * each word weighed (generic words and places weigh {@code weight.generic}) and folded.
 */
final class NamePreparer {

    /** Words of a name beyond this many are not screened. */
    static final int MAX_TOKENS = 30;

    private final NameMatchingConfig config;

    NamePreparer(NameMatchingConfig config) {
        this.config = config;
    }

    /** Takes a name apart: words, legal forms and stop words dropped (unless nothing else is left). */
    PreparedName prepare(String name) {
        List<String> raw = NameTokens.tokens(name);
        List<String> words = CompanyWords.rewrite(raw, config);
        List<String> kept = new ArrayList<>(words.stream()
                .filter(w -> !config.legalForms().contains(w) && !config.stopwords().contains(w)).toList());
        // a name cut short inside its legal form ("... MANAGEMENT COM"): the stump is not a word
        if (kept.size() > 1) {
            String last = kept.get(kept.size() - 1);
            if (last.length() >= 3 && words.get(words.size() - 1).equals(last)
                    && config.legalForms().stream().anyMatch(f -> f.length() > last.length() && f.startsWith(last))) {
                kept.remove(kept.size() - 1);
            }
        }
        if (kept.isEmpty()) {
            kept = words;
        }
        if (kept.size() > MAX_TOKENS) {
            kept = kept.subList(0, MAX_TOKENS);
        }
        List<NameToken> tokens = new ArrayList<>(kept.size());
        double total = 0;
        for (String w : kept) {
            String canon = config.canonical(w);
            double weight = config.generic().contains(w) || config.places().contains(w) || config.generic().contains(canon)
                    ? config.genericWeight() : 1.0;
            tokens.add(new NameToken(w, NameTokens.fold(canon), weight, w.chars().allMatch(Character::isDigit),
                    config.knownNames().contains(w)));
            total += weight;
        }
        String[] pairs = new String[Math.max(0, tokens.size() - 1)];
        for (int i = 0; i + 1 < tokens.size(); i++) {
            pairs[i] = tokens.get(i).folded() + tokens.get(i + 1).folded();
        }
        boolean legalForm = CompanyWords.isCompany(words, config);
        int comma = name.indexOf(',');
        int givenStart = -1;
        if (comma > 0) {
            givenStart = (int) NameTokens.tokens(name.substring(0, comma)).stream()
                    .filter(w -> !config.legalForms().contains(w) && !config.stopwords().contains(w)).count();
            givenStart = givenStart > 0 && givenStart < tokens.size() ? givenStart : -1;
        }
        return new PreparedName(tokens, pairs, String.join(" ", kept), total, legalForm, givenStart, name.strip().length(), raw);
    }

    /** Distinctive words (not generic words or places) among the tokens. */
    static int distinctive(List<NameToken> tokens) {
        int n = 0;
        for (NameToken t : tokens) {
            n += t.weight() >= 1.0 ? 1 : 0;
        }
        return n;
    }
}
