package org.sanctionsmonitor.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sanctionsmonitor.ingest.DisplayPaths;
import org.sanctionsmonitor.model.ListedEntity;

/**
 * Reads evaluation cases from a CSV file with the header {@code set,kind,name,expected_id,split}
 * (written by {@code eval/tools/build_cases.py}): a party name, the list entry it must find
 * ({@code expected_id} as the list gives it; empty for an innocent, whose set must be
 * {@code innocent}), and its split ({@code dev} or {@code heldout}). A case whose entry is not in
 * the loaded list is left out and counted (a case file built for another list), never silently.
 */
public final class EvalCases {

    public record Loaded(List<NameEvaluation.Case> cases, int unresolved) {
    }

    private EvalCases() {
    }

    public static Loaded read(Path file, List<ListedEntity> entities) {
        Map<String, ListedEntity> byId = new HashMap<>();
        for (ListedEntity e : entities) {
            byId.putIfAbsent(e.entityId(), e);
        }
        String shown = DisplayPaths.display(file);
        List<NameEvaluation.Case> out = new ArrayList<>();
        int unresolved = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(r)
                     .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            if (!parser.getHeaderNames().equals(List.of("set", "kind", "name", "expected_id", "split"))) {
                throw new IllegalArgumentException(shown + ":1:1 expected the header set,kind,name,expected_id,split");
            }
            for (CSVRecord rec : parser) {
                long line = rec.getRecordNumber() + 1;
                if (rec.size() != 5) {
                    throw new IllegalArgumentException(shown + ":" + line + ": expected 5 fields, found " + rec.size());
                }
                String set = rec.get(0).strip();
                String id = rec.get(3).strip();
                String split = rec.get(4).strip();
                if (!split.equals(NameEvaluation.DEV) && !split.equals(NameEvaluation.HELDOUT)) {
                    throw new IllegalArgumentException(shown + ":" + line + ":5 split '" + split + "' is not dev or heldout");
                }
                if (rec.get(2).isBlank()) {
                    throw new IllegalArgumentException(shown + ":" + line + ":3 the name is empty");
                }
                if (id.isEmpty() != set.equals(NameEvaluation.INNOCENT)) {
                    throw new IllegalArgumentException(shown + ":" + line + ":4 an innocent has no expected_id, every other case has one");
                }
                ListedEntity e = id.isEmpty() ? null : byId.get(id);
                if (!id.isEmpty() && e == null) {
                    unresolved++;
                    continue;
                }
                out.add(new NameEvaluation.Case(set, rec.get(1).strip(), rec.get(2).strip(), e, split));
            }
        } catch (IOException | IllegalStateException e) {
            throw new IllegalArgumentException(shown + ": cannot be read: " + e.getMessage(), e);
        }
        return new Loaded(out, unresolved);
    }
}
