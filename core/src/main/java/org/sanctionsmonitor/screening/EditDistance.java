package org.sanctionsmonitor.screening;

/**
 * The optimal string alignment distance (restricted Damerau–Levenshtein): insertions, deletions,
 * substitutions and transpositions of two adjacent letters each count one edit, so a typist's
 * swap (Donlad, ABUDL, Omrteza) is one edit, not two. Commons Text has no distance with
 * transpositions; this one is bounded: it stops as soon as the distance surely exceeds the limit.
 */
final class EditDistance {

    private static final ThreadLocal<int[][]> ROWS = ThreadLocal.withInitial(() -> new int[3][64]);

    private EditDistance() {
    }

    /** The distance of a and b when it is at most {@code max}, else -1. */
    static int within(CharSequence a, CharSequence b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return -1;
        }
        int[][] rows = ROWS.get();
        if (rows[0].length < m + 1) {
            rows = new int[3][Math.max(m + 1, rows[0].length * 2)];
            ROWS.set(rows);
        }
        int[] prev2 = rows[0];
        int[] prev = rows[1];
        int[] cur = rows[2];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return -1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] <= max ? prev[m] : -1;
    }

    /** True when b is a with its first two letters swapped (Omrteza / Morteza). */
    static boolean firstTwoSwapped(CharSequence a, CharSequence b) {
        return a.length() >= 2 && b.length() >= 2 && a.charAt(0) == b.charAt(1) && a.charAt(1) == b.charAt(0)
                && a.charAt(0) != a.charAt(1);
    }
}
