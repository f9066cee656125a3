package org.sanctionsmonitor.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.NameTokens;
import org.sanctionsmonitor.screening.NameMatchingConfig;
import org.sanctionsmonitor.screening.NameScreener;

/**
 * The name-screening evaluation. Its cases come in sets:
 * <ul>
 * <li>{@code people} and {@code companies}: variations generated from every listed name and strong
 * alias of a list (transliteration, word order, typos and swapped letters, initials, a missing
 * middle name, truncation, joined and split given names, legal forms, extra words, diacritics);</li>
 * <li>any sets read from case files ({@link EvalCases}): names in other scripts, another list's
 * spellings of the same entries, innocents (ordinary people and companies per nationality);</li>
 * <li>{@code innocent}: the built-in innocents below, and those of the case files. An innocent that
 * a listed name equals (the same words in any order, legal forms aside) is no innocent: it is
 * dropped and counted.</li>
 * </ul>
 * Every case belongs to the development or the held-out split: about one entry in five (by a hash
 * of its id) and one innocent name in five are held out, so that tuning on the development split
 * says nothing about the held-out figures.
 */
public final class NameEvaluation {

    public static final String DEV = "dev";
    public static final String HELDOUT = "heldout";
    public static final String INNOCENT = "innocent";

    /** One test name: its set and kind, the text, the entry it must find (null for innocents), and its split. */
    public record Case(String set, String kind, String name, ListedEntity expected, String split) {
    }

    /**
     * One case's outcome: its best hit for the expected entry (or any entry, for innocents); for
     * innocents at alert, whether the alert rests on generic words alone.
     */
    public record Outcome(Case c, NameScreener.Hit hit, boolean alert, boolean genericOnly) {
    }

    /**
     * {@code innocentsListed}: innocents a listed name equals; {@code innocentsSpelled}: innocents
     * that are a listed name spelt with other vowels or doubled letters (see {@link #spellingKey});
     * both left out of the innocents.
     */
    public record Result(List<Outcome> outcomes, int innocentsListed, int innocentsSpelled) {

        public List<Outcome> of(String set, String split) {
            return outcomes.stream().filter(o -> o.c().set().equals(set) && (split == null || o.c().split().equals(split)))
                    .toList();
        }

        public List<String> sets() {
            return outcomes.stream().map(o -> o.c().set()).distinct().toList();
        }

        /** Share of the set's cases found at the alert level (for innocents: share that alerted). */
        public double rate(String set, String split) {
            List<Outcome> l = of(set, split);
            return l.isEmpty() ? Double.NaN : (double) l.stream().filter(Outcome::alert).count() / l.size();
        }

        public List<Outcome> misses(String split) {
            return outcomes.stream().filter(o -> o.c().expected() != null && !o.alert()
                    && (split == null || o.c().split().equals(split))).toList();
        }

        public List<Outcome> falsePositives(String split) {
            return of(INNOCENT, split).stream().filter(Outcome::alert).toList();
        }

        public List<Outcome> innocentsInReview(String split) {
            return of(INNOCENT, split).stream().filter(o -> !o.alert() && o.hit() != null).toList();
        }
    }

    /**
     * Variations that leave part of a person's name out (a middle name, a given name reduced to its
     * initial): weaker evidence, reported as their own set; the matcher makes them possible matches
     * for review (SAN-021), not alerts.
     */
    static final Set<String> PARTIAL = Set.of("middle name missing", "initial");

    /** The split of an entry (by its id) or of an innocent name: one in five held out. */
    public static String splitOf(String key) {
        return Math.floorMod(key.hashCode(), 5) == 0 ? HELDOUT : DEV;
    }

