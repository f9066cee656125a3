package org.sanctionsmonitor.screening;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sanctionsmonitor.finding.Parameter;
import org.sanctionsmonitor.finding.ReferenceRow;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.normalize.NameTokens;
import org.sanctionsmonitor.normalize.Transliteration;
import org.sanctionsmonitor.reference.ReferenceTable;

/**
 * The name-matching thresholds, weights and word lists, read from the reviewed reference table
 * {@code rules/reference/name-matching.csv} ({@code kind,name,value,rationale}; kind is
 * {@code setting}, {@code legal_form}, {@code stopword}, {@code generic}, {@code place} or
 * {@code known_name}). Every setting must be
 * present and in range; a problem stops the run like a rule that does not compile (exit 3).
 */
public record NameMatchingConfig(
        double floor,
        double alert,
        double review,
        double weakAlias,
        int minDistinctiveWords,
        double companyAgainstPerson,
        List<Parameter> parameters,
        double tokenMin,
        double tokenMinShort,
        int shortLength,
        int maxEdits,
        int extraEditFromLength,
        double genericWeight,
        double extraWordPenalty,
        double wordOrderPenalty,
        int truncationMinChars,
        double truncationMinRatio,
        double truncationFactor,
        List<Integer> truncationFieldLengths,
        int acronymMaxLength,
        double dobDiscount,
        double nationalityDiscount,
        int dobToleranceDays,
        int maxCandidates,
        int maxMatches,
        int cacheMaxNames,
        double missingMiddlePenalty,
        int middleNameMinLength,
        int thinNameMaxDistinctive,
        double attestedMaxScore,
        Set<String> attestedNames,
        double ordinaryWordMaxScore,
        Set<String> englishWords,
        Set<String> legalForms,
        Set<String> stopwords,
        Set<String> generic,
        Set<String> places,
        Set<String> knownNames,
        Transliteration transliteration,
        Map<String, String> equivalentWords,
        Map<String, String> equivalentInitials,
        Map<String, String> rewrites,
        int longestRewrite,
        Set<String> phraseStarts) {

    public static final String FILE = "reference/name-matching.csv";

    public NameMatchingConfig {
        legalForms = Set.copyOf(legalForms);
        stopwords = Set.copyOf(stopwords);
        generic = Set.copyOf(generic);
        places = Set.copyOf(places);
        knownNames = Set.copyOf(knownNames);
        attestedNames = Set.copyOf(attestedNames);
        englishWords = Set.copyOf(englishWords);
        parameters = List.copyOf(parameters);
        equivalentWords = Map.copyOf(equivalentWords);
        equivalentInitials = Map.copyOf(equivalentInitials);
        rewrites = Map.copyOf(rewrites);
        phraseStarts = Set.copyOf(phraseStarts);
    }


    public static final String EQUIVALENCES = "reference/name-equivalences.csv";

    /** The attested personal names near the words of listed people (name,sources,rationale). */
    public static final String ATTESTED = "reference/name-attested.csv";

    /** Ordinary English words near the words of listed organisations (word,sources,rationale). */
    public static final String ENGLISH = "reference/name-english-words.csv";

    /**
     * True when a party word taken for a different word of a listed organisation is itself a word
     * of its own: an ordinary English word (rules/reference/name-english-words.csv: Sun against
     * SHOON, Royal against ROYPAL) or an attested personal name of other consonants ({@link
     * #anotherName}: Oyama against OSAMA, Zoran against ZORAH; Soran against SOURAN is a spelling);
     * a typo rarely spells a real word. A word cut short or given an ending (the start of the other),
     * two adjacent letters swapped, and words of {@code token.extra_edit_from_length} (10) letters or
     * more (Infrastructure / INFRASTRACTURE: a long word a letter off is a misspelling) are the same word.
     */
    public boolean ordinaryWord(String partyWord, String listedWord) {
        if (!englishWords.contains(partyWord) && !attestedNames.contains(partyWord)) {
            return false; // most words are in neither table: the set lookups go first
        }
        if (Math.max(partyWord.length(), listedWord.length()) >= extraEditFromLength) {
            return false; // a long word a letter off a listed one is its misspelling (Infrastructure / INFRASTRACTURE): few words are that near
        }
        if (partyWord.equals(listedWord) || canonical(partyWord).equals(canonical(listedWord))
                || listedWord.startsWith(partyWord) || partyWord.startsWith(listedWord) || adjacentSwap(partyWord, listedWord)) {
            return false; // one word: the tables make it one, a word cut short or given an ending (Helper / HELPERS), a swap (Chatrer)
        }
        return englishWords.contains(partyWord) || anotherName(partyWord, listedWord);
    }

    /**
     * True when two different words of people's names are both attested names
     * (rules/reference/name-attested.csv) and differ in their consonants, not only in their vowels
     * or doubled letters ({@link #consonants}): Perović is another surname than PETROVIC, Matija
     * another given name than MARIJA, not a typo of it; Mohamad and Mohammad, both attested, are
     * spellings of one name.
     */
    public boolean attestedDifferent(String a, String b) {
        return attestedNames.contains(b) && anotherName(a, b);
    }

    /**
     * True when party word {@code a}, an attested name, is another name than {@code listed}, a word of
     * a listed person's name (a name, attested by the list itself, whether or not another source holds
     * it: Petkov is not PESKOV, Kostov is not KOSOV): they differ in their consonants ({@link
     * #consonants}) or by the nisba ({@link #nisba}), and not by two adjacent letters swapped.
     */
    public boolean anotherName(String a, String listed) {
        return !a.equals(listed) && attestedNames.contains(a)
                && (!consonants(a).equals(consonants(listed)) || nisba(a, listed) || nisba(listed, a)) && !adjacentSwap(a, listed);
    }

    /**
     * True when {@code derived} is {@code name} with the surname-forming suffix -i (the nisba of
     * Persian and Arabic surnames: Hosseini "of Hussein", Rahimi, Karimi): it ends in a consonant and
     * an i, where {@code name} ends in that consonant. The consonants agree, but the surname
     * derived from a given name is another name, not its spelling.
     */
    static boolean nisba(String derived, String name) {
        int n = derived.length();
        int m = name.length();
        return n >= 4 && m >= 3 && derived.charAt(n - 1) == 'i' && "aeiouy".indexOf(derived.charAt(n - 2)) < 0
                && name.charAt(m - 1) == derived.charAt(n - 2);
    }

    /**
     * True when two words differ only by two adjacent letters swapped (Jospeh / Joseph): the typo
     * itself, even where a name list holds it, not another name.
     */
    static boolean adjacentSwap(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /**
     * A word's consonants in order, as romanisations spell them alike: x as cs, ch, tch, ck, k and q
     * as c, ph, f and w as v (Popoff / Popov, Petrovich / Petrovic, Aleksandrov / Alexandrov), dj as
     * j, a j after a vowel and not before one as the vowel y it writes (Vitalij / Vitaliy), an h after
     * a consonant or at the end left out (Shahid / Sahid, Salameh / Salame), the Arabic article's l
     * of abdul-, abdel- left out as the sun letters assimilate it (Abdulrahman / Abdurrahman /
     * Abdirahman); vowels and y left out and a repeated consonant as one (the skeleton the evaluation
     * also uses to tell a respelt listed name): hussein and hosseini are both hsn. Only a letter
     * doubled as written is one (Mohammad / Mohamad); the same consonant again after a vowel is
     * another syllable (Contreras / Contreas: cntrrs, cntrs).
     */
    static String consonants(String w) {
        String s = w.replace("x", "cs").replace("tch", "c").replace("ch", "c").replace("ck", "c").replace('k', 'c')
                .replace('q', 'c').replace("ph", "v").replace('f', 'v').replace('w', 'v').replace("dj", "j");
        if (s.length() > 5 && s.startsWith("abd") && "aeiu".indexOf(s.charAt(3)) >= 0 && s.charAt(4) == 'l') {
            s = "abd" + s.substring(5);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean afterVowel = i > 0 && "aeiouy".indexOf(s.charAt(i - 1)) >= 0;
            boolean beforeVowel = i + 1 < s.length() && "aeiouy".indexOf(s.charAt(i + 1)) >= 0;
            if ("aeiouy".indexOf(c) >= 0 || (i > 0 && s.charAt(i - 1) == c && b.length() > 0 && b.charAt(b.length() - 1) == c)
                    || (c == 'h' && i > 0 && (!afterVowel || i == s.length() - 1))
                    || (c == 'j' && afterVowel && !beforeVowel)) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Reads name-attested.csv (name,sources,rationale; one word per row, its sources and a rationale on every row). */
    private static Set<String> attested(Path rulesFolder, List<String> problems) {
        return words(rulesFolder, ATTESTED, "name", problems);
    }

    /** Reads a table of single words with their sources and a rationale on every row (name-attested.csv, name-english-words.csv). */
    private static Set<String> words(Path rulesFolder, String file, String first, List<String> problems) {
        ReferenceTable t = table(rulesFolder, file, List.of(first, "sources", "rationale"), problems);
        if (t == null) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        for (ReferenceRow row : t.rows()) {
            long line = row.source().line();
            List<String> words = NameTokens.tokens(cell(row, first));
            if (words.size() != 1) {
                problems.add(t.display() + ":" + line + ":1 expected one word, not '" + cell(row, first) + "'");
            } else if (cell(row, "sources").isBlank() || cell(row, "rationale").isBlank()) {
                problems.add(t.display() + ":" + line + ": every row needs its sources and its rationale");
            } else {
                names.add(words.get(0));
            }
        }
        return names;
    }

    /**
     * A name's words as the screening compares them once the reviewed tables are applied: phrases
     * and legal forms rewritten (limited liability company → llc), legal forms and stop words
     * dropped, each word replaced by the word it stands for (trading → trade, Park → pak), sorted.
     * Two names with the same key are the same name in the matcher's eyes, whatever the order of
     * their words and their legal forms.
     */
    public String nameKey(String name) {
        return CompanyWords.rewrite(org.sanctionsmonitor.normalize.NameTokens.tokens(name), this).stream()
                .filter(w -> !legalForms().contains(w) && !stopwords().contains(w))
                .map(this::canonical).sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * The word a written word stands for in folding (rules/reference/name-equivalences.csv): a
     * listed spelling (Park → pak), else a listed word start (Ryonbong → yonbong), else the word.
     */
    public String canonical(String word) {
        // an abbreviation or word form (SHPG → shipping, trading → trade), followed one step further
        // (TRDG → trading → trade: the abbreviation must meet the word form the full word meets)
        for (int step = 0; step < 2; step++) {
            String r = rewrites.get(word);
            if (r == null || r.isEmpty() || r.indexOf(' ') >= 0 || r.equals(word)) {
                break;
            }
            word = r;
        }
        String w = equivalentWords.get(word);
        if (w != null) {
            return w;
        }
        if (word.length() >= 3) {
            String start = equivalentInitials.get(word.substring(0, 3));
            if (start != null) {
                return start + word.substring(3);
            }
        }
        return word;
    }

    /** Reads name-equivalences.csv (kind,written,canonical,rationale; kind word or initial; a rationale on every row). */
    private static void equivalences(Path rulesFolder, Map<String, String> words, Map<String, String> initials, List<String> problems) {
        ReferenceTable t = table(rulesFolder, EQUIVALENCES, List.of("kind", "written", "canonical", "rationale"), problems);
        if (t == null) {
            return;
        }
        for (ReferenceRow row : t.rows()) {
            long line = row.source().line();
            String written = cell(row, "written").toLowerCase(Locale.ROOT);
            String canonical = cell(row, "canonical").toLowerCase(Locale.ROOT);
            if (!written.matches("[a-z]+") || !canonical.matches("[a-z]+")) {
                problems.add(t.display() + ":" + line + ":2 written and canonical must be single words of letters a-z");
            } else if (row.get("rationale") == null) {
                problems.add(t.display() + ":" + line + ":4 every row needs its rationale");
            } else if (cell(row, "kind").equals("word")) {
                words.put(written, canonical);
            } else if (cell(row, "kind").equals("initial") && written.length() == 3) {
                initials.put(written, canonical);
            } else {
                problems.add(t.display() + ":" + line + ":1 kind must be word, or initial with a 3-letter start");
            }
        }
    }

    /**
     * Reads one of the name tables through the one reference-table loader, with exactly the given
     * columns; null (and the problems added) when it cannot be read. Rows are keyed by their
     * second column and may repeat it (a word may be listed under two kinds).
     */
    private static ReferenceTable table(Path rulesFolder, String file, List<String> columns, List<String> problems) {
        String name = file.substring(file.indexOf('/') + 1);
        ReferenceTable t;
        try {
            t = ReferenceTable.load(rulesFolder, name, List.of(), columns.get(1), false);
        } catch (RuleException e) {
            problems.addAll(e.problems());
            return null;
        }
        if (!t.columns().equals(columns)) {
            problems.add(t.display() + ":1:1 expected the header " + String.join(",", columns));
            return null;
        }
        return t;
    }

    /** A cell, "" when blank. */
    private static String cell(ReferenceRow row, String column) {
        String v = row.get(column);
        return v == null ? "" : v;
    }

    /** Reads {@code reference/name-matching.csv} under the rule folder. */
    public static NameMatchingConfig load(Path rulesFolder) {
        Path p = rulesFolder.resolve(FILE);
        String shown = DisplayPaths.display(p);
        if (!Files.isRegularFile(p)) {
            throw new RuleException(List.of(shown + ": missing; name screening needs its thresholds and word lists"));
        }
        Map<String, String> settings = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        Set<String> legal = new HashSet<>();
        Set<String> stop = new HashSet<>();
        Set<String> generic = new HashSet<>();
        Set<String> places = new HashSet<>();
        Set<String> known = new HashSet<>();
        Map<String, String> rewrites = new java.util.HashMap<>();
        List<String> problems = new ArrayList<>();
        ReferenceTable t = table(rulesFolder, FILE, List.of("kind", "name", "value", "rationale"), problems);
        if (t == null) {
            throw new RuleException(problems);
        }
        for (ReferenceRow row : t.rows()) {
            long line = row.source().line();
            String kind = cell(row, "kind");
            String name = cell(row, "name").toLowerCase(Locale.ROOT);
            switch (kind) {
                case "setting" -> {
                    settings.put(name, cell(row, "value"));
                    lines.put(name, line);
                }
                case "legal_form" -> legal.addAll(NameTokens.tokens(name));
                case "stopword" -> stop.addAll(NameTokens.tokens(name));
                case "generic" -> generic.addAll(NameTokens.tokens(name));
                case "place" -> places.addAll(NameTokens.tokens(name));
                case "known_name" -> known.addAll(NameTokens.tokens(name));
                case "phrase", "abbreviation", "word_form" -> {
                    String from = String.join(" ", NameTokens.tokens(name));
                    if (from.isEmpty() || row.get("rationale") == null) {
                        problems.add(shown + ":" + line + ":2 a " + kind + " row needs words and a rationale");
                    } else {
                        rewrites.put(from, String.join(" ", NameTokens.tokens(cell(row, "value"))));
                    }
                }
                default -> problems.add(shown + ":" + line + ":1 unknown kind '" + kind
                        + "' (expected setting, legal_form, stopword, generic, place, known_name, phrase, abbreviation or word_form)");
            }
        }
        Map<String, String> words = new java.util.HashMap<>();
        Map<String, String> initials = new java.util.HashMap<>();
        equivalences(rulesFolder, words, initials, problems);
        Settings reader = new Settings(settings, lines, shown, problems);
        Map<String, Parameter> params = parameters(rulesFolder, problems);
        NameMatchingConfig c = new NameMatchingConfig(
                reader.unit("floor.score"), number(params, "name_alert_score", problems),
                number(params, "name_review_score", problems), number(params, "name_weak_alias_score", problems),
                (int) number(params, "name_min_distinctive_words", problems), reader.unit("factor.company_against_person"),
                List.copyOf(params.values()),
                reader.unit("token.min_similarity"), reader.unit("token.min_similarity_short"),
                reader.integer("token.short_length", 1, 20), reader.integer("token.max_edits", 0, 3),
                reader.integer("token.extra_edit_from_length", 1, 100), reader.unit("weight.generic"),
                reader.unit("penalty.extra_words"), reader.unit("penalty.word_order"), reader.integer("truncation.min_chars", 1, 1000),
                reader.unit("truncation.min_ratio"), reader.unit("truncation.factor"), reader.integers("truncation.field_lengths"),
                reader.integer("acronym.max_length", 0, 20), reader.unit("discount.dob_conflict"),
                reader.unit("discount.nationality_conflict"), reader.integer("dob.tolerance_days", 0, 366),
                reader.integer("index.max_candidates", 1, 100_000), reader.integer("index.max_matches", 1, 1000),
                reader.integer("cache.max_names", 0, 100_000_000), reader.unit("penalty.missing_middle_name"),
                reader.integer("middle_name.min_length", 1, 100), reader.integer("extra_words.thin_name_max_distinctive", 0, 10),
                reader.unit("attested.max_score"), attested(rulesFolder, problems),
                reader.unit("ordinary_word.max_score"), words(rulesFolder, ENGLISH, "word", problems), legal, stop, generic, places, known,
                transliteration(rulesFolder, problems), words, initials, rewrites,
                rewrites.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0),
                rewrites.keySet().stream().filter(k -> k.indexOf(' ') > 0).map(k -> k.substring(0, k.indexOf(' ')))
                        .collect(java.util.stream.Collectors.toSet()));
        settings.keySet().stream().filter(k -> !Settings.KNOWN.contains(k))
                .forEach(k -> problems.add(shown + ":" + lines.get(k) + ":1 unknown setting '" + k + "'"));
        if (problems.isEmpty() && c.review() > c.alert()) {
            problems.add("rules/" + PARAMETERS + ": name_review_score must not exceed name_alert_score");
        }
        if (problems.isEmpty() && c.floor() > Math.min(c.review(), c.weakAlias())) {
            problems.add(shown + ":" + lines.get("floor.score") + ":1 floor.score must not exceed name_review_score or name_weak_alias_score"
                    + " (no NameMatch fact is made below the floor, so the rules could not see those matches)");
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return c;
    }

    public static final String PARAMETERS = "reference/name-parameters.csv";

    /** The name rules' parameters (rules/reference/name-parameters.csv), as the graph rules read theirs. */
    private static Map<String, Parameter> parameters(Path rulesFolder, List<String> problems) {
        Map<String, Parameter> m = new LinkedHashMap<>();
        ReferenceTable t;
        try {
            t = ReferenceTable.load(rulesFolder, PARAMETERS.substring(PARAMETERS.indexOf('/') + 1), List.of(), "name", false);
        } catch (RuleException e) {
            problems.addAll(e.problems());
            return m;
        }
        String shown = t.display();
        if (!t.columns().equals(List.of("name", "value", "unit", "legal_basis", "rationale"))) {
            problems.add(shown + ":1:1 expected the header name,value,unit,legal_basis,rationale");
            return m;
        }
        for (ReferenceRow row : t.rows()) {
            long line = row.source().line();
            String name = cell(row, "name");
            String value = cell(row, "value");
            double n;
            try {
                n = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                problems.add(shown + ":" + line + ":2 '" + value + "' is not a number");
                continue;
            }
            if (row.get("rationale") == null) {
                problems.add(shown + ":" + line + ":5 every parameter needs its rationale");
            }
            if (m.put(name, new Parameter(name, value, n, cell(row, "unit"), shown, line)) != null) {
                problems.add(shown + ":" + line + ":1 parameter '" + name + "' appears twice");
            }
        }
        return m;
    }

    private static double number(Map<String, Parameter> params, String name, List<String> problems) {
        Parameter p = params.get(name);
        if (p == null) {
            problems.add("rules/" + PARAMETERS + ": parameter '" + name + "' is missing");
            return 0;
        }
        return p.number();
    }

    /** The Han → Korean readings (rules/reference/han-korean-readings.csv: han,hangul; readings separated by spaces). */
    private static Transliteration transliteration(Path rulesFolder, List<String> problems) {
        ReferenceTable t;
        try {
            t = ReferenceTable.load(rulesFolder, Transliteration.FILE.substring(Transliteration.FILE.indexOf('/') + 1),
                    List.of(), "han", false);
        } catch (RuleException e) {
            problems.addAll(e.problems());
            return new Transliteration(Map.of());
        }
        if (!t.columns().equals(List.of("han", "hangul"))) {
            problems.add(t.display() + ":1:1 expected the header han,hangul");
            return new Transliteration(Map.of());
        }
        Map<Integer, String[]> m = new java.util.HashMap<>();
        for (ReferenceRow row : t.rows()) {
            String han = cell(row, "han");
            String[] readings = cell(row, "hangul").split(" +");
            if (han.codePointCount(0, han.length()) != 1 || readings.length == 0 || readings[0].isEmpty()) {
                problems.add(t.display() + ":" + row.source().line() + ":1 expected one Han character and its Hangul readings");
                continue;
            }
            m.put(han.codePointAt(0), readings);
        }
        Map<String, List<String>> spellings = scriptWords(rulesFolder, problems);
        Map<String, String> first = new java.util.HashMap<>();
        Map<String, List<String>> others = new java.util.HashMap<>();
        spellings.forEach((w, l) -> {
            first.put(w, l.get(0));
            if (l.size() > 1) {
                others.put(w, List.copyOf(l.subList(1, l.size())));
            }
        });
        return new Transliteration(m, first, others, translations(rulesFolder, problems), hanReadings(rulesFolder, problems));
    }

    /**
     * A Chinese name's further readings: rules/reference/han-wade-giles.csv (pinyin,wade_giles,rationale),
     * han-mandarin-readings.csv (han,pinyin: the polyphones), han-cantonese-readings.csv (han,jyutping)
     * and han-cantonese-spellings.csv (jyutping,hk,rationale); spellings and readings separated by spaces.
     */
    private static org.sanctionsmonitor.normalize.HanReadings hanReadings(Path rulesFolder, List<String> problems) {
        Map<String, String[]> wg = syllableTable(rulesFolder, org.sanctionsmonitor.normalize.HanReadings.WADE_GILES,
                List.of("pinyin", "wade_giles", "rationale"), "[a-zü]+", problems);
        Map<Integer, String[]> poly = hanTable(rulesFolder, org.sanctionsmonitor.normalize.HanReadings.MANDARIN, List.of("han", "pinyin"),
                "[a-zü]+", problems);
        Map<Integer, String[]> canto = hanTable(rulesFolder, org.sanctionsmonitor.normalize.HanReadings.CANTONESE, List.of("han", "jyutping"),
                "[a-z]+", problems);
        Map<String, String[]> hk = syllableTable(rulesFolder, org.sanctionsmonitor.normalize.HanReadings.CANTONESE_SPELLINGS,
                List.of("jyutping", "hk", "rationale"), "-?[a-z]+-?", problems);
        return new org.sanctionsmonitor.normalize.HanReadings(wg, poly, canto, hk);
    }

    /** A table of syllable → Latin spellings (lower case, space-separated) with a rationale per row. */
    private static Map<String, String[]> syllableTable(Path rulesFolder, String file, List<String> columns, String keyPattern,
                                                       List<String> problems) {
        Map<String, String[]> m = new java.util.HashMap<>();
        ReferenceTable t;
        try {
            t = ReferenceTable.load(rulesFolder, file.substring(file.indexOf('/') + 1), columns, columns.get(0), true);
        } catch (RuleException e) {
            problems.addAll(e.problems());
            return m;
        }
        for (ReferenceRow row : t.rows()) {
            String key = cell(row, columns.get(0));
            String spellings = cell(row, columns.get(1));
            if (!key.matches(keyPattern) || !spellings.matches("[a-z]+( [a-z]+)*") || cell(row, "rationale").isBlank()) {
                problems.add(t.display() + ":" + row.source().line() + ":1 expected a syllable, its spellings in lower-case letters"
                        + " separated by spaces, and a rationale");
                continue;
            }
            m.put(key, spellings.split(" "));
        }
        return m;
    }

    /** A table of one Han character → its readings (lower case, space-separated). */
    private static Map<Integer, String[]> hanTable(Path rulesFolder, String file, List<String> columns, String readingPattern,
                                                   List<String> problems) {
        Map<Integer, String[]> m = new java.util.HashMap<>();
        ReferenceTable t;
        try {
            t = ReferenceTable.load(rulesFolder, file.substring(file.indexOf('/') + 1), columns, "han", true);
        } catch (RuleException e) {
            problems.addAll(e.problems());
            return m;
        }
        for (ReferenceRow row : t.rows()) {
            String han = cell(row, "han");
            String readings = cell(row, columns.get(1));
            if (han.codePointCount(0, han.length()) != 1 || !Transliteration.needsReading(han)
                    || !readings.matches(readingPattern + "( " + readingPattern + ")*")) {
                problems.add(t.display() + ":" + row.source().line() + ":1 expected one Han character and its readings in lower-case"
                        + " letters separated by spaces");
                continue;
            }
            m.put(han.codePointAt(0), readings.split(" "));
        }
        return m;
    }

    /**
     * The company words of other scripts in English (rules/reference/name-script-translations.csv:
     * script,words,english,rationale; Cyrl and Arab words or phrases, Hani and Hang runs of
     * characters; a run's second row is a further English, read beside the first) and the Cyrillic loanword spelling rules (rules/reference/name-cyrillic-loanwords.csv:
     * cyrillic,latin,rationale).
     */
    private static org.sanctionsmonitor.normalize.ScriptTranslations translations(Path rulesFolder, List<String> problems) {
        Map<String, String> words = new java.util.HashMap<>();
        Map<String, String> runs = new java.util.HashMap<>();
        Map<String, String> furtherRuns = new java.util.HashMap<>();
        Map<String, String> loan = new java.util.HashMap<>();
        String file = org.sanctionsmonitor.normalize.ScriptTranslations.FILE;
        try {
            ReferenceTable t = ReferenceTable.load(rulesFolder, file.substring(file.indexOf('/') + 1),
                    List.of("script", "words", "english", "rationale"), "words", false);
            for (ReferenceRow row : t.rows()) {
                String where = t.display() + ":" + row.source().line();
                String script = cell(row, "script");
                String text = java.text.Normalizer.normalize(cell(row, "words"), java.text.Normalizer.Form.NFC).strip();
                String english = cell(row, "english");
                if (english.isEmpty() || Transliteration.needsReading(english) || !english.matches("-|[a-z0-9]+( [a-z0-9]+)*")
                        || cell(row, "rationale").isBlank()) {
                    problems.add(where + ": expected the English in lower-case Latin letters (- when it is left out) and a rationale");
                    continue;
                }
                Map<String, String> into;
                String key;
                switch (script) {
                    case "Cyrl", "Arab" -> {
                        into = words;
                        List<String> ks = new ArrayList<>();
                        for (String w : text.split("\\s+")) {
                            boolean stem = w.endsWith("*") && w.length() > 1;
                            ks.add(org.sanctionsmonitor.normalize.ScriptTranslations.key(stem ? w.substring(0, w.length() - 1) : w,
                                    script.equals("Cyrl")) + (stem ? "*" : ""));
                        }
                        key = String.join(" ", ks);
                        if (key.contains("*") && (!script.equals("Cyrl") || ks.size() > 1 || key.length() < 4)) {
                            problems.add(where + ":2 only a single Cyrillic word of three letters or more may be a stem (ending in *)");
                            continue;
                        }
                    }
                    case "Hani", "Hang" -> {
                        into = runs;
                        key = text;
                        if (key.codePoints().anyMatch(cp -> !Transliteration.needsReading(new String(Character.toChars(cp))))) {
                            problems.add(where + ":2 a run of " + script + " characters is written without spaces or other letters");
                            continue;
                        }
                    }
                    default -> {
                        problems.add(where + ":1 script '" + script + "' is not Cyrl, Arab, Hani or Hang");
                        continue;
                    }
                }
                if (key.isEmpty() || !Transliteration.needsReading(key)) {
                    problems.add(where + ":2 expected words of the script " + script);
                } else if (into == runs && runs.containsKey(key)) {
                    // a run's further row: a second English, read beside the first (科技: technology, science and technology)
                    if (runs.get(key).equals(english) || english.equals("-") || runs.get(key).equals("-")
                            || furtherRuns.put(key, english) != null) {
                        problems.add(where + ":2 '" + text + "' appears more than twice, or twice with the same English or with -");
                    }
                } else if (into.put(key, english) != null) {
                    problems.add(where + ":2 '" + text + "' appears twice");
                }
            }
        } catch (RuleException e) {
            problems.addAll(e.problems());
        }
        String lf = org.sanctionsmonitor.normalize.ScriptTranslations.LOANWORDS_FILE;
        try {
            ReferenceTable t = ReferenceTable.load(rulesFolder, lf.substring(lf.indexOf('/') + 1),
                    List.of("cyrillic", "latin", "rationale"), "cyrillic", true);
            for (ReferenceRow row : t.rows()) {
                String where = t.display() + ":" + row.source().line();
                String cyr = Transliteration.scriptWord(cell(row, "cyrillic"));
                String latin = cell(row, "latin");
                String bare = cyr.replaceAll("^\\^|\\$$", "");
                if (bare.isEmpty() || !bare.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)
                        || !latin.matches("[a-z]*") || cell(row, "rationale").isBlank()) {
                    problems.add(where + ": expected Cyrillic letters (^ for the start of a word, $ for its end), their Latin spelling in a-z and a rationale");
                } else if (loan.put(cyr, latin) != null) {
                    problems.add(where + ":1 '" + cyr + "' appears twice");
                }
            }
        } catch (RuleException e) {
            problems.addAll(e.problems());
        }
        return new org.sanctionsmonitor.normalize.ScriptTranslations(words, runs, furtherRuns, loan);
    }

    /**
     * How the lists spell Cyrillic and Arabic words in Latin (rules/reference/name-script-words.csv:
     * script,word,latin,rationale), keyed by {@link Transliteration#scriptWord}: the spelling of a
     * word's first row, then those of its further rows (other spellings OFAC uses).
     */
    private static Map<String, List<String>> scriptWords(Path rulesFolder, List<String> problems) {
        ReferenceTable t;
        try {
            t = ReferenceTable.load(rulesFolder, Transliteration.WORDS_FILE.substring(Transliteration.WORDS_FILE.indexOf('/') + 1),
                    List.of("script", "word", "latin", "rationale"), "word", false);
        } catch (RuleException e) {
            problems.addAll(e.problems());
            return Map.of();
        }
        Map<String, List<String>> words = new java.util.HashMap<>();
        for (ReferenceRow row : t.rows()) {
            String where = t.display() + ":" + row.source().line();
            String script = cell(row, "script");
            String word = Transliteration.scriptWord(cell(row, "word"));
            String latin = cell(row, "latin");
            if (!script.equals("Cyrl") && !script.equals("Arab")) {
                problems.add(where + ":1 script '" + script + "' is not Cyrl or Arab");
            } else if (word.isEmpty() || !Transliteration.needsReading(word) || latin.isEmpty()
                    || Transliteration.needsReading(latin) || cell(row, "rationale").isBlank()) {
                problems.add(where + ": expected a word of the script, its Latin spelling and a rationale");
            } else if (words.computeIfAbsent(word, k -> new ArrayList<>()).contains(latin)) {
                problems.add(where + ":3 the word '" + word + "' is spelt '" + latin + "' twice");
            } else {
                words.get(word).add(latin); // the first row is the spelling, the next ones other spellings
            }
        }
        return words;
    }

    /** The settings as the manifest records them. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new TreeMap<>();
        m.put("floor.score", floor);
        m.put("factor.company_against_person", companyAgainstPerson);
        parameters.forEach(p -> m.put(p.name(), p.number()));
        m.put("token.min_similarity", tokenMin);
        m.put("token.min_similarity_short", tokenMinShort);
        m.put("token.short_length", shortLength);
        m.put("token.max_edits", maxEdits);
        m.put("token.extra_edit_from_length", extraEditFromLength);
        m.put("weight.generic", genericWeight);
        m.put("penalty.extra_words", extraWordPenalty);
        m.put("penalty.word_order", wordOrderPenalty);
        m.put("truncation.min_chars", truncationMinChars);
        m.put("truncation.min_ratio", truncationMinRatio);
        m.put("truncation.factor", truncationFactor);
        m.put("truncation.field_lengths", truncationFieldLengths.toString());
        m.put("acronym.max_length", acronymMaxLength);
        m.put("discount.dob_conflict", dobDiscount);
        m.put("discount.nationality_conflict", nationalityDiscount);
        m.put("dob.tolerance_days", dobToleranceDays);
        m.put("index.max_candidates", maxCandidates);
        m.put("index.max_matches", maxMatches);
        m.put("cache.max_names", cacheMaxNames);
        m.put("penalty.missing_middle_name", missingMiddlePenalty);
        m.put("middle_name.min_length", middleNameMinLength);
        m.put("extra_words.thin_name_max_distinctive", thinNameMaxDistinctive);
        m.put("attested.max_score", attestedMaxScore);
        m.put("ordinary_word.max_score", ordinaryWordMaxScore);
        m.put("legal_forms", legalForms.size());
        m.put("stopwords", stopwords.size());
        m.put("generic_words", generic.size());
        m.put("places", places.size());
        m.put("known_names", knownNames.size());
        m.put("attested_names", attestedNames.size());
        m.put("english_words", englishWords.size());
        m.put("equivalent_words", equivalentWords.size());
        m.put("equivalent_initials", equivalentInitials.size());
        m.put("rewrites", rewrites.size());
        return m;
    }

    private record Settings(Map<String, String> settings, Map<String, Long> lines, String shown, List<String> problems) {
        static final Set<String> KNOWN = Set.of("floor.score", "factor.company_against_person",
                "token.min_similarity", "token.min_similarity_short", "token.short_length", "token.max_edits",
                "token.extra_edit_from_length", "weight.generic",
                "penalty.extra_words", "penalty.word_order", "truncation.min_chars", "truncation.min_ratio", "truncation.factor", "truncation.field_lengths",
                "acronym.max_length", "discount.dob_conflict", "discount.nationality_conflict", "dob.tolerance_days",
                "index.max_candidates", "index.max_matches", "cache.max_names", "penalty.missing_middle_name",
                "middle_name.min_length", "extra_words.thin_name_max_distinctive", "attested.max_score",
                "ordinary_word.max_score");

        double unit(String key) {
            String v = settings.get(key);
            if (v == null) {
                problems.add(shown + ": setting '" + key + "' is missing");
                return 0;
            }
            try {
                double d = Double.parseDouble(v);
                if (d >= 0 && d <= 1) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(shown + ":" + lines.get(key) + ":3 setting '" + key + "': '" + v + "' is not a number from 0 to 1");
            return 0;
        }

        List<Integer> integers(String key) {
            String v = settings.get(key);
            if (v == null) {
                problems.add(shown + ": setting '" + key + "' is missing");
                return List.of();
            }
            List<Integer> out = new ArrayList<>();
            for (String part : v.split(";")) {
                try {
                    out.add(Integer.parseInt(part.strip()));
                } catch (NumberFormatException e) {
                    problems.add(shown + ":" + lines.get(key) + ":3 setting '" + key + "': '" + v + "' is not whole numbers separated by ;");
                    return List.of();
                }
            }
            return List.copyOf(out);
        }

        int integer(String key, int min, int max) {
            String v = settings.get(key);
            if (v == null) {
                problems.add(shown + ": setting '" + key + "' is missing");
                return min;
            }
            try {
                int i = Integer.parseInt(v);
                if (i >= min && i <= max) {
                    return i;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(shown + ":" + lines.get(key) + ":3 setting '" + key + "': '" + v + "' is not a whole number from "
                    + min + " to " + max);
            return min;
        }
    }
}
