package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.Transliteration;

/**
 * Fuzzy name screening over every listed name, strong alias and weak alias of the loaded lists.
 *
 * <p>The parts (the thresholds, weights and word lists come from {@link NameMatchingConfig}):
 * <ol>
 * <li>{@link NamePreparer} takes both names apart into words; legal-form words and stop words
 * are dropped; generic words (KOREA, BANK, TRADE, ...) weigh {@code weight.generic}, others 1.
 * {@link ListedNames} holds the listed names so taken apart, in flat arrays.</li>
 * <li>{@link CandidateIndex} proposes candidates by token blocking: every word (by its
 * romanisation-neutral fold), its first and last three letters, and every two adjacent words
 * joined (Jia Dong / Jiadong) are keys; the candidates sharing the rarest keys are scored, at most
 * {@code index.max_candidates} per name.</li>
 * <li>{@link ScoreBound} rules out, cheaply, the candidates that cannot reach the floor.</li>
 * <li>{@link NameScorer} scores the rest from the features, each a score with its explanation:
 * {@link WordSimilarity} (Jaro–Winkler, Commons Text, with bars per word length; 1-2 letter words
 * and numbers must be equal), {@link WordAlignment} (words one to one, order-free, greedily, also
 * two adjacent words against one joined word), {@link WordOrder}, {@link Truncation} (a party name
 * cut short matches the start of a listed name), {@link MiddleNames}; a company against a person,
 * and single short listed words (acronyms: KOMID) only as a whole, equal word. The score is the
 * weighted share of the listed name's words found, lowered by {@code penalty.extra_words} for
 * words of the party name the listed name lacks.</li>
 * <li>Results are cached per distinct party name.</li>
 * </ol>
 * Thread-safe after construction (the caches are concurrent maps; scratch space is per thread).
 */
public final class NameScreener {

    /** One listed name (name, alias or weak alias) of one entry. */
    public record Entry(ListedEntity entity, String listedName, String nameType, PreparedName prepared, boolean acronym) {
    }

    /**
     * A listed name scored against a party name: the score, how it was found, the explanation,
     * and how many distinctive words of the listed name (not generic words or places) were found.
     */
    public record Hit(Entry entry, double score, String method, String detail, int distinctive) {
    }

    private final NameMatchingConfig config;
    /** Arabic-script names read by the consonants of this list's Latin spellings. */
    private final ArabicSkeletons arabic;
    /** Cyrillic words read as this list spells their sound in Latin. */
    private final CyrillicSpellings cyrillic;
    /** Words of Cyrillic company names read as the listed organisation words they are Russian forms of. */
    private final CyrillicForms cyrillicForms;
    private final NamePreparer preparer;
    private final ListedNames names;
    private final CandidateIndex index;
    private final ScoreBound bound;
    private final NameScorer scorer;
    private final Truncation truncation;
    private final WordSimilarity similarity;
    /**
     * Results by the normalised party name, and by the party name as written: each filled up to
     * cache.max_names, then no more (results never depend on them). Not a LinkedHashMap in LRU
     * order: its put runs through HashMap.putVal, whose type profile every other HashMap of the
     * JVM shares, and a polluted profile there deoptimised the screening code.
     */
    private final Map<String, List<Hit>> cache;
    private final Map<String, List<Hit>> verbatim;
    /** The caches are sized up front for at most this many names. */
    private static final int MAX_PRESIZE = 1 << 17;
    private final AtomicLong screened = new AtomicLong();
    private final AtomicLong candidatesScored = new AtomicLong();
    private final AtomicLong candidatesFullyScored = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();
    private final ThreadLocal<ScreeningScratch> scratch;

    public NameScreener(List<ListedEntity> entities, NameMatchingConfig config) {
        this.config = config;
        this.arabic = new ArabicSkeletons(entities);
        this.cyrillic = new CyrillicSpellings(entities);
        this.cyrillicForms = new CyrillicForms(entities, cyrillic);
        preparer = new NamePreparer(config);
        similarity = new WordSimilarity(config);
        truncation = new Truncation(config);
        names = new ListedNames(entities, config, preparer);
        index = new CandidateIndex(names);
        bound = new ScoreBound(names, config, truncation);
        scorer = new NameScorer(names, config, similarity, truncation);
        scratch = ThreadLocal.withInitial(() -> new ScreeningScratch(names, similarity, truncation, config.maxCandidates()));
        int max = config.cacheMaxNames();
        // sized for every name they may hold, so that they never resize: a lookup that meets a
        // table being resized takes a path (ConcurrentHashMap's forwarding node) the JIT compiled
        // this method without, and throws the compiled code away (a deoptimisation, then a recompilation)
        cache = new ConcurrentHashMap<>(Math.min(config.cacheMaxNames(), MAX_PRESIZE));
        verbatim = new ConcurrentHashMap<>(Math.min(config.cacheMaxNames(), MAX_PRESIZE));
    }