    /**
     * Innocent names: the most common South Korean full names (Revised Romanisation and the usual
     * passport spellings), real South Korean banks and companies, and common Western names.
     */
    public static final List<String> INNOCENTS = List.of(
            // common South Korean names (surname first and last, hyphenated or not)
            "Kim Min-jun", "Lee Seo-yeon", "Park Ji-hoon", "Choi Young-ho", "Jung Ha-eun", "Kang Dong-won",
            "Cho Sung-min", "Yoon Ji-woo", "Jang Min-seo", "Lim Hyun-woo", "Han Ji-min", "Oh Se-hoon",
            "Seo Jun-ho", "Shin Dong-hyun", "Kwon Soo-jin", "Hwang Jae-won", "Ahn Cheol-soo", "Song Hye-kyo",
            "Jeon Ji-hyun", "Hong Gil-dong", "Kim Young-sik", "Lee Jae-yong", "Park Sang-hoon", "Kim Jae-hoon",
            "Lee Min-ho", "Kim Soo-hyun", "Park Eun-ji", "Choi Ji-young", "Kim Hye-jin", "Lee Mi-kyung",
            "Kim Dong-hyun", "Lee Jun-young", "Park Seo-jun", "Kim Do-yun", "Lee Ye-jun", "Jung Si-woo",
            "Kim Ha-jun", "Park Ji-ho", "Choi Seo-yun", "Kang Min-seo", "Yoon Ha-yoon", "Kim Yoon-seo",
            "Minjun Kim", "Seoyeon Lee", "Jihoon Park", "Sungmin Cho", "Jiwoo Yoon", "Hyunwoo Lim",
            "Kim Kyung-soo", "Lee Sang-woo", "Park Jung-hoon", "Han Seung-woo", "Han Jae-min", "Sim Eun-kyung",
            "Shim Jae-hyun", "Jo Min-su", "Cho Yong-pil", "Kim Sung-hoon", "Kim Jin-woo", "Park Jin-young",
            "Kim Kwang-soo", "Kim Sang-woo", "Choi Min-sik", "Choi Woo-shik", "Li Wei", "Wu Jing", "Tian Yu",
            "Li Na", "Zhang Wei", "Wang Fang", "Liu Yang", "Chen Jie",
            // real South Korean banks and companies
            "Korea Exchange Bank", "Korea Development Bank", "Industrial Bank of Korea", "Export-Import Bank of Korea",
            "Bank of Korea", "KB Kookmin Bank", "Shinhan Bank", "Woori Bank", "Hana Bank", "NongHyup Bank",
            "Korea Trade Insurance Corporation", "Korea Trade-Investment Promotion Agency", "Korea Zinc",
            "Korea Gas Corporation", "Korea Electric Power Corporation", "Korea Shipbuilding & Offshore Engineering",
            "Korea Line Corporation", "Korea Mine Rehabilitation and Mineral Resources Corporation",
            "Korea National Oil Corporation", "Korea Investment & Securities", "Korea Air Lines Co., Ltd.",
            "Korean Air", "Korea Express", "Samsung Electronics Co., Ltd.", "Samsung C&T Corporation",
            "Hyundai Motor Company", "Hyundai Merchant Marine", "HMM Co., Ltd.", "Pan Ocean Co., Ltd.",
            "SK Trading International", "LG International Corp.", "POSCO International Corporation",
            "Daewoo Shipbuilding & Marine Engineering", "Hanjin Shipping", "Sinokor Merchant Marine",
            "Busan Bank", "Daegu Bank", "Kyongnam Bank", "Jeonbuk Bank", "Suhyup Bank", "Kwangju Bank",
            "Shinhan Financial Group", "Hana Financial Group", "Woori Financial Group", "Mirae Asset Securities",
            "Kumho Petrochemical", "Hanwha Corporation", "Lotte Corporation", "CJ Logistics", "Doosan Enerbility",
            "Korea Trade Network", "Korea International Trade Association", "First Korea Trading Co.",
            "Dongkuk Steel", "Seoul Semiconductor", "Samsung Heavy Industries", "Korea Ocean Business Corporation",
            // common Western names and companies
            "John Smith", "Mary Johnson", "James Brown", "Patricia Williams", "Robert Jones", "Jennifer Garcia",
            "Michael Miller", "Linda Davis", "David Wilson", "Elizabeth Taylor", "Roman Polanski", "Roman Abramovich",
            "David Anderson", "Henry Watson", "Emma Watson", "Andrew Jackson", "Peter Park",
            "Grace Kim", "Daniel Lee", "First Credit Union", "Ocean Maritime Services Ltd", "East Coast Shipping Co",
            "Trade Bank of Iraq", "Foreign Trade Bank of Cambodia", "Credit Bank of Moscow", "Group 4 Securicor",
            "Blender Bottle Company", "Sinbad Travel Agency", "Zinc Oxide Industries Ltd", "Red Dot Design AG");

