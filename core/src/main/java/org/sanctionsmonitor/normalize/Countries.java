package org.sanctionsmonitor.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names and codes to ISO 3166-1 alpha-2. Knows every alpha-2 and alpha-3 code and English
 * short name the JDK ships, plus the spellings sanctions lists and trade data use ("Korea, North",
 * "DPRK", "Democratic People's Republic of Korea", "Burma", ...). North Korea (KP) and South Korea
 * (KR) are kept apart: a bare "Korea" is ambiguous and is not mapped.
 */
public final class Countries {

    private static final Map<String, String> BY_KEY = new HashMap<>();

    /** Cells as written to their code ("" for unknown); feeds repeat a few spellings millions of times. */
    private static final Map<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 10_000;

    static {
        for (String code : Locale.getISOCountries()) {
            Locale l = new Locale.Builder().setRegion(code).build();
            add(code, code);
            try {
                add(l.getISO3Country(), code);
            } catch (java.util.MissingResourceException ignored) {
                // a region with no alpha-3 code
            }
            String display = l.getDisplayCountry(Locale.ENGLISH);
            add(display, code);
            add(display.replace(" & ", " and "), code); // the JDK's "Bosnia & Herzegovina" is the lists' "Bosnia and Herzegovina"
        }
        String[][] extra = {
            {"KP", "Korea, North", "North Korea", "DPRK", "D.P.R.K.", "DPR Korea", "DPR of Korea",
                "Democratic People's Republic of Korea", "Korea, Democratic People's Republic of",
                "Korea (Democratic People's Republic of)", "Korea DPR", "Korea, DPR", "Korea (North)"},
            {"KR", "Korea, South", "South Korea", "Republic of Korea", "Korea, Republic of",
                "Korea (Republic of)", "ROK", "Korea (South)"},
            {"MM", "Burma", "Myanmar (Burma)"},
            {"RU", "Russia", "Russian Federation"},
            {"SY", "Syria", "Syrian Arab Republic"},
            {"IR", "Iran", "Iran, Islamic Republic of", "Islamic Republic of Iran"},
            {"VN", "Vietnam", "Viet Nam"},
            {"LA", "Laos", "Lao People's Democratic Republic"},
            {"TW", "Taiwan", "Taiwan, Province of China", "Chinese Taipei"},
            {"CN", "China", "People's Republic of China", "PRC", "China, People's Republic of", "Mainland China"},
            {"HK", "Hong Kong", "Hong Kong SAR", "Hong Kong SAR China", "Hong Kong, China"},
            {"MO", "Macau", "Macao", "Macao SAR China"},
            {"AE", "UAE", "United Arab Emirates", "U.A.E."},
            {"US", "USA", "United States", "United States of America", "U.S.A.", "U.S."},
            {"GB", "UK", "United Kingdom", "Great Britain", "U.K."},
            {"CD", "Congo, Democratic Republic of the", "Democratic Republic of the Congo", "DRC"},
            {"CG", "Congo, Republic of the", "Republic of the Congo"},
            {"CI", "Cote d'Ivoire", "Ivory Coast"},
            {"BO", "Bolivia"},
            {"VE", "Venezuela"},
            {"TZ", "Tanzania"},
            {"MD", "Moldova"},
            {"PS", "Palestine", "Palestinian Territories"},
            {"CZ", "Czech Republic", "Czechia"},
            {"TR", "Turkey", "Turkiye", "Türkiye"},
            // the UN's own (M49) names, as the UN consolidated list writes nationalities
            {"GB", "United Kingdom of Great Britain and Northern Ireland"},
            {"IR", "Iran (Islamic Republic of)"},
            {"PS", "State of Palestine"},
            {"TZ", "United Republic of Tanzania"},
            {"BO", "Bolivia (Plurinational State of)"},
            {"VE", "Venezuela (Bolivarian Republic of)"},
            {"MD", "Republic of Moldova"},
            {"FM", "Micronesia (Federated States of)"},
            {"HK", "China, Hong Kong Special Administrative Region"},
            {"MO", "China, Macao Special Administrative Region"},
            {"MM", "Myanmar"},
            {"CG", "Congo"},
            // OFAC's Advanced XML spellings the JDK's names miss
            {"CV", "Cabo Verde", "Cape Verde"},
            {"MK", "North Macedonia, The Republic of", "North Macedonia", "Macedonia"},
            {"PW", "Republic of Palau"},
            {"KN", "Saint Kitts and Nevis"},
            {"ST", "Sao Tome and Principe", "Sao Tome & Principe"},
            {"VC", "St. Vincent and the Grenadines", "Saint Vincent and the Grenadines"},
            {"GM", "The Gambia", "Gambia, The"},
            {"BS", "Bahamas, The", "The Bahamas"},
        };
        for (String[] row : extra) {
            for (int i = 1; i < row.length; i++) {
                add(row[i], row[0]);
            }
        }
    }

    private Countries() {
    }

    private static void add(String name, String code) {
        if (name != null && !name.isBlank()) {
            BY_KEY.putIfAbsent(key(name), code);
        }
    }

    private static String key(String name) {
        return Names.normalize(name);
    }

    /** The ISO alpha-2 code of a country code or name, or empty when it is unknown or ambiguous. */
    public static Optional<String> code(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String cached = CACHE.get(text);
        if (cached == null) {
            cached = BY_KEY.getOrDefault(key(text), "");
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(text, cached);
            }
        }
        return cached.isEmpty() ? Optional.empty() : Optional.of(cached);
    }

    /** True when the text names North Korea (KP). */
    public static boolean isNorthKorea(String text) {
        return code(text).filter("KP"::equals).isPresent();
    }
}