    public NameMatchingConfig config() {
        return config;
    }

    /** Listed names indexed (vessels and aircraft are left out). */
    public int size() {
        return names.size();
    }

    /** Distinct party names scored (cache misses). */
    public long namesScreened() {
        return screened.get();
    }

    /** Listed names proposed by the index (and looked at by the bound) in total, over all distinct party names. */
    public long candidatesScored() {
        return candidatesScored.get();
    }

    /** Of those, the listed names the bound let through to full scoring. */
    public long candidatesFullyScored() {
        return candidatesFullyScored.get();
    }

    public long cacheHits() {
        return cacheHits.get();
    }

    /**
     * The listed entries a party name may be, best first: per entry its best-scoring name, kept
     * when a strong name scores at least {@code threshold.review} or a weak alias at least
     * {@code threshold.weak_alias}; at most {@code index.max_matches}.
     */
    public List<Hit> screen(String partyName) {
        // party names repeat verbatim (the same counterparty in many records): that lookup spares
        // taking the name apart and the cache by normalised name below
        if (partyName == null) {
            return List.of();
        }
        List<Hit> seen = verbatim.get(partyName);
        if (seen != null) {
            cacheHits.incrementAndGet();
            return seen;
        }
        List<Hit> result = screenPrepared(partyName);
        if (verbatim.size() < config.cacheMaxNames()) {
            verbatim.putIfAbsent(partyName, result);
        }
        return result;
    }

    /**
     * A name in another script is screened as written (lists give names in Hangul, Han, Cyrillic)
     * and in each of its Latin readings ({@link Transliteration}); per entry the best hit is kept,
     * and a hit found through a reading says which.
     */
    private List<Hit> screenPrepared(String written) {
        // an Arabic abbreviation is read in one form whatever its dots and spaces (ش. م. ل. / ش.م.ل)
        String partyName = ArabicSkeletons.isArabic(written) ? ArabicSkeletons.abbreviations(written) : written;
        // an Arabic word the reviewed table does not hold is read as the list spells its consonants
        List<Transliteration.Reading> readings = scriptReadings(partyName);
        if (!readings.isEmpty() && CyrillicSpellings.isCyrillic(partyName)) {
            readings = cyrillicReadings(partyName, readings);
            readings = lookAlikeReadings(partyName, readings);
        }
        List<String> lettered = List.of();
        if (!readings.isEmpty() && ArabicSkeletons.isArabic(partyName)) {
            readings = withOtherSpellings(partyName, readings);
            lettered = ArabicLetterNames.variants(partyName);
            readings = withLetterNames(lettered, readings);
        }
        if (readings.isEmpty()) {
            return screenOne(written);
        }
        Map<ListedEntity, Hit> best = new IdentityHashMap<>();
        for (Hit h : screenOne(written)) {
            best.merge(h.entry().entity(), h, (a, b) -> better(a, b) ? a : b);
        }
        for (Transliteration.Reading r : readings) {
            boolean translated = r.how().contains(TRANSLATED);
            for (Hit h : screenOne(r.text())) {
                double score = translated ? orderFree(h) : h.score();
                Hit read = new Hit(h.entry(), score, "transliterated",
                        "read as '" + r.text() + "' (" + r.how() + "); " + (h.detail() == null ? "" : h.detail())
                                + (score != h.score() ? " (not counted in a translation)" : ""), h.distinctive());
                best.merge(h.entry().entity(), read, (a, b) -> better(a, b) ? a : b);
            }
        }
        if (ArabicSkeletons.isArabic(partyName)) {
            targeted(partyName, readings, best);
            for (String v : lettered) {
                if (ArabicSkeletons.isArabic(v)) {
                    targeted(v, readings, best);
                }
            }
        }
        List<Hit> out = new ArrayList<>(best.values());
        out.sort(BEST_FIRST);
        return List.copyOf(out.size() > config.maxMatches() ? out.subList(0, config.maxMatches()) : out);
    }