    private NameEvaluation() {
    }

    /**
     * Runs the evaluation: the generated variations of the entities, the given cases (from case
     * files) and the built-in innocents, each screened by {@code screener}.
     */
    public static Result run(NameScreener screener, List<ListedEntity> entities, List<Case> extra) {
        List<Case> cases = new ArrayList<>(variations(entities));
        cases.addAll(extra);
        for (String n : INNOCENTS) {
            cases.add(new Case(INNOCENT, "built-in", n, null, splitOf(n)));
        }
        NameMatchingConfig config = screener.config();
        List<String> names = new ArrayList<>();
        for (ListedEntity e : entities) {
            names.add(e.name());
            names.addAll(e.aliases());
        }
        Set<String> listed = new HashSet<>();
        Set<String> spelled = new HashSet<>();
        listedKeys(config, names, listed, spelled);
        List<Outcome> out = new ArrayList<>();
        int dropped = 0;
        int respelled = 0;
        for (Case c : cases) {
            List<NameScreener.Hit> hits = screener.screen(c.name());
            if (c.expected() == null) {
                if (isListed(config, listed, c.name())) {
                    dropped++; // a listed name: not an innocent
                    continue;
                }
                if (isSpelled(config, spelled, c.name())) {
                    respelled++; // a listed name in another spelling: what the people set requires to be found
                    continue;
                }
                NameScreener.Hit best = hits.isEmpty() ? null : hits.get(0);
                NameScreener.Hit alerted = hits.stream().filter(h -> alert(config, h)).findFirst().orElse(null);
                out.add(new Outcome(c, alerted != null ? alerted : best, alerted != null,
                        alerted != null && genericOnly(config, alerted.entry().listedName())));
            } else {
                NameScreener.Hit hit = hits.stream().filter(h -> h.entry().entity() == c.expected()).findFirst().orElse(null);
                out.add(new Outcome(c, hit, hit != null && alert(config, hit), false));
            }
        }
        return new Result(out, dropped, respelled);
    }

    /**
     * True when a listed name (or strong alias) is the innocent name itself: the same words in any
     * order, legal forms aside, as written or once the reviewed tables apply (Eastern Trading Co.
     * is the listed EASTERN TRADE LIMITED LIABILITY COMPANY), in the name's script or in one of its
     * Latin readings (Виктор Иванов is the listed IVANOV, Viktor). Such a name is no innocent: a
     * screening must stop it.
     */
    /**
     * Adds the keys of listed names (each also with two adjacent words joined) to {@code listed}
     * (for {@link #isListed}) and {@code spelled} (for {@link #isSpelled}).
     */
    static void listedKeys(NameMatchingConfig config, List<String> names, Set<String> listed, Set<String> spelled) {
        for (String n : names) {
            for (String form : joinings(n)) {
                listed.add(key(config, form));
                listed.add(config.nameKey(form));
                spelled.add(spellingKey(config, form));
            }
        }
    }

