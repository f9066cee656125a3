package org.sanctionsmonitor.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The parallel screening stage hands results over in input order, and errors reach the caller. */
class OrderedStageTest {

    @Test
    void resultsArriveInInputOrderAcrossManyChunks() {
        List<String> seen = new ArrayList<>();
        OrderedStage<Integer, String> stage = new OrderedStage<>(i -> "r" + (i * 2), (i, r) -> seen.add(i + ":" + r));
        int n = OrderedStage.CHUNK * (OrderedStage.IN_FLIGHT + 3) + 17;
        IntStream.range(0, n).forEach(stage::accept);
        stage.finish();
        assertEquals(n, seen.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i + ":r" + (i * 2), seen.get(i));
        }
    }

    @Test
    void anErrorInTheMapReachesTheCaller() {
        OrderedStage<Integer, Integer> stage = new OrderedStage<>(i -> {
            if (i == 5) {
                throw new IllegalStateException("boom at 5");
            }
            return i;
        }, (i, r) -> { });
        IntStream.range(0, 10).forEach(stage::accept);
        IllegalStateException e = assertThrows(IllegalStateException.class, stage::finish);
        assertEquals("boom at 5", e.getMessage());
    }
}