    /**
     * A name in Arabic script read after each listed name whose words agree with its words
     * ({@link ArabicSkeletons#targets}); a reading made for one listed name counts only for that
     * name (read after AW-MOHAMUD, Ahmed Abdi, محمود علی احمد is not evidence for another name).
     */
    private void targeted(String partyName, List<Transliteration.Reading> readings, Map<ListedEntity, Hit> best) {
        List<String> words = scriptWords(partyName, "[\\s,;()]+");
        java.util.Set<String> done = new java.util.HashSet<>();
        readings.forEach(r -> done.add(r.text()));
        java.util.function.UnaryOperator<String> fallback = w -> config.transliteration().bySpellingFirst(w, x -> arabic.spell(x));
        List<ArabicSkeletons.Target> targets = new ArrayList<>(arabic.targets(words, ARABIC_TARGETS, fallback));
        // Persian writes one name as two words or joins two (قره باغی, Qarabaghi; رحمت اله, Rahmatollah; زارع‌پور
        // with a zero-width non-joiner): the name also with each two adjacent words as one, and split at the non-joiner
        targets.addAll(joinedTargets(words, fallback, false));
        // one word for two listed words (محمدحسین, Mohammad Hossein): split where both parts are words of one listed name
        targets.addAll(arabic.splitTargets(words, ARABIC_TARGETS, fallback));
        if (partyName.indexOf('\u200C') >= 0) {
            targets.addAll(arabic.targets(scriptWords(partyName, "[\\s,;()\u200C]+"), ARABIC_TARGETS, fallback));
        }
        // a company name: its company words in English (name-script-translations.csv), the others read after the listed names
        List<org.sanctionsmonitor.normalize.ScriptTranslations.Piece> pieces = config.transliteration().translations().translateWords(words, false);
        if (pieces != null) {
            List<String> mixed = new ArrayList<>();
            for (var p : pieces) {
                mixed.add(p.text());
            }
            targets.addAll(arabic.targets(mixed, ARABIC_TARGETS, fallback, true));
            // and, as for the name as written, with two adjacent words joined or one word split in two (ابرآروان, Abr Arvan)
            targets.addAll(joinedTargets(mixed, fallback, true));
            targets.addAll(arabic.splitTargets(mixed, ARABIC_TARGETS, fallback));
        }
        java.util.Set<ArabicSkeletons.Target> seen = new java.util.HashSet<>();
        for (ArabicSkeletons.Target t : targets) {
            if (Transliteration.needsReading(t.reading()) || done.contains(t.reading()) || !seen.add(t)) {
                continue;
            }
            for (Hit h : screenOne(t.reading())) {
                if (!h.entry().listedName().equals(t.listedName())) {
                    continue;
                }
                double score = orderFree(h);
                Hit read = new Hit(h.entry(), score, "transliterated", "read as '" + t.reading()
                        + "' (word by word as the listed name spells the consonants where they agree); "
                        + (h.detail() == null ? "" : h.detail()) + (score != h.score() ? " (not counted across scripts)" : ""), h.distinctive());
                best.merge(h.entry().entity(), read, (a, b) -> better(a, b) ? a : b);
            }
        }
    }

    /**
     * The readings of a Cyrillic name besides the table's and BGN/PCGN's: the words the
     * script-word table lacks as the list spells their sound, a company name's words as the listed
     * organisation words they are Russian forms of, and the passport and national readings
     * ({@link CyrillicReadings}), after {@code readings}, so they only add hits.
     */
    private List<Transliteration.Reading> cyrillicReadings(String partyName, List<Transliteration.Reading> readings) {
        readings = withListSpellings(readings, config.transliteration().readings(partyName, cyrillic::spell),
                " (a word the table lacks as the list spells its sound)");
        if (readings.stream().anyMatch(r -> r.how().contains(TRANSLATED))) { // a company name
            readings = withListSpellings(readings, config.transliteration().readings(partyName,
                    w -> cyrillicForms.readForm(w, config.transliteration().translations()::loanword)),
                    " (a word the table lacks as the listed organisation word it is a Russian form of)");
            for (boolean split : new boolean[] {false, true}) {
                String listedFirst = cyrillicForms.companyReading(partyName, config.transliteration(), split);
                if (listedFirst != null) {
                    readings = withListSpellings(readings, List.of(new Transliteration.Reading(listedFirst, "company words translated ("
                            + TRANSLATED + "), the others as the list spells them or the listed organisation words they are Russian forms of"
                            + (split ? ", words taken apart at hyphens and initials" : ""))), "");
                }
            }
        }
        readings = withListSpellings(readings, CyrillicReadings.readings(partyName, config.transliteration()).stream()
                .map(n -> new Transliteration.Reading(n.text(), n.how())).toList(), "");
        return withYo(partyName, readings);
    }