    static boolean isListed(NameMatchingConfig config, Set<String> listed, String name) {
        for (String form : forms(config, name)) {
            if (listed.contains(key(config, form)) || listed.contains(config.nameKey(form))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forms in which an innocent name is compared with the listed names: as written, its Latin
     * readings (the screening's, and the plain ICU Latin reading without accents, which reads Serbian
     * Cyrillic as Serbian Latin: Милошевић Марко is MILOSEVIC, Marko), each also with two adjacent
     * words joined ({@link #joinings}).
     */
    static List<String> forms(NameMatchingConfig config, String name) {
        Set<String> readings = new LinkedHashSet<>();
        readings.add(name);
        for (var r : config.transliteration().readings(name)) {
            readings.add(r.text());
        }
        String latin = latin(name);
        if (!latin.equals(name)) {
            readings.add(latin);
        }
        List<String> out = new ArrayList<>();
        for (String r : readings) {
            out.addAll(joinings(r));
        }
        return out;
    }

    private static final com.ibm.icu.text.Transliterator LATIN = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII");

    /** The plain ICU Latin reading of a name, accents and the marks of hard and soft signs dropped (Aleksandʺr → Aleksandr). */
    static String latin(String name) {
        if (name.chars().allMatch(ch -> ch < 0x250)) {
            return name;
        }
        synchronized (LATIN) {
            return LATIN.transliterate(name).replace("\"", "").replace("'", "");
        }
    }

    /**
     * A name and the names it is with two adjacent words written as one (Ji-an Yang and YANG, Jian;
     * Global Trans and GLOBALTRANS): how a given name or a company name is split or joined is a
     * spelling, not another name. Both the listed names and the innocents are taken this way.
     */
    static List<String> joinings(String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        int comma = name.indexOf(',');
        String lead = comma > 0 ? name.substring(0, comma) + " , " : "";
        List<String> w = NameTokens.tokens(comma > 0 ? name.substring(comma + 1) : name);
        // joins within the part after the comma (the given names) or within the whole name
        for (int i = 0; i + 1 < w.size() && w.size() <= 8; i++) {
            List<String> j = new ArrayList<>(w.subList(0, i));
            j.add(w.get(i) + w.get(i + 1));
            j.addAll(w.subList(i + 2, w.size()));
            out.add(lead + String.join(" ", j));
        }
        return out;
    }

    /**
     * A name's words with their vowels and doubled letters reduced (each run of vowels, y after a letter among them, one mark,
     * a doubled consonant one, a final h after a vowel dropped), after the reviewed tables, sorted:
     * Ahmed Mohamed Ali and ALI, Ahmed Mohammed, or Kim Sung-hoon and KIM, Song Hun, have one key.
     * Transliteration writes the vowels of Arabic and Korean names many ways, and the evaluation's
     * people set requires such spellings of a listed name to be found; an innocent with a listed
     * name's key is therefore that listed name, not an innocent. Consonants must agree (Kurt is not
     * Gold, Sarah is not Salah, Ivanova is not Ivanov).
     */
    static String spellingKey(NameMatchingConfig c, String name) {
        List<String> words = new ArrayList<>();
        for (String w : c.nameKey(name).split(" ")) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < w.length(); i++) {
                char ch = w.charAt(i);
                // y after a letter is a vowel too: Sergeyevich / Sergeevich, Nikolay / Nikolai, Haydar / Hydar
                boolean vowel = "aeiou".indexOf(ch) >= 0 || ch == 'y' && i > 0;
                char put = vowel ? '*' : ch;
                if (b.length() > 0 && b.charAt(b.length() - 1) == put) {
                    continue;
                }
                if (ch == 'h' && i == w.length() - 1 && b.length() > 0 && b.charAt(b.length() - 1) == '*') {
                    continue;
                }
                b.append(put);
            }
            words.add(b.toString());
        }
        return String.join(" ", words.stream().sorted().toList());
    }

    static boolean isSpelled(NameMatchingConfig config, Set<String> spelled, String name) {
        for (String form : forms(config, name)) {
            if (spelled.contains(spellingKey(config, form))) {
                return true;
            }
        }
        return false;
    }

    /** The words of a name without legal forms and stop words, sorted: equal keys, the same name. */
    static String key(NameMatchingConfig c, String name) {
        return NameTokens.tokens(name).stream().filter(w -> !c.legalForms().contains(w) && !c.stopwords().contains(w))
                .sorted().collect(java.util.stream.Collectors.joining(" "));
    }

    /**
     * True when the listed name of an alert has no distinctive word (all generic words or places):
     * such an alert rests on generic words alone. (SAN-003 requires distinctive words found, so this
     * checks the rule from outside: it looks at the listed name, not at the matcher's count.)
     */
    static boolean genericOnly(NameMatchingConfig c, String listedName) {
        for (String w : NameTokens.tokens(listedName)) {
            if (!c.generic().contains(w) && !c.places().contains(w) && !c.legalForms().contains(w) && !c.stopwords().contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the hit would raise an alert (SAN-003, HIGH): a listed name or strong alias at
     * name_alert_score with at least name_min_distinctive_words distinctive words, as the rule
     * compares them with rules/reference/name-parameters.csv. A weak alias is never an alert
     * (SAN-004 is a review item).
     */
    static boolean alert(NameMatchingConfig c, NameScreener.Hit h) {
        return !"weak alias".equals(h.entry().nameType()) && h.score() >= c.alert() && h.distinctive() >= c.minDistinctiveWords();
    }

    /** The variation suite: for every listed name and strong alias of people and organisations. */
    public static List<Case> variations(List<ListedEntity> entities) {
        List<Case> out = new ArrayList<>();
        for (ListedEntity e : entities) {
            if ("vessel".equals(e.type()) || "aircraft".equals(e.type()) || "wallet".equals(e.type())) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            boolean person = "individual".equals(e.type());
            for (String n : names) {
                Map<String, String> v = new LinkedHashMap<>();
                if (person) {
                    personVariations(n, v, korean(e));
                } else {
                    entityVariations(n, v);
                }
                Set<String> seen = new LinkedHashSet<>();
                v.forEach((kind, text) -> {
                    if (text != null && !text.isBlank() && seen.add(text)) {
                        String set = !person ? "companies" : PARTIAL.contains(kind) ? "people-partial" : "people";
                        out.add(new Case(set, kind, text, e, splitOf(e.entityId())));
                    }
                });
            }
        }
        return out;
    }

    /** A Korean name (romanised by McCune–Reischauer): a North Korean national, or written with MR apostrophes. */
    static boolean korean(ListedEntity e) {
        return e.nationalities().contains("KP") || e.name().contains("'") || e.aliases().stream().anyMatch(a -> a.contains("'"));
    }

    private static void personVariations(String listed, Map<String, String> v, boolean korean) {
        int comma = listed.indexOf(',');
        String surname = comma > 0 ? listed.substring(0, comma).strip() : listed;
        String given = comma > 0 ? listed.substring(comma + 1).strip() : "";
        if (given.isEmpty()) {
            return;
        }
        String sur = cap(surname);
        v.put("surname first, no comma", sur + " " + given);
        v.put("given names first", given + " " + sur);
        if (korean) {
            v.put("transliteration (Revised Romanisation)", revised(sur) + " " + revised(given));
            v.put("transliteration (common spelling)", common(given) + " " + common(sur));
            if (listed.contains("'")) {
                v.put("diacritics (McCune-Reischauer breves)", breves(sur + " " + given));
            }
        }
        String joined = given.replace("'", "").replace("-", "").replace(" ", "");
        if (!joined.equalsIgnoreCase(given.replace("'", ""))) {
            v.put("given names joined", sur + " " + cap(joined.toLowerCase(Locale.ROOT)));
        }
        List<String> g = NameTokens.tokens(given);
        if (g.size() == 1 && g.get(0).length() >= 6 && surname.length() <= 4) { // an East Asian given name (Jiadong)
            String split = split(g.get(0));
            if (split != null) {
                v.put("given name split", sur + " " + split);
            }
        } else if (g.size() == 2) {
            v.put("given names hyphenated", sur + " " + cap(g.get(0)) + "-" + g.get(1));
        }
        String typo = typo(sur + " " + given);
        if (typo != null) {
            v.put("typo", typo);
        }
        String swap = swap(given + " " + sur, false);
        if (swap != null) {
            v.put("swapped letters", swap);
        }
        String swapFirst = swap(given + " " + sur, true);
        if (swapFirst != null) {
            v.put("first two letters swapped", swapFirst);
        }
        List<String> gw = NameTokens.tokens(given.replace("-", " ").replace("'", ""));
        if (!korean && gw.size() >= 1 && gw.get(0).length() >= 3) {
            v.put("initial", Character.toUpperCase(gw.get(0).charAt(0)) + ". " + sur);
        }
        if (gw.size() >= 2 && !korean) {
            v.put("middle name missing", cap(gw.get(0)) + " " + sur);
        }
        v.put("extra words", sur + " " + given + " Pyongyang");
        v.put("upper case, comma kept", listed.toUpperCase(Locale.ROOT));
    }

    private static void entityVariations(String listed, Map<String, String> v) {
        String title = titleCase(listed);
        v.put("title case", title);
        String base = listed.replaceAll("(?i)\\b(CO\\.?,? LTD\\.?|COMPANY LIMITED|CORPORATION|CORP\\.?|COMPANY|LIMITED)$", "").strip();
        v.put("legal form added", titleCase(base) + " Co., Ltd.");
        if (!base.equals(listed)) {
            v.put("legal form dropped", titleCase(base));
            v.put("legal form abbreviated", titleCase(base) + " Corp.");
        }
        String typo = typo(title);
        if (typo != null) {
            v.put("typo", typo);
        }
        String swap = swap(title, false);
        if (swap != null) {
            v.put("swapped letters", swap);
        }
        String abbreviated = abbreviate(title);
        if (!abbreviated.equals(title)) {
            v.put("abbreviated words", abbreviated);
        }
        v.put("extra words", title + ", Dandong Branch");
        if (listed.length() > 35) {
            v.put("truncated", listed.substring(0, 35).strip()); // a 35-character name field
        }
        List<String> w = NameTokens.tokens(base);
        if (w.size() >= 3) {
            // "Trade Bank, Korea": the first word moved to the end, as some registries write names
            List<String> moved = new ArrayList<>(w.subList(1, w.size()));
            moved.add(w.get(0));
            v.put("word order", titleCase(String.join(" ", moved)));
        }
        String rr = entityRevised(listed);
        if (!rr.equals(listed)) {
            v.put("transliteration (Revised Romanisation)", titleCase(rr));
        }
    }

    /**
     * The Korean words of the excerpt's organisation names in Revised Romanisation (South Korean
     * spelling) instead of McCune–Reischauer: 광선 Kwangson/Gwangseon, 금룡 Kumryong/Geumnyong,
     * 제일 Cheil/Jeil, 무역 Mooyok/Muyeok, ...
     */
    static final Map<String, String> ENTITY_RR = Map.of(
            "KWANGSON", "GWANGSEON", "KUMRYONG", "GEUMNYONG", "CHANGGWANG", "CHANGKWANG", "SINYONG", "SHINYONG",
            "YUJONG", "YUJEONG", "CHEIL", "JEIL", "MOOYOKBANK", "MUYEOKBANK", "KYONGYONG", "GYEONGYEONG",
            "HAEYANG", "HAEYANG", "MIRAE", "MIRAE");

    static String entityRevised(String listed) {
        StringBuilder b = new StringBuilder();
        for (String w : listed.split("(?<= )")) {
            String bare = w.strip();
            String r = ENTITY_RR.get(bare.toUpperCase(Locale.ROOT));
            b.append(r == null ? w : w.replace(bare, r));
        }
        return b.toString();
    }

    /** MR → Revised Romanisation, word by word: o' → eo, u' → eu, initial k/t/p/ch → g/d/b/j, apostrophes gone. */
    static String revised(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split("(?<=[ -])")) {
            String x = w.replace("o'", "eo").replace("O'", "EO").replace("u'", "eu").replace("U'", "EU");
            x = x.replaceAll("(?i)^ch'?", "J").replaceAll("^[Kk]", "G").replaceAll("^[Tt]", "D").replaceAll("^[Pp]", "B");
            b.append(x.replace("'", ""));
        }
        return b.toString();
    }

    /** The spellings South Koreans and Western clerks use: Choe → Choi, o' → u, final u → oo, Ri → Lee. */
    static String common(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split("(?<=[ -])")) {
            String x = w.replace("o'", "u").replace("u'", "u").replace("'", "");
            x = x.replaceAll("(?i)^choe", "Choi").replaceAll("(?i)^ri\\b", "Lee");
            x = x.replaceAll("([Ss])u(?=[ -]|$)", "$1oo").replaceAll("yon(?=[ -]|$)", "yun").replaceAll("yok(?=[ -]|$)", "yuk");
            b.append(x);
        }
        return b.toString();
    }

    /** McCune–Reischauer with breves instead of apostrophes after vowels: So'k → Sŏk. */
    static String breves(String s) {
        return s.replace("o'", "\u014F").replace("u'", "\u016D").replace("O'", "\u014E").replace("U'", "\u016C");
    }

    private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("[A-Za-z]+");

    /** Start and end of the first longest run of 6+ ASCII letters in {@code s}, or null: where typo and swap alter a name. */
    private static int[] longestWord(String s) {
        java.util.regex.Matcher m = LETTERS.matcher(s);
        int start = -1;
        int end = -1;
        while (m.find()) {
            if (m.end() - m.start() >= 6 && m.end() - m.start() > end - start) {
                start = m.start();
                end = m.end();
            }
        }
        return start < 0 ? null : new int[] {start, end};
    }

    /**
     * A single wrong letter in the middle of the longest word of 6+ letters (words end at spaces,
     * hyphens and apostrophes), or null. Shorter words are left alone: one letter changes a 2-4
     * letter Korean syllable into another syllable (Jang → Jung), which is another name.
     */
    static String typo(String s) {
        int[] word = longestWord(s);
        if (word == null) {
            return null;
        }
        int start = word[0];
        int end = word[1];
        char[] w = s.toCharArray();
        int mid = start + (end - start) / 2;
        char c = w[mid];
        char lc = Character.toLowerCase(c);
        char r = lc == 'e' ? 'a' : lc == 'a' ? 'e' : lc == 'n' ? 'm' : 'n';
        w[mid] = Character.isUpperCase(c) ? Character.toUpperCase(r) : r;
        return new String(w);
    }

    /**
     * Two adjacent letters swapped in the longest word of 6+ letters (in its middle, or its first
     * two letters when {@code first}), or null: Donlad for Donald, ABUDL for ABDUL.
     */
    static String swap(String s, boolean first) {
        int[] word = longestWord(s);
        if (word == null) {
            return null;
        }
        int start = word[0];
        int end = word[1];
        char[] w = s.toCharArray();
        int at = first ? start : start + (end - start) / 2;
        char a = w[at];
        char b = w[at + 1];
        if (Character.toLowerCase(a) == Character.toLowerCase(b)) {
            return null;
        }
        boolean upperFirst = Character.isUpperCase(a);
        w[at] = upperFirst ? Character.toUpperCase(b) : Character.toLowerCase(b);
        w[at + 1] = Character.isUpperCase(b) && !upperFirst ? Character.toUpperCase(a) : Character.isLowerCase(b) ? Character.toLowerCase(a) : a;
        return new String(w);
    }

    /** Words as clerks shorten them in shipping and payment fields. */
    static final Map<String, String> ABBREVIATIONS = Map.of("shipping", "Shpg", "international", "Intl",
            "development", "Devt", "management", "Mgmt", "corporation", "Corp", "company", "Co", "trading", "Trdg",
            "industrial", "Indl", "technology", "Tech");

    static String abbreviate(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split("(?<= )")) {
            String bare = w.strip();
            String r = ABBREVIATIONS.get(bare.toLowerCase(Locale.ROOT).replaceAll("[.,]", ""));
            b.append(r == null ? w : w.replace(bare, r + (bare.endsWith(",") ? "," : "")));
        }
        return b.toString();
    }

    /** A Chinese given name split into its two syllables (Jiadong → Jia Dong), or null. */
    static String split(String word) {
        int half = word.length() / 2;
        for (int d = 0; d <= 2; d++) {
            for (int pos : new int[] {half + d, half - d}) {
                char left = word.charAt(pos - 1);
                char right = word.charAt(pos);
                boolean syllableEnd = isVowelOrN(left) || (left == 'g' && pos > 1 && word.charAt(pos - 2) == 'n');
                if (pos > 1 && pos < word.length() - 1 && syllableEnd && !isVowel(right) && !(left == 'n' && right == 'g')) {
                    return cap(word.substring(0, pos)) + " " + cap(word.substring(pos));
                }
            }
        }
        return null;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static boolean isVowelOrN(char c) {
        return isVowel(c) || c == 'n';
    }

    static String cap(String w) {
        if (w.isEmpty()) {
            return w;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split("(?<= )")) {
            b.append(w.length() <= 1 ? w : cap(w));
        }
        return b.toString();
    }
}
