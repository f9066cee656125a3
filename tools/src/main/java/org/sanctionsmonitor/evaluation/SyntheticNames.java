package org.sanctionsmonitor.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.sanctionsmonitor.model.ListedEntity;
import org.sanctionsmonitor.model.Provenance;

/**
 * Deterministic synthetic names for the benchmark: Korean-, Chinese- and Western-style people and
 * companies built from syllable and word pools, a list of entries with strong and weak aliases,
 * and a stream of distinct party names (a small share of them variants of listed names).
 */
public final class SyntheticNames {

    static final String[] SURNAMES = {"Kim", "Ri", "Pak", "Choe", "Jong", "Kang", "Jo", "Han", "Yun", "Chang", "Sin",
        "O", "Hwang", "An", "Song", "Ryu", "Hong", "Jon", "Ko", "Mun", "Yang", "Son", "Pae", "Paek", "Ho", "Nam", "Sim",
        "No", "Ha", "Kwak", "Sung", "Cha", "Ju", "Ku", "Min", "Chin", "Yu", "Na", "Ji", "Pyon", "Chae", "Won", "Chon",
        "Pang", "Kong", "Hyon", "Ham", "Lee", "Park", "Choi", "Jung", "Cho", "Yoon", "Jang", "Lim", "Shin", "Kwon"};
    static final String[] SYLLABLES = {"chol", "song", "min", "hyok", "su", "jin", "kwang", "sang", "man", "hyon", "sop",
        "yong", "il", "nam", "ho", "chun", "myong", "hui", "gun", "dok", "sik", "gil", "un", "ok", "ryong", "bong",
        "hak", "jae", "won", "tae", "hun", "young", "seok", "woo", "ji", "hye", "eun", "kyung", "dong", "hwa",
        "yeon", "jun", "seo", "ha", "yoon", "bin", "ran", "mi", "sun", "kyu", "pil", "gyu", "rim", "hong", "chan"};
    static final String[] CN_SURNAMES = {"Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu",
        "Xu", "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Tian", "Dong", "Fang", "Cao"};
    static final String[] CN_SYLLABLES = {"jia", "dong", "wei", "fang", "yin", "hui", "ming", "hua", "jun", "lei",
        "xiao", "yan", "ping", "qiang", "jie", "tao", "bin", "hong", "yu", "li", "na", "gang", "feng", "xin"};
    static final String[] FIRST = {"John", "Mary", "James", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
        "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
        "Charles", "Karen", "Roman", "Ivan", "Olga", "Sergei", "Anna", "Dmitri", "Elena", "Pavel", "Hans", "Petra"};
    static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
        "Rodriguez", "Martinez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee",
        "Petrov", "Ivanov", "Semenov", "Smirnov", "Kuznetsov", "Popov", "Volkov", "Schmidt", "Schneider", "Fischer"};
    static final String[] PLACES = {"Korea", "Pyongyang", "Taedong", "Kumgang", "Paektu", "Chollima", "Namhung",
        "Sungri", "Daesong", "Rason", "Dandong", "Shenyang", "Dalian", "Vladivostok", "Hong Kong", "Singapore",
        "Pacific", "Golden", "Oriental", "Silver", "Grand", "United", "Royal", "Asia"};
    static final String[] ACTIVITY = {"Trading", "Bank", "Shipping", "Mining", "Development", "Industrial",
        "Investment", "Logistics", "Machinery", "Petroleum", "Fishery", "Textile", "Electronics", "Chemical",
        "Steel", "Construction", "Marine", "Credit", "Insurance", "Energy"};
    static final String[] FORMS = {"Co., Ltd.", "Corporation", "Corp.", "Company Limited", "Group", "LLC", "Pte Ltd",
        "Inc.", "JSC", ""};

    private SyntheticNames() {
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String pick(Random r, String[] a) {
        return a[r.nextInt(a.length)];
    }

    /** A made-up distinctive word of 2-3 syllables (Kwangson, Taeryong). */
    static String word(Random r) {
        int n = 2 + r.nextInt(2);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(pick(r, SYLLABLES));
        }
        return cap(b.toString());
    }

    static String person(Random r) {
        int style = r.nextInt(10);
        if (style < 6) {
            return pick(r, SURNAMES) + " " + cap(pick(r, SYLLABLES)) + (r.nextBoolean() ? "-" : " ") + pick(r, SYLLABLES);
        }
        if (style < 8) {
            return pick(r, CN_SURNAMES) + " " + cap(pick(r, CN_SYLLABLES)) + pick(r, CN_SYLLABLES);
        }
        return pick(r, FIRST) + " " + pick(r, LAST);
    }

    static String company(Random r) {
        String a = r.nextBoolean() ? pick(r, PLACES) + " " : "";
        return (a + word(r) + " " + pick(r, ACTIVITY) + " " + pick(r, FORMS)).strip();
    }

    /** A list of {@code n} entries (60% people, 40% organisations), each with 0-3 aliases and some weak ones. */
    public static List<ListedEntity> list(int n, long seed) {
        Random r = new Random(seed);
        List<ListedEntity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean person = r.nextInt(10) < 6;
            String name = person ? person(r) : company(r);
            List<String> aliases = new ArrayList<>();
            int k = r.nextInt(4);
            for (int j = 0; j < k; j++) {
                aliases.add(person ? person(r) : company(r));
            }
            List<String> weak = r.nextInt(5) == 0 ? List.of(word(r).toUpperCase(java.util.Locale.ROOT)) : List.of();
            out.add(new ListedEntity("SYNTH", "S" + i, name, person ? "individual" : "entity", aliases, weak, List.of("SYN"),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(),
                    new Provenance("synthetic", i + 1)));
        }
        return out;
    }

    /** {@code n} distinct party names; about 1 in 100 is a listed name with a changed letter or word order. */
    public static List<String> partyNames(int n, List<ListedEntity> list, long seed) {
        Random r = new Random(seed);
        Set<String> out = new LinkedHashSet<>(n * 2);
        while (out.size() < n) {
            int kind = r.nextInt(100);
            String s;
            if (kind == 0) {
                ListedEntity e = list.get(r.nextInt(list.size()));
                String t = NameEvaluation.typo(e.name());
                s = t != null ? t : e.name();
            } else if (kind < 50) {
                s = person(r);
            } else {
                s = company(r);
            }
            if (!out.add(s)) {
                out.add(s + " " + pick(r, PLACES) + " " + (out.size() % 997));
            }
        }
        return new ArrayList<>(out).subList(0, n);
    }
}
