package org.sanctionsmonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void controlCharactersInFeedValuesCannotReachTheTerminal() {
        assertEquals("TX-1?[2J?]0;pwned?", Summary.clean("TX-1\u001b[2J\u001b]0;pwned\u0007"));
        assertEquals("a?b?c", Summary.clean("a\rb\nc"));
        assertEquals("Korea, North – 北朝鮮", Summary.clean("Korea, North – 北朝鮮"));
        assertEquals("", Summary.clean(null));
    }

    @Test
    void countsAreListedLargestFirstThenByKey() {
        Map<String, Long> m = new TreeMap<>(Map.of("b", 2L, "a", 2L, "c", 5L, "d", 1L));
        assertEquals(List.of("c", "a", "b", "d"), Summary.byCount(m).stream().map(Map.Entry::getKey).toList());
    }

    @Test
    void longExplanationsAreClipped() {
        String s = "x".repeat(500);
        assertEquals(Summary.EXPLANATION_WIDTH, Summary.clip(s).length());
        assertEquals("short", Summary.clip("short"));
    }
}
