package org.sanctionsmonitor.ingest;

import java.nio.file.Path;

/** How file paths are shown in reports: relative and with '/' separators wherever possible. */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    /** The tool's home (the folder holding rules/ and samples/), from -Dsanctions.home or the working directory. */
    public static Path home() {
        String h = System.getProperty("sanctions.home");
        return (h == null || h.isBlank() ? Path.of("") : Path.of(h)).toAbsolutePath().normalize();
    }

    public static String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown;
        if (abs.startsWith(cwd)) {
            shown = cwd.relativize(abs);
        } else if (abs.startsWith(home())) {
            shown = home().relativize(abs);
        } else {
            shown = abs;
        }
        return shown.toString().replace('\\', '/');
    }
}
