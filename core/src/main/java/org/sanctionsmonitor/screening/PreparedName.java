package org.sanctionsmonitor.screening;

import java.util.List;

/**
 * A name taken apart for screening ({@link NamePreparer}): its words, adjacent words joined
 * (folded), the kept words joined by spaces, their total weight, whether a legal form makes it a
 * company, where the given names start after a comma (-1: no comma), its length as written, and
 * its words before legal forms and stop words were dropped (for the truncation rule).
 */
record PreparedName(List<NameToken> tokens, String[] pairFolded, String spaced, double totalWeight, boolean legalForm, int givenStart,
        int written, List<String> raw) {
}
