package org.sanctionsmonitor.ingest;

import java.nio.file.Path;

/**
 * A file given to the run: its path on disk and the name reports show for it (relative to the
 * working directory or to the tool's home, so reports do not depend on where a clone lives).
 */
public record InputFile(Path path, String display) {

    public static InputFile of(Path path) {
        return new InputFile(path, DisplayPaths.display(path));
    }
}
