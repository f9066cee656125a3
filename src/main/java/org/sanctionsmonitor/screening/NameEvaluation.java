package org.sanctionsmonitor.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.normalize.NameTokens;

/**
 * The name-screening evaluation: a variation suite built from the listed names and strong aliases
 * of a list (transliteration, word order, typos, truncation, joined and split given names, legal
 * forms, extra words, diacritics), and a set of innocent names (common South Korean names, real
 * South Korean banks and companies, common Western names). Reports recall on the variations and
 * the innocents scored at or above the alert threshold.
 */
public final class NameEvaluation {

    /** One test name: the text, what kind of variation it is, and the entry it must find (null for innocents). */
    public record Case(String kind, String name, ListedEntity expected, String from) {
    }

    /** One case's outcome: its best hit for the expected entry (or any entry, for innocents). */
    public record Outcome(Case c, NameScreener.Hit hit, boolean alert) {
    }

    public record Result(List<Outcome> variations, List<Outcome> innocents, double alertThreshold, double reviewThreshold) {
        public long found() {
            return variations.stream().filter(Outcome::alert).count();
        }

        public double recall() {
            return variations.isEmpty() ? 0 : (double) found() / variations.size();
        }

        public List<Outcome> falsePositives() {
            return innocents.stream().filter(Outcome::alert).toList();
        }

        public List<Outcome> innocentsInReview() {
            return innocents.stream().filter(o -> !o.alert() && o.hit() != null).toList();
        }

        public List<Outcome> misses() {
            return variations.stream().filter(o -> !o.alert()).toList();
        }
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

    /** Runs the evaluation of a screener over the variation suite built from the same entities. */
    public static Result run(NameScreener screener, List<ListedEntity> entities) {
        List<Outcome> variations = new ArrayList<>();
        for (Case c : variations(entities)) {
            NameScreener.Hit hit = null;
            for (NameScreener.Hit h : screener.screen(c.name())) {
                if (h.entry().entity() == c.expected()) {
                    hit = h;
                    break;
                }
            }
            boolean alert = hit != null && alert(screener.config(), hit);
            variations.add(new Outcome(c, hit, alert));
        }
        List<Outcome> innocents = new ArrayList<>();
        for (String n : INNOCENTS) {
            List<NameScreener.Hit> hits = screener.screen(n);
            NameScreener.Hit best = hits.isEmpty() ? null : hits.get(0);
            boolean alert = hits.stream().anyMatch(h -> alert(screener.config(), h));
            innocents.add(new Outcome(new Case("innocent", n, null, null), best, alert));
        }
        return new Result(variations, innocents, screener.config().alert(), screener.config().review());
    }

    /** True when the hit would raise an alert-level finding (SAN-003 or SAN-004). */
    static boolean alert(NameMatchingConfig c, NameScreener.Hit h) {
        return "weak alias".equals(h.entry().nameType()) ? h.score() >= c.weakAlias() : h.score() >= c.alert();
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
                        out.add(new Case(kind, text, e, n));
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
        v.put("extra words", title + ", Dandong Branch");
        if (listed.length() >= 24) {
            int cut = Math.max(18, (int) Math.round(listed.length() * 0.7));
            v.put("truncated", listed.substring(0, Math.min(cut, 35)));
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

    /**
     * A single wrong letter in the middle of the longest word of 5+ letters (words end at spaces,
     * hyphens and apostrophes), or null. Shorter words are left alone: one letter changes a 2-4
     * letter Korean syllable into another syllable (Jang → Jung), which is another name.
     */
    static String typo(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[A-Za-z]+").matcher(s);
        int start = -1;
        int end = -1;
        while (m.find()) {
            if (m.end() - m.start() >= 5 && m.end() - m.start() > end - start) {
                start = m.start();
                end = m.end();
            }
        }
        if (start < 0) {
            return null;
        }
        char[] w = s.toCharArray();
        int mid = start + (end - start) / 2;
        char c = w[mid];
        char lc = Character.toLowerCase(c);
        char r = lc == 'e' ? 'a' : lc == 'a' ? 'e' : lc == 'n' ? 'm' : 'n';
        w[mid] = Character.isUpperCase(c) ? Character.toUpperCase(r) : r;
        return new String(w);
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
