package org.sanctionsmonitor.audit;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The convention for reference tables (the {@code .csv} files of the rule folder outside
 * {@code tests/}): RFC 4180, UTF-8, one header row whose column names are present and unique;
 * every row has as many fields as the header; when the table has a {@code legal_basis} column,
 * every row fills it. A table without a {@code legal_basis} column is allowed (tuning data such
 * as thresholds) but noted, because a table that encodes a legal restriction must cite it.
 */
public final class ReferenceTables {

    /** The column that cites the law or guidance behind each row. */
    public static final String LEGAL_BASIS = "legal_basis";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setCommentMarker('#').get();

    /** The outcome of checking one table: its data rows, and the problems and notes found. */
    public record Check(int rows, List<String> problems, List<String> notes) {
    }

    private ReferenceTables() {
    }

    /** Checks one table; {@code shown} is how messages name the file (e.g. rules/reference/caps.csv). */
    public static Check check(Path file, String shown) {
        List<String> problems = new java.util.ArrayList<>();
        List<String> notes = new java.util.ArrayList<>();
        int rows = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            var it = parser.iterator();
            if (!it.hasNext()) {
                problems.add(shown + ":1:1 the reference table is empty; a header row is required");
                return new Check(0, problems, notes);
            }
            CSVRecord header = it.next();
            Map<String, Integer> seen = new HashMap<>();
            int legal = -1;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                String key = name.strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    problems.add(shown + ":1:" + (i + 1) + " header column " + (i + 1) + " has no name");
                    continue;
                }
                Integer prev = seen.putIfAbsent(key, i);
                if (prev != null) {
                    problems.add(shown + ":1:" + (i + 1) + " duplicate header '" + name.strip() + "' (also column " + (prev + 1) + ")");
                }
                if (key.equals(LEGAL_BASIS)) {
                    legal = i;
                }
            }
            long nextLine = parser.getCurrentLineNumber() + 1;
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    problems.add(shown + ":" + line + ":1 blank line inside the table");
                    continue;
                }
                rows++;
                if (rec.size() != header.size()) {
                    problems.add(shown + ":" + line + ":1 expected " + header.size() + " fields as in the header, found " + rec.size());
                    continue;
                }
                if (legal >= 0 && rec.get(legal).isBlank()) {
                    problems.add(shown + ":" + line + ":" + (legal + 1) + " empty " + LEGAL_BASIS + ": every row must cite its legal basis");
                }
            }
            if (legal < 0) {
                notes.add(shown + ": no " + LEGAL_BASIS + " column (fine for tuning data; a table that encodes a legal restriction must cite it)");
            }
        } catch (UncheckedIOException e) {
            problems.add(shown + ":" + describe(e.getCause()));
        } catch (CharacterCodingException e) {
            problems.add(shown + ":0:0 not valid UTF-8");
        } catch (IOException e) {
            problems.add(shown + ":" + describe(e));
        }
        return new Check(rows, problems, notes);
    }

    private static String describe(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "0:0 not valid UTF-8";
        }
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // Commons CSV: "(line 4) invalid char between encapsulated token and delimiter ..."
        var lm = java.util.regex.Pattern.compile("\\((?:start)?line (\\d+)\\)\\s*(.*)", java.util.regex.Pattern.DOTALL).matcher(m);
        if (lm.find()) {
            return lm.group(1) + ":0 not RFC 4180 CSV: " + lm.group(2).strip().replace('\n', ' ');
        }
        return "0:0 cannot be read as RFC 4180 CSV: " + m.replace('\n', ' ');
    }
}