    /**
     * A Cyrillic name read once more with each word whose letter е stands for ё spelt as the list
     * spells it ({@link CyrillicSpellings#spellYo}: Денис Андреевич Парфенов, denis andreevich
     * parfyonov), the other words as the table, else BGN/PCGN, reads them; after the other readings.
     */
    private List<Transliteration.Reading> withYo(String partyName, List<Transliteration.Reading> readings) {
        boolean[] any = {false};
        String yo = config.transliteration().bySpellingFirst(partyName, w -> {
            String s = cyrillic.spellYo(w);
            any[0] |= s != null;
            return s;
        });
        if (!any[0] || yo.isEmpty()) {
            return readings;
        }
        return withListSpellings(readings, List.of(new Transliteration.Reading(yo,
                "Cyrillic е read as ё where the list spells the word so (yo), the other words as OFAC spells them, else by BGN/PCGN")), "");
    }

    /**
     * A Cyrillic name with a short word of Latin letters that look like Cyrillic ones (Общество C
     * Ограниченной Ответственностью typed with a Latin C: {@link CyrillicReadings#lookAlikes}) read
     * once more, from the name with those letters in Cyrillic, so that the table's phrases and
     * words meet it; the readings as written come first.
     */
    private List<Transliteration.Reading> lookAlikeReadings(String partyName, List<Transliteration.Reading> readings) {
        String asCyrillic = CyrillicReadings.lookAlikes(partyName);
        if (asCyrillic.equals(partyName)) {
            return readings;
        }
        List<Transliteration.Reading> more = scriptReadings(asCyrillic);
        return withListSpellings(readings, cyrillicReadings(asCyrillic, more), " (Latin look-alike letters read as Cyrillic)");
    }

    /**
     * The targets of the name with each two adjacent words as one (with {@code translated}, a name
     * whose company words are in English: two adjacent words in Arabic script only).
     */
    private List<ArabicSkeletons.Target> joinedTargets(List<String> words, java.util.function.UnaryOperator<String> fallback, boolean translated) {
        List<ArabicSkeletons.Target> targets = new ArrayList<>();
        for (int i = 0; i + 1 < words.size() && words.size() <= ARABIC_JOINED_MAX_WORDS; i++) {
            if (words.get(i).equals("\u0639\u0628\u062F") && !words.get(i + 1).startsWith("\u0627\u0644")) {
                continue; // عبد and a name: Abd / Abdul and that name, as ArabicSkeletons.spell reads them (عبد علی is not Abdullah);
                          // before the article one compound (عبد الرحمن, Abdulrahman)
            }
            if (translated && !(ArabicSkeletons.isArabic(words.get(i)) && ArabicSkeletons.isArabic(words.get(i + 1)))) {
                continue;
            }
            List<String> joined = new ArrayList<>(words.subList(0, i));
            joined.add(words.get(i) + words.get(i + 1));
            joined.addAll(words.subList(i + 2, words.size()));
            targets.addAll(arabic.targets(joined, ARABIC_TARGETS, fallback, translated));
        }
        return targets;
    }

    /** The party name's words split at {@code separators}, each folded as a word of its script (empty ones left out). */
    private static List<String> scriptWords(String partyName, String separators) {
        List<String> words = new ArrayList<>();
        for (String w : partyName.split(separators)) {
            String f = Transliteration.scriptWord(w);
            if (!f.isEmpty()) {
                words.add(f);
            }
        }
        return words;
    }

    /**
     * The readings, then those of {@code more} that are not among them, each saying {@code why}:
     * a Cyrillic name is read again with the words the script-word table lacks spelt as the list
     * spells their sound ({@link CyrillicSpellings}), after the other readings, so it only adds hits.
     */
    private static List<Transliteration.Reading> withListSpellings(List<Transliteration.Reading> readings,
                                                                   List<Transliteration.Reading> more, String why) {
        java.util.LinkedHashMap<String, Transliteration.Reading> all = new java.util.LinkedHashMap<>();
        readings.forEach(r -> all.put(r.text(), r));
        for (Transliteration.Reading r : more) {
            all.putIfAbsent(r.text(), new Transliteration.Reading(r.text(), r.how() + why));
        }
        return List.copyOf(all.values());
    }

    /** What the readings translated through name-script-translations.csv say of themselves. */
    private static final String TRANSLATED = "name-script-translations.csv";

