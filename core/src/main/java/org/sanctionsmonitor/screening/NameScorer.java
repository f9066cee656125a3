package org.sanctionsmonitor.screening;

import java.util.List;
import java.util.Locale;

/**
 * Scores one listed name against a party name, from the features of name matching, each with its
 * explanation: a company against a person ({@code factor.company_against_person}), equality after
 * normalisation, an acronym as a whole word, the word alignment ({@link WordAlignment}: the
 * weighted share of the listed name's words found, lowered by {@code penalty.extra_words} for
 * words of the party name the listed name lacks), the word order ({@link WordOrder}), a name cut
 * short ({@link Truncation}) and middle names left out ({@link MiddleNames}).
 */
final class NameScorer {

    static final String COMPANY_NOT_PERSON = "a company (legal form) is not a person";

    private final ListedNames names;
    private final NameMatchingConfig config;
    private final WordSimilarity similarity;
    private final Truncation truncation;

    NameScorer(ListedNames names, NameMatchingConfig config, WordSimilarity similarity, Truncation truncation) {
        this.names = names;
        this.config = config;
        this.similarity = similarity;
        this.truncation = truncation;
    }

    /**
     * Scores listed name e (number {@code idx}, or -1 when unknown) against q, with the readable
     * detail when {@code withDetail}; {@code memo}, when given, holds the word similarities for q
     * (the same values, computed once).
     */
    NameScreener.Hit score(PreparedName q, NameScreener.Entry e, int idx, boolean withDetail, ScreeningScratch memo) {
        if (q.legalForm() && "individual".equals(e.entity().type())) {
            // Youngok Bank LLC is not PANG Young-ok: factor.company_against_person (0: never)
            FeatureScore f = companyAgainstPerson(config.companyAgainstPerson());
            NameScreener.Hit h = f.score() == 0 ? new NameScreener.Hit(e, 0, "fuzzy", f.explanation(), 0)
                    : scoreNames(q, e, idx, withDetail, memo);
            return f.score() == 0 || f.score() == 1 ? h : new NameScreener.Hit(e, h.score() * f.score(), h.method(),
                    h.detail() == null ? null : h.detail() + "; " + f.explanation(), h.distinctive());
        }
        return scoreNames(q, e, idx, withDetail, memo);
    }

    /** The factor a company's score against a listed individual is multiplied by, with its explanation. */
    static FeatureScore companyAgainstPerson(double factor) {
        return factor == 0 ? new FeatureScore(0, COMPANY_NOT_PERSON)
                : new FeatureScore(factor, "a company (legal form) against a person: factor " + fmt(factor));
    }

    /** The word of party name q equal as written to {@code word}, or null. */
    static NameToken wholeWord(PreparedName q, String word) {
        for (NameToken t : q.tokens()) {
            if (t.text().equals(word)) {
                return t;
            }
        }
        return null;
    }

    /**
     * A single short listed word (an acronym: KOMID) matches only as a whole, equal word of the
     * party name ({@code hit}, from {@link #wholeWord}); the party name's other words lower the score.
     */
    FeatureScore acronym(PreparedName q, NameToken hit) {
        // one listed word found among others: a generic word weighs fully (Ocean Bank Co. is not the
        // listed OCEAN INC.; see scoreNames), a place little (KOMID Pyongyang)
        double extraWeight = 0;
        for (NameToken t : q.tokens()) {
            extraWeight += t == hit ? 0 : besideOneWord(t);
        }
        double covQ = 1 / (1 + extraWeight);
        double s = 1 - config.extraWordPenalty() * (1 - covQ);
        return new FeatureScore(s, "'" + hit.text() + "' is a whole word of the name");
    }

    /**
     * The weight of a party word beside a one-word listed name: a place its usual (low) weight, any
     * other word, generic words included, the full weight 1: a generic activity word makes the one
     * word another business's name (Ocean + Bank), a place only says where it is.
     */
    private double besideOneWord(NameToken t) {
        return config.places().contains(t.text()) ? t.weight() : 1.0;
    }

