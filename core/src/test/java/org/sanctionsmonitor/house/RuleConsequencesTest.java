package org.sanctionsmonitor.house;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A rule's consequence raises its finding and nothing else: the sentence that explains the finding
 * is built by the fact (a method named for the finding, such as {@code crossingExplanation()}),
 * so no rule file writes text by joining strings in its {@code then}.
 */
class RuleConsequencesTest {

    /** A string literal joined with {@code +} on either side. */
    private static final Pattern JOINED = Pattern.compile("\"\\s*\\+|\\+\\s*\"");
    private static final Pattern CONSEQUENCE = Pattern.compile("(?ms)^\\s*then\\b(.*?)^\\s*end\\b");

    static List<String> joinedText(String drl) {
        List<String> out = new ArrayList<>();
        Matcher m = CONSEQUENCE.matcher(drl.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " "));
        while (m.find()) {
            for (String line : m.group(1).split("\n")) {
                if (JOINED.matcher(line).find()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }

    @Test
    void noRuleJoinsTextInItsConsequence() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path f : walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files++;
                for (String line : joinedText(Files.readString(f, StandardCharsets.UTF_8))) {
                    found.add(f + ": " + line);
                }
            }
        }
        assertTrue(files >= 50, "the rule files were not found from " + Path.of("").toAbsolutePath());
        assertEquals(List.of(), found, "consequences that write their explanation (build it in the fact instead)");
    }

    @Test
    void theCheckSeesJoinedTextOnlyInTheConsequence() {
        String drl = "rule \"X-001\"\n    @description(\"a \" + \"b\")\nwhen\n    $s : Shipment(originCountry == \"KP\")\nthen\n"
                + "    // findings.raise(kcontext, $s, \"a \" + $s.hsCode())\n"
                + "    findings.raise(kcontext, $s, $s.hsCode(), \"hs_code \" + $s.hsCode());\nend\n";
        assertEquals(List.of("findings.raise(kcontext, $s, $s.hsCode(), \"hs_code \" + $s.hsCode());"), joinedText(drl));
        assertEquals(List.of(), joinedText("rule \"X-002\"\nwhen\n    $m : VesselMatch()\nthen\n    findings.raise(kcontext, $m);\nend\n"));
    }
}