    /**
     * The score of a hit through a translated reading without the word-order penalty: a translation
     * keeps the other language's word order (Russian genitive chains, Persian and Arabic head noun
     * first: Фонда Защиты Национальных Ценностей is The Foundation for National Values Protection),
     * which says nothing about the name. The scorer multiplies by 1 - penalty.word_order last (a
     * reordered hit takes neither the truncation nor the middle-name branch), so dividing undoes it.
     */
    private double orderFree(Hit h) {
        if (h.detail() == null || !h.detail().contains(WordOrder.EXPLANATION)) {
            return h.score();
        }
        return Math.min(1.0, h.score() / (1 - config.wordOrderPenalty()));
    }

    /** How many listed spellings of an ambiguous Arabic skeleton are read (the most frequent, then the next ones). */
    private static final int ARABIC_SPELLINGS = 5;

    /**
     * The readings of a name in Arabic script; then the same with each word the script-word table
     * lacks spelt as the next listed spellings of its consonant skeleton (the second, the third,
     * ...); then the name read with each word spelt as the list spells its skeleton first (before
     * the table), in turn with the most frequent agreeing listed spelling and the next ones; the
     * new readings only.
     */
    private List<Transliteration.Reading> withOtherSpellings(String partyName, List<Transliteration.Reading> readings) {
        java.util.LinkedHashMap<String, Transliteration.Reading> all = new java.util.LinkedHashMap<>();
        readings.forEach(r -> all.put(r.text(), r));
        for (int rank = 1; rank < ARABIC_SPELLINGS; rank++) {
            int k = rank;
            for (Transliteration.Reading r : config.transliteration().readings(partyName, w -> arabic.spell(w, k), w -> arabic.loanword(w, k))) {
                all.putIfAbsent(r.text(), new Transliteration.Reading(r.text(), r.how()
                        + " (where a skeleton has several listed spellings, the no. " + (k + 1) + ")"));
            }
        }
        for (int rank = 0; rank < ARABIC_SPELLINGS; rank++) {
            int k = rank;
            String t = config.transliteration().bySpellingFirst(partyName, w -> arabic.spell(w, k));
            if (!t.isEmpty()) {
                all.putIfAbsent(t, new Transliteration.Reading(t, "read word by word as the list spells the consonants"
                        + (k == 0 ? "" : " (where a skeleton has several listed spellings, the no. " + (k + 1) + ")")
                        + ", else as OFAC spells the words (name-script-words.csv), else by ICU Any-Latin"));
            }
        }
        return List.copyOf(all.values());
    }

    /**
     * The readings, then those of each name with its letter names read as Latin letters
     * ({@link ArabicLetterNames#variants}: إم إس دي م.د.م.س, msd m.d.m.s), made as the name's own
     * (a name left without Arabic script is a reading as it is).
     */
    private List<Transliteration.Reading> withLetterNames(List<String> lettered, List<Transliteration.Reading> readings) {
        String why = " (letters written out by their English names read as the letters)";
        for (String v : lettered) {
            List<Transliteration.Reading> more = ArabicSkeletons.isArabic(v)
                    ? withOtherSpellings(v, scriptReadings(v))
                    : List.of(new Transliteration.Reading(v, "as written"));
            readings = withListSpellings(readings, more, why);
        }
        return readings;
    }

    /**
     * The name's readings by the reviewed tables, else by ICU: an Arabic word the script-word table
     * does not hold read as the list spells its consonants (or as a listed loanword).
     */
    private List<Transliteration.Reading> scriptReadings(String name) {
        return config.transliteration().readings(name, arabic::spell, w -> arabic.loanword(w, 0));
    }

    /** A name in Arabic script of at most this many words is also read with two adjacent words joined. */
    private static final int ARABIC_JOINED_MAX_WORDS = 6;

    /** How many listed names a name in Arabic script is read after ({@link ArabicSkeletons#targets}). */
    private static final int ARABIC_TARGETS = 8;

    private List<Hit> screenOne(String partyName) {
        PreparedName q = preparer.prepare(partyName);
        if (q.tokens().isEmpty()) {
            return List.of();
        }
        // the key is the normalised name, and whether a legal form made it a company
        // (concatenated only when a part is there: joining an empty string is a path the JIT first compiled without)
        String key = q.spaced();
        if (q.legalForm()) {
            key += "\u0000org";
        }
        if (truncation.fieldFull(q)) {
            key += "\u0000full";
        }
        List<Hit> cached = cache.get(key);
        if (cached != null) {
            cacheHits.incrementAndGet();
            return cached;
        }
        List<Hit> result = compute(q);
        if (cache.size() < config.cacheMaxNames()) {
            cache.putIfAbsent(key, result);
        }
        return result;
    }