    /**
     * True when a listed name is thin evidence among other words: one word, or from one to
     * {@code extra_words.thin_name_max_distinctive} distinctive words (not generic words or places).
     * A name of generic words only (INDUSTRIAL BANK) is left as it is: it alerts only when the party
     * name is exactly it, and Industrial Bank of Korea stays a possible match.
     */
    boolean thin(List<NameToken> listed) {
        if (listed.size() == 1) {
            return true;
        }
        int d = NamePreparer.distinctive(listed);
        return d >= 1 && d <= config.thinNameMaxDistinctive();
    }

    private NameScreener.Hit scoreNames(PreparedName q, NameScreener.Entry e, int idx, boolean withDetail, ScreeningScratch memo) {
        PreparedName c = e.prepared();
        if (q.spaced().equals(c.spaced())) {
            return new NameScreener.Hit(e, 1.0, "exact", "equal after normalisation", Math.max(1, NamePreparer.distinctive(c.tokens())));
        }
        List<NameToken> qt = q.tokens();
        List<NameToken> ct = c.tokens();
        if (e.acronym()) {
            NameToken hit = wholeWord(q, ct.get(0).text());
            if (hit == null) {
                return new NameScreener.Hit(e, 0, "fuzzy", "", 0);
            }
            FeatureScore f = acronym(q, hit);
            return new NameScreener.Hit(e, f.score(), "fuzzy", f.explanation(), hit.weight() >= 1.0 ? 1 : 0);
        }
        int nq = qt.size();
        int nc = ct.size();
        WordAlignment.Similarity wordSim = memo != null
                ? (i, j) -> memo.sim(i, names.wordId(names.start[idx], nc, j))
                : (i, j) -> similarity.of(qt.get(i), ct.get(j));
        WordAlignment al = WordAlignment.align(q, c, wordSim, withDetail);
        double[] qSim = al.qSim;
        double[] cSim = al.cSim;
        double covC = 0;
        for (int j = 0; j < nc; j++) {
            covC += ct.get(j).weight() * cSim[j];
        }
        covC /= c.totalWeight();
        // the party name's side: words found count by their similarity, extra words by their weight
        // (a city or "Branch" after the name weighs little; another distinctive word weighs fully)
        double found = 0;
        double extraWeight = 0;
        // a listed name of one word (legal forms aside: OCEAN INC., KUZNETSOV PAO) or of one distinctive
        // word (SILVER TECHNOLOGY LIMITED) is weak evidence among other words: there an extra generic
        // word weighs fully, so that Ocean Bank Co. or Silver Technology Group Co. is a possible match
        // for review, not an alert (a place still weighs little): extra_words.thin_name_max_distinctive
        boolean thin = thin(ct);
        for (int i = 0; i < nq; i++) {
            if (qSim[i] > 0) {
                found += qSim[i];
            } else {
                extraWeight += thin ? besideOneWord(qt.get(i)) : qt.get(i).weight();
            }
        }
        double covQ = found + extraWeight == 0 ? 0 : found / (found + extraWeight);
        double s = covC * (1 - config.extraWordPenalty() * (1 - covQ));
        FeatureScore order = WordOrder.feature(al.qToC, config.wordOrderPenalty());
        boolean reordered = !order.explanation().isEmpty();
        if (reordered) {
            s *= order.score();
        }
        // the distinctive words found; a listed name of generic words only (INDUSTRIAL BANK) counts
        // as found only when the party name is all of it and nothing else (not Industrial Bank of Korea)
        int distinctiveFound = 0;
        for (int j = 0; j < nc; j++) {
            distinctiveFound += cSim[j] > 0 && ct.get(j).weight() >= 1.0 ? 1 : 0;
        }
        if (NamePreparer.distinctive(ct) == 0 && Long.bitCount(al.cUsed) == nc && Long.bitCount(al.qUsed) == nq) {
            distinctiveFound = nc;
        }
        // two different attested names (Perović / PETROVIC, Matija / MARIJA) are not a typo of each other:
        // such a pair makes the name a possible match at most (attested.max_score, name-attested.csv)
        String attested = attestedPair(qt, ct, al, e);
        double cap = attested == null ? 1.0 : config.attestedMaxScore();
        String capped = attested(attested);
        if (attested == null) {
            // a listed organisation's word taken for a real word (Sun / SHOON, Royal / ROYPAL): not a typo
            String ordinary = ordinaryPair(qt, ct, al, e);
            if (ordinary != null) {
                cap = config.ordinaryWordMaxScore();
                capped = "; " + ordinary + ": the party word is a word of its own (name-english-words.csv or name-attested.csv), "
                        + "not a typo of the listed organisation's word: at most " + fmt(cap);
            }
        }
        double t = truncation.score(q, c);
        if (t > s) {
            return new NameScreener.Hit(e, Math.min(t, cap), "fuzzy", Truncation.EXPLANATION + capped, NamePreparer.distinctive(qt));
        }
        s = Math.min(s, cap);
        long optional = idx >= 0 ? names.optionalMiddle[idx] : "individual".equals(e.entity().type())
                ? MiddleNames.optional(ct, c.givenStart(), config.middleNameMinLength()) : 0;
        FeatureScore middle = MiddleNames.score(ct, cSim, al.extraWords(), optional, config.missingMiddlePenalty());
        if (middle != null && Math.min(middle.score(), cap) > s && !reordered) {
            return new NameScreener.Hit(e, Math.min(middle.score(), cap), "fuzzy",
                    withDetail ? "words " + String.join(", ", al.labels) + "; " + middle.explanation() + capped : null, distinctiveFound);
        }
        if (!withDetail) {
            return new NameScreener.Hit(e, s, "fuzzy", null, distinctiveFound);
        }
        List<String> labels = al.labels;
        String detail = labels.isEmpty() ? "no word in common" : "words " + String.join(", ", labels);
        int missing = al.missingWords();
        int extra = al.extraWords();
        if (missing > 0) {
            detail += "; " + missing + " listed word" + (missing > 1 ? "s" : "") + " missing";
        }
        if (extra > 0) {
            detail += "; " + extra + " extra word" + (extra > 1 ? "s" : "");
        }
        if (reordered) {
            detail += "; " + order.explanation();
        }
        return new NameScreener.Hit(e, s, "fuzzy", detail + capped, distinctiveFound);
    }

