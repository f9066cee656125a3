package org.sanctionsmonitor.lists;

import java.util.List;
import java.util.Map;

import org.sanctionsmonitor.model.ListedEntity;

/** The legacy/Advanced consistency check, for the tests on the real file in another package. */
public final class OfacAdvancedReaderTestAccess {

    private OfacAdvancedReaderTestAccess() {
    }

    public static List<String> consistency(Map<String, ListedEntity> legacy, Map<String, ListedEntity> advanced) {
        return OfacAdvancedReaderTest.consistency(legacy, advanced);
    }
}
