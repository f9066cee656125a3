package org.sanctionsmonitor.screening;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.finding.RuleException;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.normalize.NameTokens;

/**
 * The name-matching thresholds, weights and word lists, read from the reviewed reference table
 * {@code rules/reference/name-matching.csv} ({@code kind,name,value,description}; kind is
 * {@code setting}, {@code legal_form}, {@code stopword}, {@code generic}, {@code place} or
 * {@code known_name}). Every setting must be
 * present and in range; a problem stops the run like a rule that does not compile (exit 3).
 */
public record NameMatchingConfig(
        double alert,
        double review,
        double weakAlias,
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
        int acronymMaxLength,
        double dobDiscount,
        double nationalityDiscount,
        int dobToleranceDays,
        int maxCandidates,
        int maxMatches,
        int cacheMaxNames,
        Set<String> legalForms,
        Set<String> stopwords,
        Set<String> generic,
        Set<String> places,
        Set<String> knownNames) {

    public static final String FILE = "reference/name-matching.csv";

    public NameMatchingConfig {
        legalForms = Set.copyOf(legalForms);
        stopwords = Set.copyOf(stopwords);
        generic = Set.copyOf(generic);
        places = Set.copyOf(places);
        knownNames = Set.copyOf(knownNames);
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
        List<String> problems = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(r)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            if (!parser.getHeaderNames().equals(List.of("kind", "name", "value", "description"))) {
                throw new RuleException(List.of(shown + ":1:1 expected the header kind,name,value,description"));
            }
            for (CSVRecord rec : parser) {
                long line = rec.getRecordNumber() + 1;
                String kind = rec.get("kind").strip();
                String name = rec.get("name").strip().toLowerCase(Locale.ROOT);
                switch (kind) {
                    case "setting" -> {
                        settings.put(name, rec.get("value").strip());
                        lines.put(name, line);
                    }
                    case "legal_form" -> legal.addAll(NameTokens.tokens(name));
                    case "stopword" -> stop.addAll(NameTokens.tokens(name));
                    case "generic" -> generic.addAll(NameTokens.tokens(name));
                    case "place" -> places.addAll(NameTokens.tokens(name));
                    case "known_name" -> known.addAll(NameTokens.tokens(name));
                    default -> problems.add(shown + ":" + line + ":1 unknown kind '" + kind
                            + "' (expected setting, legal_form, stopword, generic, place or known_name)");
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new RuleException(List.of(shown + ": cannot be read: " + e.getMessage()));
        }
        Settings reader = new Settings(settings, lines, shown, problems);
        NameMatchingConfig c = new NameMatchingConfig(
                reader.unit("threshold.alert"), reader.unit("threshold.review"), reader.unit("threshold.weak_alias"),
                reader.unit("token.min_similarity"), reader.unit("token.min_similarity_short"),
                reader.integer("token.short_length", 1, 20), reader.integer("token.max_edits", 0, 3),
                reader.integer("token.extra_edit_from_length", 1, 100), reader.unit("weight.generic"),
                reader.unit("penalty.extra_words"), reader.unit("penalty.word_order"), reader.integer("truncation.min_chars", 1, 1000),
                reader.unit("truncation.min_ratio"), reader.unit("truncation.factor"),
                reader.integer("acronym.max_length", 0, 20), reader.unit("discount.dob_conflict"),
                reader.unit("discount.nationality_conflict"), reader.integer("dob.tolerance_days", 0, 366),
                reader.integer("index.max_candidates", 1, 100_000), reader.integer("index.max_matches", 1, 1000),
                reader.integer("cache.max_names", 0, 100_000_000), legal, stop, generic, places, known);
        settings.keySet().stream().filter(k -> !Settings.KNOWN.contains(k))
                .forEach(k -> problems.add(shown + ":" + lines.get(k) + ":1 unknown setting '" + k + "'"));
        if (problems.isEmpty() && c.review() > c.alert()) {
            problems.add(shown + ":" + lines.get("threshold.review") + ":1 threshold.review must not exceed threshold.alert");
        }
        if (!problems.isEmpty()) {
            throw new RuleException(problems);
        }
        return c;
    }

    /** The settings as the manifest records them. */
    public Map<String, Object> describe() {
        Map<String, Object> m = new TreeMap<>();
        m.put("threshold.alert", alert);
        m.put("threshold.review", review);
        m.put("threshold.weak_alias", weakAlias);
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
        m.put("acronym.max_length", acronymMaxLength);
        m.put("discount.dob_conflict", dobDiscount);
        m.put("discount.nationality_conflict", nationalityDiscount);
        m.put("dob.tolerance_days", dobToleranceDays);
        m.put("index.max_candidates", maxCandidates);
        m.put("index.max_matches", maxMatches);
        m.put("cache.max_names", cacheMaxNames);
        m.put("legal_forms", legalForms.size());
        m.put("stopwords", stopwords.size());
        m.put("generic_words", generic.size());
        m.put("places", places.size());
        m.put("known_names", knownNames.size());
        return m;
    }

    private record Settings(Map<String, String> settings, Map<String, Long> lines, String shown, List<String> problems) {
        static final Set<String> KNOWN = Set.of("threshold.alert", "threshold.review", "threshold.weak_alias",
                "token.min_similarity", "token.min_similarity_short", "token.short_length", "token.max_edits",
                "token.extra_edit_from_length", "weight.generic",
                "penalty.extra_words", "penalty.word_order", "truncation.min_chars", "truncation.min_ratio", "truncation.factor",
                "acronym.max_length", "discount.dob_conflict", "discount.nationality_conflict", "dob.tolerance_days",
                "index.max_candidates", "index.max_matches", "cache.max_names");

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