    /**
     * The first pair of aligned words that are two different attested names
     * (the party word attested, the listed word a listed person's: {@link NameMatchingConfig#anotherName}), as
     * "party / listed", or null: words found
     * equal, equal once folded or made one by the reviewed tables are not such a pair, and only a
     * listed individual's words are personal names (Tanner is a surname, but a TANKER company's
     * Tanner is its typo).
     */
    private String attestedPair(List<NameToken> qt, List<NameToken> ct, WordAlignment al, NameScreener.Entry e) {
        if (config.attestedNames().isEmpty() || !"individual".equals(e.entity().type())) {
            return null;
        }
        for (int i = 0; i < qt.size(); i++) {
            int j = al.qToC[i];
            if (j >= 0 && al.qSim[i] > 0 && al.qSim[i] < WordSimilarity.FOLDED_EQUAL
                    && config.anotherName(qt.get(i).text(), ct.get(j).text())) {
                return qt.get(i).text() + " / " + ct.get(j).text();
            }
        }
        return null;
    }

    /**
     * The first pair of aligned words, a distinctive word of a listed organisation and a different
     * party word that is a word of its own ({@link NameMatchingConfig#ordinaryWord}: an English word
     * or an attested name), as "party / listed", or null: such a party word is that word, not a typo
     * or a romanisation of the listed one (Sun / SHOON, Royal / ROYPAL, Oyama / OSAMA).
     */
    private String ordinaryPair(List<NameToken> qt, List<NameToken> ct, WordAlignment al, NameScreener.Entry e) {
        if (config.ordinaryWordMaxScore() >= 1 || "individual".equals(e.entity().type())) {
            return null;
        }
        for (int i = 0; i < qt.size(); i++) {
            int j = al.qToC[i];
            if (j >= 0 && al.qSim[i] > 0 && al.qSim[i] < 1 && ct.get(j).weight() >= 1.0
                    && config.ordinaryWord(qt.get(i).text(), ct.get(j).text())) {
                return qt.get(i).text() + " / " + ct.get(j).text();
            }
        }
        return null;
    }

    /** The explanation of an attested pair, "" when there is none. */
    private String attested(String pair) {
        return pair == null ? "" : "; " + pair + " are two different attested names (name-attested.csv), not a typo: at most "
                + fmt(config.attestedMaxScore());
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