    private List<Hit> compute(PreparedName q) {
        screened.incrementAndGet();
        ScreeningScratch scratch = this.scratch.get();
        int[] candidates = index.candidates(q, scratch);
        candidatesScored.addAndGet(candidates.length);
        scratch.start(q);
        // made at the first hit: most party names have none, and an empty IdentityHashMap (a table
        // of 64 references) per name was allocated for nothing
        Map<ListedEntity, Hit> best = null;
        int fully = 0;
        int[] flagsOf = scratch.candidateFlags;
        names.touch(candidates, flagsOf, scratch.candidateTouched);
        for (int c = 0; c < candidates.length; c++) {
            int idx = candidates[c];
            int flags = flagsOf[c];
            double threshold = config.floor();
            if ((flags & ListedNames.ACRONYM) == 0 && !bound.mayReach(q, idx, scratch, threshold)) {
                continue; // cannot reach the threshold: the full scoring would drop it too
            }
            Entry e = names.entry(idx);
            fully++;
            Hit h = scorer.score(q, e, idx, false, scratch);
            if (h.score() < threshold) {
                continue;
            }
            if (h.detail() == null) {
                h = scorer.score(q, e, idx, true, scratch);
            }
            if (best == null) {
                best = new IdentityHashMap<>();
            }
            best.merge(e.entity(), h, (a, b) -> better(a, b) ? a : b);
        }
        candidatesFullyScored.addAndGet(fully);
        if (best == null) {
            return List.of();
        }
        List<Hit> out = new ArrayList<>(best.values());
        out.sort(BEST_FIRST);
        return List.copyOf(out.size() > config.maxMatches() ? out.subList(0, config.maxMatches()) : out);
    }

    /**
     * Highest score first, then by list, entry id and listed name. Written out rather than built
     * from Comparator.comparing: those combinators' lambdas are shared by every comparator of the
     * JVM, so their call sites see many key extractors, and the compiled sort was thrown away.
     */
    private static final Comparator<Hit> BEST_FIRST = new Comparator<>() {
        @Override
        public int compare(Hit a, Hit b) {
            int c = Double.compare(b.score(), a.score());
            if (c == 0) {
                c = a.entry().entity().listSource().compareTo(b.entry().entity().listSource());
            }
            if (c == 0) {
                c = a.entry().entity().entityId().compareTo(b.entry().entity().entityId());
            }
            return c != 0 ? c : a.entry().listedName().compareTo(b.entry().listedName());
        }
    };

    private static boolean better(Hit a, Hit b) {
        if (a.score() != b.score()) {
            return a.score() > b.score();
        }
        return rank(a.entry().nameType()) <= rank(b.entry().nameType());
    }

    private static int rank(String type) {
        return switch (type) {
            case "name" -> 0;
            case "alias" -> 1;
            default -> 2;
        };
    }

    /** Takes a name apart ({@link NamePreparer}). */
    PreparedName prepare(String name) {
        return preparer.prepare(name);
    }

    /** Candidate entries by token blocking ({@link CandidateIndex}), with this thread's scratch space. */
    int[] candidates(PreparedName q) {
        return index.candidates(q, scratch.get());
    }

    /** Scores one listed name against a prepared party name (with a readable detail). */
    Hit score(PreparedName q, Entry e) {
        return scorer.score(q, e, -1, true, null);
    }

    /** The bound ({@link ScoreBound}) with this thread's scratch space, for tests. */
    boolean mayReach(PreparedName q, Entry e, double threshold) {
        ScreeningScratch s = scratch.get();
        s.start(q);
        return bound.mayReach(q, names.indexOf(e), s, threshold);
    }

    /** The truncation rule ({@link Truncation}), for tests. */
    double truncation(PreparedName q, PreparedName c) {
        return truncation.score(q, c);
    }

    /** The word similarity ({@link WordSimilarity}), for tests. */
    WordSimilarity similarity() {
        return similarity;
    }

    /** For tests and the evaluation: the entries indexed. */
    List<Entry> entries() {
        return List.copyOf(names.entries);
    }

    @Override
    public String toString() {
        return "NameScreener[" + names.size() + " names, " + index.keyCount() + " keys]";
    }
}
